// 工单详情: GET /api/cases/{id} — status, people, deadlines, the timeline (台账) and the actions that fit the status.
import { get, post } from './api.js';
import { flagBadges, statusBadge } from './case-rows.js';
import { caseForms } from './caseview-forms.js';
import { firstQuestionRecord, revisitList } from './caseview-records.js';
import { bi, formBody, h, show } from './dom.js';
import { field, problemBox } from './forms.js';
import { CATEGORY, CHANNEL, DEADLINE, LEDGER, URGENCY, label, localTime } from './labels.js';
import { person, withNames } from './names.js';
import { attempt } from './problems.js';
import { profile } from './profiles.js';
import { session } from './session.js';
import { SIGNALS, offered, withOptions } from './signals.js';

/** Shows case {id} in the container; returns a function that reloads it. */
export function renderCase(container, ctx, id, notice) {
  const box = problemBox();
  const body = h('div', { id: 'case', 'data-case-id': id });
  const actionArea = h('div', { class: 'signal-area' });
  container.replaceChildren(h('section', { class: 'card case' },
    h('div', { class: 'toolbar' },
      h('button', { type: 'button', onclick: () => ctx.showTab('cases') }, '← 返回列表 ', h('small', { class: 'en' }, 'Back')),
      h('button', { type: 'button', onclick: () => reload() }, '刷新 ', h('small', { class: 'en' }, 'Refresh'))),
    notice ? h('p', { class: 'notice' }, notice) : null,
    box, body));

  async function reload() {
    const view = await attempt(box, null, () => get(`/api/cases/${encodeURIComponent(id)}`));
    if (view) {
      const p = await profile(view.profile);
      show(body, ...summary(view, ctx), caseForms(view), actions(view, p, ctx, actionArea, reload), actionArea, ...history(view, ctx));
    }
  }

  reload();
  return reload;
}

function summary(v, ctx) {
  const caller = v.caller;
  return [
    h('header', { class: 'case-head' },
      h('h2', null, h('code', null, v.id)), statusBadge(v.status),
      // Emergency and major show as marks with an icon (flagBadges); a normal case keeps its plain tag.
      v.urgency === 'normal' ? h('span', { class: `tag u-${v.urgency}` }, label(URGENCY, v.urgency)) : null,
      h('span', { class: 'tag' }, label(CATEGORY, v.category)),
      flagBadges(v)),
    h('p', { class: 'case-summary' }, v.summary, v.details ? h('span', { class: 'muted' }, ` — ${v.details}`) : null),
    h('div', { class: 'facts' },
      facts([
        [bi('首问责任人', 'first owner'), h('span', { id: 'first-owner' }, person(ctx, v.firstOwner, v.firstOwnerName))],
        [bi('责任人', 'assignee'), h('span', { id: 'assignee' }, person(ctx, v.assignee, v.assigneeName))],
        [bi('部门', 'unit'), v.unit ?? '—'],
        v.linkedUnit ? [bi('被投诉的联动单位', 'linked unit (R-DS-8)'), h('span', { id: 'linked-unit' }, v.linkedUnit)] : null,
        [bi('来源', 'channel'), label(CHANNEL, v.channel)],
        [bi('受理时间', 'received'), localTime(v.receivedUtc)],
        [bi('办理时限', 'handling due'), localTime(v.handlingDueUtc)],
      ]),
      facts([
        [bi('来电人', 'caller'), h('span', { class: 'caller-name' }, caller.name ?? '匿名 / 未留姓名')],
        [bi('电话', 'phone'), h('span', { class: 'caller-phone' }, caller.phone ?? '未留电话')],
        [bi('地址', 'address'), caller.address],
        [bi('楼盘', 'property'), caller.property],
      ], caller.masked ? h('p', { class: 'masked' }, '已脱敏：您未参与此工单 ', h('small', { class: 'en' }, 'masked — no part in this case (R-PV-1)')) : null),
      facts(v.deadlines.length
        ? v.deadlines.map(d => [label(DEADLINE, d.kind), localTime(d.dueUtc)])
        : [['时限 deadlines', '—']], null, bi('待办时限', 'deadlines'))),
  ];
}

function facts(pairs, footer, title) {
  return h('div', { class: 'fact-card' },
    title ? h('h3', null, title) : null,
    h('dl', null, pairs.filter(Boolean).map(([k, v]) => [h('dt', null, k), h('dd', null, v)])),
    footer);
}

function actions(view, p, ctx, area, reload) {
  // The server answers 403 to staff with no part in the case (masked caller) unless they coordinate, and lets any
  // agent record a second complaint (R-FU-8): offer only what can succeed.
  const types = offered(view, p, session.current?.roles ?? []).filter(type => !view.caller.masked || session.has('coordinator')
    || (type === 'second-complaint' && session.has('agent')));
  if (!types.length) {
    return h('p', { class: 'muted' }, view.caller.masked ? '您未参与此工单，仅可查看 View only: no part in this case' : '此状态无可用操作 No actions in this status');
  }

  return h('div', { class: 'signals' }, h('span', { class: 'muted' }, '操作 Actions:'),
    types.map(type => h('button', { type: 'button', 'data-signal': type, onclick: () => openSignal(type, view, ctx, area, reload) },
      SIGNALS[type].zh, ' ', h('small', { class: 'en' }, SIGNALS[type].en))));
}

function openSignal(type, view, ctx, area, reload) {
  const spec = SIGNALS[type];
  const box = problemBox();
  const form = h('form', { class: 'signal-form form-grid', 'data-signal-form': type, novalidate: true },
    h('h3', { class: 'wide' }, bi(spec.zh, spec.en)),
    spec.fields.map(f => field(withOptions(f, ctx.staff, view))),
    h('div', { class: 'wide actions' },
      h('button', { type: 'submit', class: 'primary' }, '提交 ', h('small', { class: 'en' }, 'Send')),
      h('button', { type: 'button', onclick: () => area.replaceChildren() }, '取消 ', h('small', { class: 'en' }, 'Cancel'))),
    h('div', { class: 'wide' }, box));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const done = await attempt(box, form, () => post(`/api/cases/${encodeURIComponent(view.id)}/signals`, { type, ...formBody(form) }));
    if (done?.queued) {
      // Accepted and queued to the case's orchestration: say so, and look again until it has committed.
      area.replaceChildren(h('p', { class: 'notice', 'data-queued': '' }, '已受理，正在处理…（处理引擎异步执行，完成后自动刷新） Queued'));
      for (let i = 0; i < 10 && (await get(`/api/cases/${encodeURIComponent(view.id)}`)).version <= view.version; i++) {
        await new Promise(resolve => setTimeout(resolve, 1000));
      }
      area.replaceChildren();
      await reload();
    } else if (done) {
      area.replaceChildren();
      await reload();
    }
  });
  area.replaceChildren(form);
  form.querySelector('input, select, textarea, button')?.focus();
}

function history(v, ctx) {
  return [
    h('h3', null, bi('处理台账', 'Timeline')),
    h('table', { class: 'timeline', id: 'timeline' },
      h('thead', null, h('tr', null, ['#', '时间 (北京)', '事项', '操作人', '内容', '规则'].map(t => h('th', null, t)))),
      h('tbody', null, v.timeline.map(e => h('tr', { 'data-kind': e.kind },
        h('td', null, e.seq), h('td', { class: 'nowrap' }, localTime(e.atUtc)),
        h('td', null, label(LEDGER, e.kind)), h('td', { class: 'by' }, person(ctx, e.by, e.byName, '系统')),
        h('td', null, withNames(ctx, e.text)), h('td', null, e.rule ? h('code', { class: 'rule' }, e.rule) : ''))))),
    revisitList(v.revisits, ctx),
    firstQuestionRecord(v.firstQuestion, ctx),
    v.closure ? h('p', { class: 'notice' }, `结案 ${localTime(v.closure.atUtc)}：${v.closure.finalResult}（${v.closure.outcome}）`) : null,
  ];
}
