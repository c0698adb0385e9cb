// 月报: the month's KPI tiles against the profile's targets (R-RP-2, R-RP-3), the breakdowns, the trend over the last
// months, the manager's comment and signature (R-RP-1) and the month's printable forms.
import { get, post } from './api.js';
import { bi, h } from './dom.js';
import { problemBox } from './forms.js';
import { localTime } from './labels.js';
import { attempt } from './problems.js';
import { KPIS, SERVICE_AREA, percent, ratio } from './reports-labels.js';
import { breakdown, dispatcherTable } from './reports-tables.js';
import { trendChart } from './reports-chart.js';
import { session } from './session.js';

/** One KPI tile: the percentage, the ratio, the profile's target or 无目标, and whether it is met. */
function tile(kpi, zh, en, value, onclick) {
  const target = value?.target;
  const met = value?.met;
  return h('button', { type: 'button', class: `tile ${met === false ? 'miss' : met === true ? 'met' : ''}`, 'data-kpi': kpi, 'data-met': met ?? '', onclick },
    h('span', { class: 'tile-name' }, zh, h('small', { class: 'en' }, en)),
    h('strong', { class: 'tile-value' }, percent(value)),
    h('span', { class: 'tile-ratio' }, ratio(value)),
    h('span', { class: 'tile-target' }, target == null ? '无目标' : `目标 ≥ ${target}%`),
    met == null ? null : h('span', { class: met ? 'tag ok' : 'tag warn' }, met ? '达标' : '未达标'));
}

/** The month's key figures; month = { profile, month: 'yyyy-MM', report, staffName, categoryName, drill }. */
export function monthView(m) {
  const { report, drill } = m;
  const s = report.statistics;
  const o = s.overall;
  const base = { profile: m.profile.id, month: m.month };
  const all = () => drill('本月全部受理', base);
  // The upstream office reads its supervision items only (R-PV-1, issue 11 item 5): figures without the dispatchers' lines.
  const itemsOnly = report.scope === 'supervision-items';
  return [
    itemsOnly ? h('p', { class: 'notice', id: 'report-scope' }, `仅统计贵单位转办的督办件：本月 ${report.items} 件（其他工单不在此报表中）`) : null,
    h('p', { class: 'muted' }, `统计截至 ${localTime(s.asOfUtc)}（北京时间）`,
      s.deadlines ? ` · 汇总截止 ${s.deadlines.rollUpBy} · 上报截止 ${s.deadlines.upstreamReportBy}` : ''),
    h('div', { class: 'tiles', id: 'kpi-tiles' },
      KPIS.map(([kpi, zh, en]) => tile(kpi, zh, en, o[kpi], all)),
      h('button', { type: 'button', class: 'tile volume', 'data-kpi': 'received', onclick: all },
        h('span', { class: 'tile-name' }, '受理总数', h('small', { class: 'en' }, 'received')), h('strong', { class: 'tile-value' }, o.volume.totalReceived),
        h('span', { class: 'tile-ratio' }, `立项 ${o.volume.opened} · 当场解答/引导 ${o.volume.callRecords} · 强制结案 ${o.forceClosed ?? 0}`)),
      h('button', { type: 'button', class: 'tile volume', 'data-kpi': 'overdue', onclick: () => drill('本月受理且已逾期', { ...base, overdue: 'true' }) },
        h('span', { class: 'tile-name' }, '逾期未办', h('small', { class: 'en' }, 'overdue now')), h('strong', { class: 'tile-value' }, '查看'),
        h('span', { class: 'tile-ratio' }, '点击列出本月受理、现已逾期的工单'))),
    h('div', { class: 'chart-card' }, h('h3', null, bi(`近 ${m.trend.length} 个月走势`, 'trend')), trendChart(m.trend)),
    breakdown('by-category', '按类别', 'by category, R-RP-4', '类别', s.byCategory, m.categoryName,
      (key, label) => drill(`类别：${label}`, { ...base, category: key ?? '' })),
    breakdown('by-service-area', '按服务项目（单项满意率）', 'by service area, R-RP-3', '服务项目', s.byServiceArea, k => SERVICE_AREA[k] ?? k,
      (key, label) => drill(`服务项目：${label}`, { ...base, serviceArea: key ?? '' })),
    breakdown('by-unit', '按责任单位（站/部门）', 'by station / unit', '责任单位', s.byUnit, k => k,
      (key, label) => drill(`责任单位：${label}`, { ...base, unit: key ?? '' })),
    s.linkedUnits ? breakdown('by-linked-unit', '联动单位（单列统计）', 'linked units, R-RP-5 / R-DS-8', '联动单位', s.linkedUnits.byLinkedUnit, k => k,
      (key, label) => drill(`联动单位：${label}`, { ...base, category: s.linkedUnits.category, linkedUnit: key ?? '' })) : null,
    itemsOnly ? null : dispatcherTable(report.summary, m.staffName, (id, label) => drill(`调度员：${label}`, { ...base, firstOwner: id })),
    itemsOnly ? null : signature(m),
  ];
}

/** 经理月度意见及签字 (R-RP-1): shown once signed; a manager signs an unsigned month, once. */
function signature(m) {
  const sum = m.report.summary;
  const section = h('section', { class: 'signature', id: 'monthly-signature' }, h('h3', null, bi('经理意见及签字', 'manager comment and signature, R-RP-1')));
  if (sum.signedBy) {
    section.append(h('p', { class: 'notice', 'data-signed-by': sum.signedBy },
      `经理意见：${sum.managerComment}　签字：${m.staffName(sum.signedBy)}　${localTime(sum.signedUtc)}`));
    return section;
  }

  if (!session.has('manager')) {
    section.append(h('p', { class: 'muted' }, '本月总结尚未由经理签字。 Not signed yet.'));
    return section;
  }

  const box = problemBox();
  const form = h('form', { class: 'sign-form', id: 'sign-form' },
    h('textarea', { name: 'comment', rows: 2, placeholder: '经理意见，如：本月反馈及时，继续保持回访质量。' }),
    h('small', { class: 'field-error', 'data-error-for': 'comment' }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, '签字确认 ', h('small', { class: 'en' }, 'Sign'))), box);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const query = new URLSearchParams({ profile: m.profile.id, month: m.month });
    const signed = await attempt(box, form, () => post(`/api/reports/monthly/sign?${query}`, { comment: form.elements.comment.value }));
    if (signed) await m.reload();
  });
  section.append(form);
  return section;
}

/** The monthly reports of the n months ending with month ('yyyy-MM'), oldest first; a month that fails is left out. */
export async function lastMonths(profileId, month, n) {
  const [year, mon] = month.split('-').map(Number);
  const months = Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(year, mon - 1 - (n - 1 - i), 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
  const reports = await Promise.all(months.map(label =>
    get(`/api/reports/monthly?${new URLSearchParams({ profile: profileId, month: label })}`).then(report => ({ label, report }), () => null)));
  return reports.filter(Boolean);
}

