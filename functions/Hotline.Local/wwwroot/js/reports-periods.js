// 日报 (R-RP-6: every case open at the day's end, with its progress) and 周报 (R-RP-4: received, closed, still open,
// by category; the Monday list of R-FU-3).
import { bi, h } from './dom.js';
import { STATUS, label, localTime } from './labels.js';
import { figure } from './reports-drill.js';

function openCases(lines, categoryName, ctx, id) {
  return h('table', { class: 'report cases', id },
    h('thead', null, h('tr', null, ['编号', '类别', '状态', '首问责任人', '责任人', '受理时间', '最新进展'].map(t => h('th', null, t)))),
    h('tbody', null, lines.length ? lines.map(c => h('tr', { 'data-case-id': c.caseId, class: c.overdue ? 'overdue' : null, onclick: () => ctx.openCase(c.caseId) },
      h('td', null, h('code', null, c.caseId)), h('td', null, categoryName(c.category)),
      h('td', null, label(STATUS, c.status), c.overdue ? h('span', { class: 'tag warn' }, '逾期') : null),
      h('td', null, c.firstOwner), h('td', null, c.assignee ?? '—'), h('td', null, localTime(c.receivedUtc)),
      h('td', null, c.last ? `${localTime(c.last.atUtc)} ${c.last.text}` : '—')))
      : h('tr', null, h('td', { colspan: 7, class: 'empty' }, '没有未结工单 No open cases'))));
}

export function dayView(report, categoryName, ctx) {
  return [
    h('p', { class: 'muted' }, `截至 ${localTime(report.asOfUtc)} · 未结 ${report.cases.length} 件 · 逾期 ${report.overdue} 件`),
    openCases(report.cases, categoryName, ctx, 'daily-open'),
  ];
}

export function weekView(report, profileId, categoryName, ctx, drill) {
  const range = { profile: profileId, from: report.week.startUtc, to: report.week.endUtc };
  const count = (zh, value) => h('div', { class: 'tile volume' }, h('span', { class: 'tile-name' }, zh), h('strong', { class: 'tile-value' }, value));
  return [
    h('p', { class: 'muted' }, `${report.week.firstDay} 至 ${report.week.lastDay} · 截至 ${localTime(report.asOfUtc)}`),
    h('div', { class: 'tiles', id: 'week-tiles' },
      count('本周受理', report.received), count('立项', report.opened), count('当场解答/引导', report.callRecords),
      count('本周结案', report.closed), count('强制结案', report.forceClosed), count('周末未结', report.openAtWeekEnd.length), count('其中逾期', report.overdue)),
    h('h3', null, bi('按类别', 'by category')),
    h('table', { class: 'report', id: 'week-by-category' },
      h('thead', null, h('tr', null, ['类别', '受理', '结案', '强制结案', '未结', '逾期'].map(t => h('th', null, t)))),
      h('tbody', null, report.byCategory.map(r => h('tr', { 'data-key': r.category },
        h('td', null, categoryName(r.category)),
        h('td', null, figure(r.received, () => drill(`本周受理：${categoryName(r.category)}`, { ...range, category: r.category }), { 'data-figure': 'received' })),
        h('td', null, r.closed), h('td', null, r.forceClosed), h('td', null, r.open), h('td', null, r.overdue))))),
    h('h3', null, bi('周末仍未结案', 'open at week end; R-FU-3 marks the unresolvable for the manager')),
    openCases(report.openAtWeekEnd, categoryName, ctx, 'week-open'),
  ];
}
