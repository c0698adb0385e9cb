// The staff actions on a case (POST /api/cases/{id}/signals) and which of them make sense in each status.
// The server decides in the end: a signal the rules forbid comes back as 409 with the rule, shown inline.
import { HANDOVER_METHOD } from './labels.js';
import { categoryOf } from './profiles.js';
import { CALL_RECORDS, RECORDS, RECORD_SIGNALS } from './signals-records.js';

const EVIDENCE = [['service-slip', '服务单 service slip (R-CL-1)'], ['document', '文件 document (R-CL-2)'], ['supervisor-notice', '督办回复 supervisor notice']];
const RATING = [['A', 'A 满意'], ['B', 'B 一般满意'], ['C', 'C 不满意（重开）']];
const STAGE = [['closing', '结案回访 closing'], ['stage', '阶段回访 stage'], ['second', '楼盘负责人第二次回访 second']];

/** Field specs per signal; "units" and "staff" are filled from the directory when the form opens. */
export const SIGNALS = {
  acknowledge: { zh: '确认收到', en: 'acknowledge', fields: [{ name: 'note', zh: '备注', en: 'note' }] },
  arrived: { zh: '已到达', en: 'arrived', fields: [] },
  progress: { zh: '进展', en: 'progress', fields: [{ name: 'text', zh: '进展说明', en: 'text', wide: true }] },
  complete: {
    zh: '完成', en: 'complete', fields: [
      { name: 'result', zh: '处理结果', en: 'result', wide: true },
      { name: 'evidence.kind', zh: '凭证', en: 'evidence', options: EVIDENCE },
      { name: 'evidence.reference', zh: '单号', en: 'slip no.', placeholder: 'A123' }],
  },
  'cannot-resolve': { zh: '无法处理', en: 'cannot resolve', fields: [{ name: 'reason', zh: '原因', en: 'reason', wide: true }] },
  revisit: {
    // 12319 revisits a resolved case after closure (R-RV-2), once.
    zh: '回访', en: 'revisit', when: (v, p) => v.status !== 'closed' || (p?.revisitAfterClosure && v.closure?.outcome === 'resolved'
      && !v.revisits.some(r => r.stage === 'closing' && r.atUtc >= v.closure.atUtc)), fields: [
      { name: 'rating', zh: '满意度', en: 'rating', options: RATING },
      { name: 'stage', zh: '回访类型', en: 'stage', options: STAGE },
      { name: 'comment', zh: '业主意见', en: 'comment', wide: true },
      { name: 'summary', zh: '楼盘负责人总结（第二次回访）', en: 'summary (R-DS-7)', wide: true }],
  },
  'assign-department': {
    zh: '指派责任部门', en: 'assign department (R-DS-7)', fields: [
      { name: 'unit', zh: '责任部门', en: 'unit', options: 'units' },
      { name: 'note', zh: '处理措施', en: 'measures', wide: true }],
  },
  'report-upstream': { zh: '上报二级网络', en: 'report upstream (R-FU-7)', fields: [{ name: 'text', zh: '办理情况', en: 'text', wide: true }] },
  'revisit-not-reached': { zh: '回访未联系上', en: 'revisit: not reached', fields: [{ name: 'note', zh: '说明', en: 'note', wide: true }] },
  'approve-instruction': { zh: '批示同意', en: 'approve instruction', fields: [{ name: 'comment', zh: '批示', en: 'comment' }] },
  'approve-closure': { zh: '批准结案', en: 'approve closure', fields: [{ name: 'comment', zh: '意见', en: 'comment' }] },
  'approve-forced-closure': { zh: '批准强制结案', en: 'approve forced closure', fields: [{ name: 'comment', zh: '意见', en: 'comment' }] },
  route: { zh: '指定部门', en: 'route', fields: [{ name: 'unit', zh: '部门', en: 'unit', options: 'units' }] },
  reassign: {
    zh: '改派', en: 'reassign', fields: [
      { name: 'unit', zh: '部门', en: 'unit', options: 'units' },
      { name: 'reason', zh: '原因', en: 'reason' }],
  },
  'hand-over': {
    zh: '移交首问', en: 'hand over', fields: [
      { name: 'to', zh: '新首问责任人', en: 'to', options: 'staff' },
      { name: 'reason', zh: '原因', en: 'reason' }],
  },
  suspend: {
    zh: '挂起', en: 'suspend', fields: [
      { name: 'approvalReference', zh: '上级批准文号', en: 'approval ref.' },
      { name: 'reason', zh: '原因', en: 'reason' }],
  },
  resume: { zh: '恢复', en: 'resume', fields: [{ name: 'reason', zh: '原因', en: 'reason', wide: true }] },
  'second-complaint': { zh: '二次投诉', en: 'second complaint', fields: [{ name: 'text', zh: '投诉内容', en: 'text', wide: true }] },
  close: { zh: '结案', en: 'close', fields: [{ name: 'note', zh: '结案说明', en: 'note', wide: true }] },
  'slip-copy-received': { zh: '服务单副本已交回', en: 'slip copy received', fields: [{ name: 'note', zh: '备注', en: 'note', wide: true }] },
  'hand-over-to-department': {
    zh: '转交责任部门（协调单）', en: 'hand over to department (R-FQ-1)', fields: [
      { name: 'to', zh: '接收人', en: 'to (unit from the directory)', options: 'staff' },
      { name: 'method', zh: '转移方式', en: 'method', options: HANDOVER_METHOD },
      { name: 'reason', zh: '事由', en: 'reason', wide: true }],
  },
  'paid-delay-agreed': {
    zh: '有偿服务改约上门时间', en: 'paid service: new time agreed (R-FU-9)', when: (v, p) => categoryOf(p, v.category)?.paid, fields: [
      { name: 'dueUtc', zh: '与业主约定的新时间（北京时间）', en: 'new time', type: 'datetime' },
      { name: 'reason', zh: '向业主说明的原因', en: 'reason told', wide: true }],
  },
  'upstream-deadline': {
    zh: '登记上级反馈期限', en: 'upstream deadline (R-FU-7)', roles: ['agent'], when: v => v.channel === 'upstream', fields: [
      { name: 'dueUtc', zh: '上级规定期限（北京时间）', en: 'due', type: 'datetime' }],
  },
  ...RECORD_SIGNALS,
};

const OPEN = ['reassign', 'hand-over', 'hand-over-to-department', 'suspend', 'second-complaint', 'report-upstream', 'upstream-deadline'];

export const BY_STATUS = {
  answered: CALL_RECORDS,
  redirected: CALL_RECORDS,
  'awaiting-instruction': ['approve-instruction', 'hand-over-to-department', 'upstream-deadline', ...RECORDS],
  'awaiting-routing': ['route', 'hand-over-to-department', 'upstream-deadline', ...RECORDS],
  dispatched: ['acknowledge', 'assign-department', 'progress', 'paid-delay-agreed', 'cannot-resolve', ...OPEN, ...RECORDS],
  'in-progress': ['arrived', 'assign-department', 'progress', 'paid-delay-agreed', 'complete', 'cannot-resolve', 'revisit', ...OPEN, ...RECORDS],
  suspended: ['resume', ...RECORDS],
  unresolvable: ['approve-forced-closure', ...RECORDS],
  completed: ['slip-copy-received', 'revisit', 'revisit-not-reached', 'approve-closure', 'close', 'second-complaint', 'report-upstream', ...RECORDS],
  // After closure only records, and with 12319 the closing revisit (R-RV-2).
  closed: ['revisit', ...RECORDS],
};

/** The actions offered on case view v of profile p to staff with these roles (empty: roles not known, offer all). */
export function offered(v, p, roles) {
  return (BY_STATUS[v.status] ?? []).filter(type => {
    const spec = SIGNALS[type];
    return (!spec.when || spec.when(v, p)) && (!spec.roles || !roles.length || spec.roles.some(r => roles.includes(r)));
  });
}

/** Resolves the directory-backed options of a field spec, and those built from the case view. */
export function withOptions(spec, staff, view) {
  if (typeof spec.options === 'function') return { ...spec, options: spec.options(view) };
  if (spec.options === 'units') {
    const units = [...new Set(staff.map(s => s.unit))].sort();
    return { ...spec, options: units.map(u => [u, u]) };
  }

  if (spec.options === 'staff') return { ...spec, options: staff.map(s => [s.id, `${s.name} · ${s.id}（${s.unit}）`]) };
  return spec;
}
