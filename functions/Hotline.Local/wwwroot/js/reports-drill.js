// Drill-down: the cases behind a figure, from GET /api/cases with the report's keys (profile, month or from/to, category,
// firstOwner, unit, linkedUnit, serviceArea; an empty key is the "none" row). Follows the continuation token: a filtered
// page may hold fewer cases than asked, even none.
import { get } from './api.js';
import { statusBadge } from './cases.js';
import { bi, h, show } from './dom.js';
import { localTime } from './labels.js';
import { attempt } from './problems.js';

const MAX_CASES = 1000;

/** Lists in panel the cases matching params ({ key: value }), titled title; a row opens the case. */
export async function drill(panel, ctx, title, params, categoryName = c => c) {
  const box = h('div', { class: 'problem', role: 'alert', hidden: true });
  show(panel, h('h3', null, bi(`明细：${title}`, 'cases behind the figure')), h('p', { class: 'muted' }, '加载中… Loading'), box);
  panel.hidden = false;
  panel.scrollIntoView({ block: 'nearest' });
  const items = [];
  let token = null;
  do {
    const query = new URLSearchParams({ pageSize: '200', ...params });
    if (token) query.set('continuationToken', token);
    const page = await attempt(box, null, () => get(`/api/cases?${query}`));
    if (!page) return;
    items.push(...page.items);
    token = page.continuationToken ?? null;
  } while (token && items.length < MAX_CASES);

  show(panel,
    h('h3', null, bi(`明细：${title}`, 'cases behind the figure'), ' ',
      h('span', { class: 'tag', id: 'drill-count', 'data-count': items.length }, `共 ${items.length} 件`),
      h('button', { type: 'button', class: 'chip', onclick: () => { panel.hidden = true; } }, '关闭 ', h('small', { class: 'en' }, 'Close'))),
    box,
    h('table', { class: 'cases', id: 'drill-list' },
      h('thead', null, h('tr', null, ['编号', '状态', '类别', '首问责任人', '责任人', '受理时间'].map(t => h('th', null, t)))),
      h('tbody', null, items.length ? items.map(item => h('tr', {
        'data-case-id': item.id, tabindex: 0, class: item.overdue ? 'overdue' : null,
        onclick: () => ctx.openCase(item.id), onkeydown: e => { if (e.key === 'Enter') ctx.openCase(item.id); },
      },
      h('td', null, h('code', null, item.id)), h('td', null, statusBadge(item.status)), h('td', null, categoryName(item.category)),
      h('td', null, item.firstOwner ?? '—'), h('td', null, item.assignee ?? '—'), h('td', null, localTime(item.receivedUtc))))
        : h('tr', null, h('td', { colspan: 6, class: 'empty' }, '没有工单 No cases')))));
}

/** A figure that drills down when clicked. */
export const figure = (text, onclick, attrs = {}) =>
  h('button', { type: 'button', class: 'figure', onclick, ...attrs }, String(text));
