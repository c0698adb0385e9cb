// 搜索: one box in the header finds cases by caller phone (full or its last 4 digits), case id or reference, or any part
// of the caller's name, the address/room or the summary (POST /api/cases/search). Staff with no part in a case see it
// masked (R-PV-1), as everywhere.
import { post } from './api.js';
import { caseTable } from './case-rows.js';
import { bi, h } from './dom.js';
import { problemBox } from './forms.js';
import { attempt } from './problems.js';

/** Shows the results for {text}; returns a function that searches again. */
export function renderSearch(container, ctx, text) {
  const box = problemBox();
  const { table, fill } = caseTable(ctx, { id: 'search-results', empty: `没有找到与“${text}”相关的工单 No cases found` });
  const more = h('button', { type: 'button', hidden: true }, '加载更多 ', h('small', { class: 'en' }, 'More'));
  const count = h('p', { class: 'muted', id: 'search-count' });
  let token = null;
  let shown = 0;

  async function load(append) {
    const body = { text, pageSize: 50, ...(append && token ? { continuationToken: token } : {}) };
    const page = await attempt(box, null, () => post('/api/cases/search', body));
    if (!page) return;
    token = page.continuationToken ?? null;
    more.hidden = !token;
    shown = (append ? shown : 0) + page.items.length;
    count.textContent = `找到 ${shown} 件${token ? '（还有更多）' : ''}`;
    fill(page.items, append);
  }

  more.addEventListener('click', () => load(true));
  container.replaceChildren(h('section', { class: 'card', id: 'search' },
    h('h2', null, bi(`搜索：${text}`, 'Search')),
    h('p', { class: 'muted' }, '可按电话（完整号码或后 4 位）、工单编号、姓名、地址/房号或诉求内容搜索。'),
    count, box, table, more));
  load(false);
  return () => load(false);
}

/** The header's search form; onSearch(text) runs a search. */
export function searchForm(onSearch) {
  const input = h('input', {
    id: 'search-text', name: 'text', type: 'search', placeholder: '搜索：电话后4位 / 编号 / 姓名 / 地址',
    'aria-label': '搜索工单 Search cases', autocomplete: 'off',
  });
  const form = h('form', { id: 'search-form', class: 'search', role: 'search' }, input,
    h('button', { type: 'submit' }, '搜索 ', h('small', { class: 'en' }, 'Search')));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const text = input.value.trim();
    if (text) onSearch(text);
    else input.focus();
  });
  return form;
}
