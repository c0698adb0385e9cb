// One case table for every list of cases (工单列表, 我的待办, search results, a caller's history): names instead of ids,
// emergencies and deadlines marked with icon + words + colour, and — in the queue — what awaits the viewer.
import { h, show } from './dom.js';
import { AWAITING, dueOf, urgencyFlags } from './labels-shift.js';
import { CATEGORY, STATUS, label, localTime } from './labels.js';
import { person } from './names.js';

export const statusBadge = status => h('span', { class: `status s-${status}`, 'data-status': status }, label(STATUS, status));

/** The marks of a case as badges: "⚠ 紧急", "⏰ 已逾期", "⏳ 临近时限". */
export const flagBadges = item => urgencyFlags(item).map(f => h('span', { class: `flag ${f.cls}` }, h('span', { 'aria-hidden': 'true' }, f.icon), ` ${f.text}`));

/**
 * A table of case summaries. options.awaiting adds the "待我处理" column; options.compact leaves out the caller and
 * category (the caller history at intake). Returns the table and fill(items, append).
 */
export function caseTable(ctx, { id, awaiting = false, compact = false, empty = '没有工单 No cases' } = {}) {
  const heads = ['编号', '状态', '标记', ...(awaiting ? ['待我处理'] : []), ...(compact ? [] : ['类别', '来电人']), '责任人', '诉求', '受理时间', '时限'];
  const rows = h('tbody');
  const table = h('table', { class: 'cases', id }, h('thead', null, h('tr', null, heads.map(t => h('th', null, t)))), rows);
  const fill = (items, append = false) => {
    const built = items.map(item => row(ctx, item, { awaiting, compact }));
    if (append) rows.append(...built);
    else show(rows, built.length ? built : h('tr', null, h('td', { colspan: heads.length, class: 'empty' }, empty)));
  };
  return { table, fill };
}

function row(ctx, item, { awaiting, compact }) {
  const open = () => ctx.openCase(item.id);
  const classes = [item.urgency === 'emergency' ? 'emergency' : null, item.overdue ? 'overdue' : item.nearDeadline ? 'near' : null].filter(Boolean);
  return h('tr', {
    class: classes.join(' ') || null, 'data-case-id': item.id, 'data-urgency': item.urgency, 'data-awaiting': item.awaiting ?? null,
    tabindex: 0, onclick: open, onkeydown: e => { if (e.key === 'Enter') open(); },
  },
  h('td', null, h('code', { title: item.ref ?? null }, item.id)),
  h('td', null, statusBadge(item.status)),
  h('td', { class: 'flags' }, flagBadges(item)),
  awaiting ? h('td', { class: 'awaiting' }, item.awaiting ? h('strong', null, label(AWAITING, item.awaiting)) : '—') : null,
  compact ? null : h('td', null, label(CATEGORY, item.category)),
  compact ? null : h('td', { class: 'caller' }, callerCell(item)),
  h('td', null, person(ctx, item.assignee, item.assigneeName),
    item.firstOwner ? h('div', { class: 'muted small' }, '首问 ', person(ctx, item.firstOwner, item.firstOwnerName)) : null),
  h('td', { class: 'summary', title: item.summary }, item.summary),
  h('td', { class: 'nowrap' }, localTime(item.receivedUtc)),
  h('td', { class: 'nowrap' }, localTime(dueOf(item))));
}

function callerCell(item) {
  const who = [item.callerName, item.callerPhone].filter(Boolean).join(' ');
  if (!who && !item.address) return '—';
  return [who || '匿名', item.address ? h('div', { class: 'muted small' }, item.address) : null];
}
