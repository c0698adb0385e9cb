// Records a case carries besides its handling, which the domain accepts also after closure: the first-question record
// (reception, completion notice, breaches: R-FQ-1..3) and the quality records (R-RP-7, R-RP-10, R-RP-11).
import { ACCOUNTABILITY_BY_HAND, BREACH_KIND, BREACH_SANCTION, VERDICT, localTime } from './labels.js';

const LADDER = ['supervisor', 'manager', 'deputy-general-manager', 'general-manager'];
const pendingHandOvers = v => (v.firstQuestion?.handOvers ?? []).filter(x => !x.receptionRecordedUtc);
const openBreaches = v => (v.firstQuestion?.breaches ?? []).filter(b => !b.decidedUtc);

/**
 * Field specs as in signals.js, plus: when(view, profile) — offered only then; roles — offered only to staff with one
 * of them (when the console knows the roles). Options given as a function are built from the case view.
 */
export const RECORD_SIGNALS = {
  'reception-recorded': {
    zh: '接收登记', en: 'reception recorded (R-FQ-1)', when: v => pendingHandOvers(v).length > 0, fields: [
      { name: 'number', zh: '协调单', en: 'hand-over no.', number: true,
        options: v => pendingHandOvers(v).map(x => [String(x.number), `#${x.number} ${x.from} → ${x.to}（${localTime(x.atUtc)}）`]) },
      { name: 'note', zh: '接待记录', en: 'note', wide: true }],
  },
  'completion-notice': {
    zh: '办结通知首问人', en: 'completion notice (R-FQ-2)', when: v => ['completed', 'closed'].includes(v.status) && v.firstQuestion && !v.firstQuestion.dutyEndedUtc, fields: [
      { name: 'result', zh: '办理结果', en: 'result', wide: true },
      { name: 'toOwnerSupervisor', zh: '首问人不在，通知其主管', en: "tell the owner's supervisor", type: 'checkbox' }],
  },
  'open-breach': {
    zh: '首问责任追究立案', en: 'open breach (R-FQ-3)', roles: ['quality-office', ...LADDER], fields: [
      { name: 'person', zh: '责任人', en: 'person', options: 'staff' },
      { name: 'kind', zh: '情形', en: 'kind', options: BREACH_KIND },
      { name: 'text', zh: '事实', en: 'facts', wide: true },
      { name: 'spotCheck', zh: '明察暗访发现', en: 'found by spot check', type: 'checkbox' }],
  },
  'decide-breach': {
    zh: '首问追究处理意见', en: 'decide breach (R-FQ-3)', roles: ['quality-office', ...LADDER], when: v => openBreaches(v).length > 0, fields: [
      { name: 'number', zh: '追究案', en: 'breach no.', number: true,
        options: v => openBreaches(v).map(b => [String(b.number), `#${b.number} ${b.person}：${BREACH_KIND[b.kind] ?? b.kind}`]) },
      { name: 'sanction', zh: '处理', en: 'sanction', options: BREACH_SANCTION },
      { name: 'reason', zh: '理由', en: 'reason', wide: true }],
  },
  'record-accountability': {
    zh: '记录问责', en: 'record accountability (R-RP-7)', roles: ['quality-office', ...LADDER], fields: [
      { name: 'person', zh: '责任人', en: 'person', options: 'staff' },
      { name: 'kind', zh: '问责情形', en: 'kind', options: ACCOUNTABILITY_BY_HAND },
      { name: 'reason', zh: '核实情况', en: 'what was verified', wide: true }],
  },
  'assess-unit-head': {
    zh: '考评单位负责人', en: 'assess unit head (R-RP-11)', roles: ['quality-office'],
    when: (v, p) => p?.assessUnitHead && ['completed', 'closed'].includes(v.status), fields: [
      { name: 'verdict', zh: '考评结论', en: 'verdict', options: VERDICT },
      { name: 'comment', zh: '考评意见', en: 'comment', wide: true }],
  },
  'file-corrective-action': {
    zh: '纠正预防措施报告', en: 'corrective action (R-RP-10)', roles: LADDER, when: (v, p) => p?.correctiveAction, fields: [
      { name: 'reference', zh: '报告编号', en: 'report no.' },
      { name: 'text', zh: '纠正预防措施', en: 'measures', wide: true }],
  },
};

/** Offered in every status of an opened case, closed ones included; a call record (answered) only keeps breaches. */
export const RECORDS = ['reception-recorded', 'completion-notice', 'open-breach', 'decide-breach', 'record-accountability', 'assess-unit-head', 'file-corrective-action'];
export const CALL_RECORDS = ['open-breach', 'decide-breach'];
