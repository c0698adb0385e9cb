// 首问责任记录 and 回访 of a case view: what the first-question owner read back and told the caller (R-IN-9), the
// coordination-slip lines and their reception (R-FQ-1), the end of the duty (R-FQ-2), breaches (R-FQ-3), and the
// revisits with their stage, including the building head's second revisit and summary (R-RV-1, R-DS-7).
import { bi, h } from './dom.js';
import { staffName } from './names.js';
import { BREACH_KIND, BREACH_SANCTION, HANDOVER_METHOD, RATING, REVISIT_STAGE, label, localTime } from './labels.js';

export function firstQuestionRecord(fq, ctx) {
  const n = id => staffName(ctx, id);
  if (!fq) return null;
  const told = fq.toldProcedure || fq.toldExpectedUtc;
  return h('section', { class: 'first-question', id: 'first-question' },
    h('h3', null, bi('首问责任记录', 'first-question record')),
    h('p', null, `首问责任人 ${n(fq.receivedBy)}`, fq.recordedBy !== fq.receivedBy ? `（${n(fq.recordedBy)} 代为登记）` : ''),
    fq.readBack ? h('p', { 'data-fq': 'read-back' }, `复述确认：${fq.readBack}`) : null,
    told ? h('p', { 'data-fq': 'told' }, `已告知办理流程：${fq.toldProcedure ?? '—'}；预计时间：${localTime(fq.toldExpectedUtc)}`) : null,
    fq.handOvers.length ? h('ul', { 'data-fq': 'hand-overs' }, fq.handOvers.map(x => h('li', null,
      `协调单 #${x.number} ${localTime(x.atUtc)} ${n(x.from)} → ${n(x.to)}${x.toUnit ? `（${x.toUnit}）` : ''}，${label(HANDOVER_METHOD, x.method)}：${x.reason}；`,
      x.receptionRecordedUtc ? `已接收登记 ${localTime(x.receptionRecordedUtc)}` : '待接收登记'))) : null,
    h('p', { 'data-fq': 'duty' }, fq.dutyEndedUtc ? `首问责任已结束：${localTime(fq.dutyEndedUtc)}（${n(fq.dutyEndedBy)} 办结通知）` : '首问责任未结束 duty open'),
    fq.breaches.length ? h('ul', { 'data-fq': 'breaches' }, fq.breaches.map(b => h('li', null,
      `追究 #${b.number} ${n(b.person)}：${label(BREACH_KIND, b.kind)}${b.spotCheck ? '（明察暗访）' : ''} ${b.facts}；`,
      b.decidedUtc ? `处理：${label(BREACH_SANCTION, b.sanction)}（${localTime(b.decidedUtc)}）` : `待处理，期限 ${localTime(b.dueUtc)}`))) : null);
}

export function revisitList(revisits, ctx) {
  if (!revisits.length) return null;
  return [h('h3', null, bi('回访', 'Revisits')), h('ul', { id: 'revisits' }, revisits.map(r => h('li', { 'data-stage': r.stage },
    `${localTime(r.atUtc)} ${label(REVISIT_STAGE, r.stage)} ${label(RATING, r.rating)} ${staffName(ctx, r.by)}${r.comment ? `：${r.comment}` : ''}`,
    r.summary ? h('span', { class: 'muted' }, ` 楼盘负责人总结：${r.summary}`) : null)))];
}
