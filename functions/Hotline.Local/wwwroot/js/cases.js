// 工单列表: GET /api/cases with status / urgency / overdue filters and a sort (deadline or received), paged by
// continuation token; chips above it count the cases per status and filter the list.
import { get } from './api.js';
import { caseTable } from './case-rows.js';
import { renderCounts } from './counts.js';
import { bi, h } from './dom.js';
import { field, problemBox } from './forms.js';
import { STATUS, URGENCY } from './labels.js';
import { attempt } from './problems.js';

export { statusBadge } from './case-rows.js';


export function renderCases(container, ctx) {
  const box = problemBox();
  const { table, fill } = caseTable(ctx, { id: 'case-list' });
  const chips = h('div', { class: 'chips', id: 'case-counts' });
  const more = h('button', { type: 'button', hidden: true }, '加载更多 ', h('small', { class: 'en' }, 'More'));
  const filters = h('form', { class: 'filters', id: 'case-filters' },
    field({ name: 'status', zh: '状态', en: 'status', options: Object.entries(STATUS).map(([c, zh]) => [c, `${zh} · ${c}`]), blank: '全部 all' }),
    field({ name: 'urgency', zh: '紧急程度', en: 'urgency', options: Object.entries(URGENCY).map(([c, zh]) => [c, zh]), blank: '全部 all' }),
    field({ name: 'sort', zh: '排序', en: 'sort', options: [['', '默认：最新受理在前'], ['deadline', '按时限（最急在前）'], ['received', '按受理时间']] }),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'overdue', value: 'true' }), bi('仅逾期', 'overdue only')),
    h('button', { type: 'submit' }, '刷新 ', h('small', { class: 'en' }, 'Refresh')));
  const el = filters.elements;
  const current = () => ({ status: el.status.value, urgency: el.urgency.value, overdue: el.overdue.checked ? 'true' : '' });
  let token = null;

  async function load(append) {
    const query = new URLSearchParams({ pageSize: '50' });
    for (const [key, value] of Object.entries({ ...current(), sort: el.sort.value })) if (value) query.set(key, value);
    if (append && token) query.set('continuationToken', token);
    const page = await attempt(box, filters, () => get(`/api/cases?${query}`));
    if (!page) return;
    token = page.continuationToken ?? null;
    more.hidden = !token;
    fill(page.items, append);
    if (!append) renderCounts(chips, pick, current);
  }

  function pick(filter) {
    el.status.value = filter.status ?? '';
    el.urgency.value = filter.urgency ?? '';
    el.overdue.checked = filter.overdue === 'true';
    load(false);
  }

  filters.addEventListener('submit', event => { event.preventDefault(); load(false); });
  for (const name of ['status', 'urgency', 'sort', 'overdue']) el[name].addEventListener('change', () => load(false));
  more.addEventListener('click', () => load(true));

  container.replaceChildren(h('section', { class: 'card' },
    h('h2', null, bi('工单列表', 'Cases')),
    chips, filters, box, table, more));
  load(false);
  return () => load(false);
}
