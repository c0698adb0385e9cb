// 统计报表: pick a profile and a period (day, week, month); the month shows KPI tiles against the profile's targets,
// trend charts and the breakdowns, each figure drilling down to its cases; the week and month carry their approval
// (R-RP-9), the month the manager's signature (R-RP-1), every period its printable forms. Who may read what is the
// server's decision (R-PV-1, issue 11 item 5): a refusal is shown as a sentence, not as an error.
import { get } from './api.js';
import { bi, h, show } from './dom.js';
import { field, problemBox } from './forms.js';
import { showProblem } from './problems.js';
import { profiles } from './profiles.js';
import { approvalPanel } from './reports-approval.js';
import { drill } from './reports-drill.js';
import { periodForms } from './reports-forms.js';
import { PERIOD_KINDS } from './reports-labels.js';
import { lastMonths, monthView } from './reports-month.js';
import { dayView, weekView } from './reports-periods.js';

const beijingDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in Beijing on the host's clock (the manual clock of a demo differs from the browser's); else the browser's. */
async function hostToday() {
  const clock = await get('/api/clock').catch(() => null);
  return beijingDay.format(clock ? new Date(clock.nowUtc) : new Date());
}

/** The Monday of the ISO week of day 'yyyy-MM-dd' (the weekly submission's period key). */
function mondayOf(day) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

const FORBIDDEN = '您无权查看此报表。经理、全质办及公司领导可查看全部；调度员只能查看本人的统计行；上级办公室只能查看其督办件的报表。';

export function renderReports(container, ctx) {
  const box = problemBox();
  const content = h('div', { id: 'report-content' });
  const drillPanel = h('section', { class: 'drill', id: 'drill', hidden: true });
  const extras = h('div');
  const controls = h('form', { class: 'filters', id: 'report-controls' },
    field({ name: 'profile', zh: '业务规范', en: 'profile', options: [] }),
    field({ name: 'kind', zh: '周期', en: 'period', options: PERIOD_KINDS, value: 'month' }),
    h('div', { class: 'field' }, h('label', { for: 'report-date' }, bi('日期/月份', 'date / month')), h('input', { id: 'report-date', name: 'date', type: 'month' })),
    field({ name: 'trend', zh: '走势', en: 'trend', options: [['6', '近6个月'], ['12', '近12个月']], value: '6' }),
    h('button', { type: 'submit', class: 'primary' }, '查询 ', h('small', { class: 'en' }, 'Show')));
  const el = name => controls.elements[name];
  let list = [];
  let latest = 0;

  container.replaceChildren(h('section', { class: 'card reports', id: 'reports' },
    h('h2', null, bi('统计报表', 'Reports')), controls, box, content, drillPanel, extras));

  async function load() {
    if (!list.length) return;
    // Only the latest request may draw: a slow month (six reports for the trend) must not overwrite a quicker week.
    const mine = ++latest;
    const current = () => mine === latest;
    const p = list.find(x => x.id === el('profile').value) ?? list[0];
    const kind = el('kind').value;
    const value = el('date').value;
    const staffName = id => ctx.staff.find(s => s.id === id)?.name ?? id ?? '—';
    const categoryName = code => p.categories.find(c => c.code === code)?.name ?? code;
    const drillTo = (title, params) => drill(drillPanel, ctx, title, params, categoryName);
    drillPanel.hidden = true;
    show(extras);
    show(content, h('p', { class: 'muted' }, '加载中… Loading'));
    const query = (name, v) => new URLSearchParams({ profile: p.id, [name]: v });
    try {
      if (kind === 'day') {
        const report = await get(`/api/reports/daily?${query('date', value)}`);
        if (!current()) return;
        show(content, dayView(report, categoryName, ctx));
        show(extras, periodForms(p, { from: value, to: value }, box));
      } else if (kind === 'week') {
        const report = await get(`/api/reports/weekly?${query('week', value)}`);
        if (!current()) return;
        show(content, weekView(report, p.id, categoryName, ctx, drillTo));
        show(extras, approvalPanel(p, 'weekly', report.week.firstDay, staffName), periodForms(p, { from: report.week.firstDay, to: report.week.lastDay }, box));
      } else {
        const trend = await lastMonths(p.id, value, Number(el('trend').value));
        const report = trend.at(-1)?.label === value ? trend.at(-1).report : await get(`/api/reports/monthly?${query('month', value)}`);
        if (!current()) return;
        show(content, monthView({ profile: p, month: value, report, trend, staffName, categoryName, drill: drillTo, reload: load }));
        show(extras, approvalPanel(p, 'monthly', value, staffName), periodForms(p, { month: value }, box));
      }
    } catch (error) {
      if (!('status' in error)) throw error;
      if (!current()) return;
      if (error.status !== 403) {
        show(content);
        showProblem(box, error, controls);
        return;
      }

      show(content, h('p', { class: 'problem', id: 'report-forbidden', role: 'alert' }, FORBIDDEN));
      // The reviewer (heating: 经营科科长) may not read the live report yet reviews the stored one (R-RP-9).
      if (kind !== 'day') show(extras, approvalPanel(p, kind === 'week' ? 'weekly' : 'monthly', kind === 'week' ? mondayOf(value) : value, staffName));
    }
  }

  /** The date control follows the period: a month picker for the month, a day for the day and the week. */
  function retype(today) {
    const kind = el('kind').value;
    const current = el('date').value || today;
    el('date').type = kind === 'month' ? 'month' : 'date';
    const day = current.length > 7 ? current : today.startsWith(current) ? today : `${current}-01`;
    el('date').value = kind === 'month' ? current.slice(0, 7) : day;
    el('trend').disabled = kind !== 'month';
  }

  (async () => {
    try {
      list = await profiles();
    } catch (error) {
      showProblem(box, error);
      return;
    }
    show(el('profile'), list.map(p => h('option', { value: p.id }, p.name)));
    el('profile').value = (list.find(p => p.isDefault) ?? list[0])?.id;
    const today = await hostToday();
    retype(today);
    el('kind').addEventListener('change', () => { retype(today); load(); });
    el('profile').addEventListener('change', load);
    controls.addEventListener('submit', event => { event.preventDefault(); load(); });
    await load();
  })();
  return () => load();
}
