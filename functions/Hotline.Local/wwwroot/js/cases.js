// 工单列表: GET /api/cases with a status filter, paged by continuation token, in case-id order.
import { get } from './api.js';
import { bi, h, show } from './dom.js';
import { field, problemBox } from './forms.js';
import { CATEGORY, STATUS, URGENCY, label, localTime } from './labels.js';
import { attempt } from './problems.js';

export function renderCases(container, ctx) {
  const box = problemBox();
  const rows = h('tbody');
  const more = h('button', { type: 'button', hidden: true }, '加载更多 ', h('small', { class: 'en' }, 'More'));
  const filters = h('form', { class: 'filters', id: 'case-filters' },
    field({ name: 'status', zh: '状态', en: 'status', options: Object.entries(STATUS).map(([c, zh]) => [c, `${zh} · ${c}`]), blank: '全部 all' }),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'overdue', value: 'true' }), bi('仅逾期', 'overdue only')),
    h('button', { type: 'submit' }, '刷新 ', h('small', { class: 'en' }, 'Refresh')));
  let token = null;

  async function load(append) {
    const query = new URLSearchParams({ pageSize: '50' });
    const status = filters.elements.status.value;
    if (status) query.set('status', status);
    if (filters.elements.overdue.checked) query.set('overdue', 'true');
    if (append && token) query.set('continuationToken', token);
    const page = await attempt(box, filters, () => get(`/api/cases?${query}`));
    if (!page) return;
    token = page.continuationToken ?? null;
    more.hidden = !token;
    const items = page.items.map(item => row(item, ctx));
    if (append) rows.append(...items);
    else show(rows, items.length ? items : h('tr', null, h('td', { colspan: 8, class: 'empty' }, '没有工单 No cases')));
  }

  filters.addEventListener('submit', event => { event.preventDefault(); load(false); });
  filters.elements.status.addEventListener('change', () => load(false));
  more.addEventListener('click', () => load(true));

  container.replaceChildren(h('section', { class: 'card' },
    h('h2', null, bi('工单列表', 'Cases')),
    filters, box,
    h('table', { class: 'cases', id: 'case-list' },
      h('thead', null, h('tr', null, ['编号', '状态', '类别', '紧急', '责任人', '诉求', '受理时间', '办理时限'].map(t => h('th', null, t)))),
      rows),
    more));
  load(false);
  return () => load(false);
}

function row(item, ctx) {
  const open = () => ctx.openCase(item.id);
  return h('tr', { class: item.overdue ? 'overdue' : null, 'data-case-id': item.id, tabindex: 0, onclick: open,
    onkeydown: e => { if (e.key === 'Enter') open(); } },
  h('td', null, h('code', null, item.id)),
  h('td', null, statusBadge(item.status)),
  h('td', null, label(CATEGORY, item.category)),
  h('td', null, label(URGENCY, item.urgency)),
  h('td', null, item.assignee ?? '—'),
  h('td', { class: 'summary' }, item.summary),
  h('td', null, localTime(item.receivedUtc)),
  h('td', null, localTime(item.handlingDueUtc), item.overdue ? h('span', { class: 'tag warn' }, '逾期') : null));
}

export const statusBadge = status => h('span', { class: `status s-${status}`, 'data-status': status }, label(STATUS, status));
