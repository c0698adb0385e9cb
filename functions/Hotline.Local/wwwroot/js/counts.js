// Counts per status as chips above the case list (GET /api/cases/counts): a chip filters the list. A server without
// the counts endpoint shows no chips; the list works as before.
import { get } from './api.js';
import { h, show } from './dom.js';
import { STATUS } from './labels.js';

/**
 * Fills {container} with chips; onPick({ status?, overdue?, urgency?, nearDeadline? }) applies one. The chip whose filter
 * is active (current()) is marked aria-pressed.
 */
export async function renderCounts(container, onPick, current) {
  let counts;
  try {
    counts = await get('/api/cases/counts');
  } catch {
    show(container);
    return;
  }

  const byStatus = counts?.byStatus ?? {};
  const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
  const chip = (filter, text, n, cls) => {
    const active = sameFilter(current(), filter);
    return h('button', {
      type: 'button', class: `chip count ${cls ?? ''}`.trim(), 'aria-pressed': String(active), 'data-count': Object.entries(filter).map(([k, v]) => `${k}=${v}`).join('&') || 'all',
      onclick: () => onPick(filter),
    }, text, ' ', h('span', { class: 'n' }, n ?? 0));
  };
  show(container,
    chip({}, '全部', total),
    Object.keys(STATUS).filter(s => byStatus[s]).map(s => chip({ status: s }, STATUS[s], byStatus[s])),
    // Statuses this console does not know yet still get a chip with their code.
    Object.keys(byStatus).filter(s => !(s in STATUS) && byStatus[s]).map(s => chip({ status: s }, s, byStatus[s])),
    counts.emergency != null ? chip({ urgency: 'emergency' }, '⚠ 紧急', counts.emergency, 'flag-emergency') : null,
    counts.overdue != null ? chip({ overdue: 'true' }, '⏰ 已逾期', counts.overdue, 'flag-overdue') : null,
    counts.nearDeadline != null ? h('span', { class: 'chip count flag-near', 'data-count': 'nearDeadline' }, '⏳ 临近时限 ', h('span', { class: 'n' }, counts.nearDeadline)) : null);
}

const sameFilter = (a, b) => ['status', 'overdue', 'urgency'].every(k => (a[k] || undefined) === (b[k] || undefined));
