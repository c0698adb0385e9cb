// The period's printable forms and exports (issue 11 item 1; served by /api/forms/{form}): the links the reports screen
// shows for the chosen profile and period. Which forms a profile keeps follows the seeds: heating's two ledgers, the
// GM hotline's assessment record, the first-question audit where the profile has the first-question duty; every profile
// keeps the dispatcher's work log (001 §5.1) and the departments' reception record (004).
import { bi, h } from './dom.js';
import { formLinks } from './downloads.js';
import { session } from './session.js';

const PERIOD_FORMS = [
  ['hotline-log', '热线记录/台账'],
  ['monthly-summary', '投诉调度记录月总结表'],
  ['supervision-ledger', '督办件办理工作台帐', p => p.id === 'heating-supervision'],
  ['call-ledger', '电话接听工作台帐', p => p.id === 'heating-supervision'],
  ['assessment-record', '服务质量考评记录', p => p.assessUnitHead],
  ['accountability-list', '问责记录'],
  ['first-question-audit', '首问责任制执行情况'],
  ['work-log', '工作日志'],
  ['reception-record', '接待业主情况记录'],
];

/** Links for profile p and the period: { month: 'yyyy-MM' } or { from, to } as yyyy-MM-dd. */
export function periodForms(p, period, box) {
  const query = format => new URLSearchParams({ profile: p.id, ...period, format });
  const suffix = period.month ?? `${period.from}_${period.to}`;
  return h('section', { class: 'period-forms', id: 'period-forms' },
    h('h3', null, bi('报表打印与导出', 'print / CSV / Excel')),
    h('div', { class: 'form-list' }, PERIOD_FORMS.filter(([code, , when]) => (!when || when(p)) && readable(code)).map(([code, title]) =>
      formLinks(code, title, format => `/api/forms/${code}?${query(format)}`, `${title}-${suffix}`, box))));
}

/** The upstream office reads only the ledger of its own supervision items (FormAccess on the server decides in the end). */
function readable(code) {
  const upstreamOnly = session.has('upstream') && !['manager', 'quality-office', 'admin', 'agent'].some(r => session.has(r));
  return !upstreamOnly || code === 'supervision-ledger';
}
