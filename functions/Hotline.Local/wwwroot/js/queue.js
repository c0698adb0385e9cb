// 我的待办: the cases where I am first owner, assignee or approver (GET /api/cases?queue=mine), emergencies first, then
// by deadline, each with what awaits me. Agents and field staff land here.
import { get } from './api.js';
import { caseTable } from './case-rows.js';
import { bi, h } from './dom.js';
import { problemBox } from './forms.js';
import { attempt } from './problems.js';

export function renderQueue(container, ctx) {
  const box = problemBox();
  const { table, fill } = caseTable(ctx, { id: 'queue-list', awaiting: true, empty: '暂无待办 Nothing waits for you' });
  const summary = h('p', { class: 'muted', id: 'queue-summary' });

  async function load() {
    const items = [];
    let token = null;
    // The queue is short (one person's open work); read it whole so the order holds across pages.
    for (let page = 0; page < 10; page++) {
      const query = new URLSearchParams({ queue: 'mine', pageSize: '100' });
      if (token) query.set('continuationToken', token);
      const result = await attempt(box, null, () => get(`/api/cases?${query}`));
      if (!result) return;
      items.push(...result.items);
      token = result.continuationToken;
      if (!token) break;
    }

    // The server sends my cases only, in the queue's order (emergencies first, then by deadline).
    const mine = items;
    fill(mine);
    const emergencies = mine.filter(i => i.urgency === 'emergency').length;
    const late = mine.filter(i => i.overdue).length;
    summary.replaceChildren(`共 ${mine.length} 件待办`, emergencies ? `，其中紧急 ${emergencies} 件` : '', late ? `，已逾期 ${late} 件` : '');
  }

  container.replaceChildren(h('section', { class: 'card' },
    h('h2', null, bi('我的待办', 'My queue')), summary, box, table));
  load();
  return load;
}
