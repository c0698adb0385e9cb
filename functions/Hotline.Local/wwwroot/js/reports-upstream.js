// 上报物业办的月度汇总 (R-RP-9; issue 11 §5): what the upstream office sees in place of the approval panel. It reads the
// report the hotline submitted to it — heating's monthly roll-up once submitted — with who reviewed and approved it and
// the reference it was filed under; before that, and for the weekly report (which stays with the hotline, 003 §七), the
// server answers 404 and the panel says the report has not been submitted. Figures only: no caller data (R-PV-1).
import { get } from './api.js';
import { bi, h, show } from './dom.js';
import { localTime } from './labels.js';
import { percent, ratio } from './reports-labels.js';
import { session } from './session.js';

/** The upstream office's contact, holding no hotline role that reads or does more. */
export function isUpstreamOnly() {
  return session.has('upstream') && !['manager', 'deputy-general-manager', 'general-manager', 'quality-office', 'admin', 'agent', 'supervisor'].some(r => session.has(r));
}

/** kind: 'weekly' | 'monthly'; period: the week's Monday or 'yyyy-MM'. */
export function receivedPanel(profile, kind, period, staffName) {
  const id = `${profile.id}.${kind}.${period}`;
  const body = h('div', null, h('p', { class: 'muted' }, '加载中… Loading'));
  const section = h('section', { class: 'approval received', id: 'received-report', 'data-submission': id },
    h('h3', null, bi('上报贵单位的月度汇总', 'report submitted upstream, R-RP-9')), body);
  if (kind !== 'monthly') {
    show(body, h('p', { class: 'muted', id: 'received-status', 'data-status': 'none' }, '周报由经理审批后留存，不上报物业办；请选择月报查看上报的月度汇总。'));
    return section;
  }

  get(`/api/reports/submissions/${encodeURIComponent(id)}`).then(s => show(body, ...view(s, staffName)), error => {
    show(body, h('p', { class: 'muted', id: 'received-status', 'data-status': 'none' },
      error.status === 404 ? `${period} 月度汇总尚未上报贵单位（经营科科长审核、经理审批后由专线员上报）。` : `无法读取：${error.message}`));
  });
  return section;
}

function view(s, staffName) {
  const o = s.figures?.overall;
  return [
    h('p', null, '状态：', h('span', { class: 'tag ok', id: 'received-status', 'data-status': s.status }, '已上报'),
      h('span', { class: 'muted' }, `　${localTime(s.upstream.atUtc)} 由 ${staffName(s.upstream.by)} 上报 · 收文号 `), h('strong', { id: 'received-reference' }, s.upstream.reference)),
    h('ul', { class: 'steps' },
      s.review ? h('li', null, `审核：${staffName(s.review.by)} ${localTime(s.review.atUtc)} ${s.review.comment ?? ''}`) : null,
      s.approval ? h('li', null, `审批：${staffName(s.approval.by)} ${localTime(s.approval.atUtc)} ${s.approval.comment ?? ''}`) : null),
    s.deadlines ? h('p', { class: 'muted' }, `汇总截止 ${s.deadlines.rollUpBy} · 上报截止 ${s.deadlines.upstreamReportBy} · 数据截至 ${localTime(s.asOfUtc)}`) : null,
    o ? h('table', { class: 'grid', id: 'received-figures' },
      h('thead', null, h('tr', null, ['受理', '立项', '结案率', '回访率', '满意率'].map(t => h('th', null, t)))),
      h('tbody', null, h('tr', null,
        h('td', null, o.volume.totalReceived), h('td', null, o.volume.opened),
        [o.closureRate, o.revisitRate, o.satisfaction].map(v => h('td', null, `${percent(v)}（${ratio(v)}）`))))) : null,
  ];
}
