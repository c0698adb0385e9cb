// 短信模拟器: what a staff member's phone received (GET /sim/phones/{n}/messages) and a reply from it
// (POST /sim/phones/{n}/reply, delivered to the hotline as a real Event Grid SMSReceived event). Local host only.
import { get, post } from './api.js';
import { bi, h, show } from './dom.js';
import { field, problemBox } from './forms.js';
import { localTime } from './labels.js';
import { attempt } from './problems.js';

const QUICK = ['收到', '已到达', '完成 单号A123 已处理', '无法处理 原因', '任务', '帮助'];
const POLL_MS = 3000;

export function renderSimulator(container, ctx) {
  const box = problemBox();
  const inbox = h('ol', { class: 'sms', id: 'sms-messages', 'aria-live': 'polite' });
  const phones = ctx.staff.filter(s => s.phone).map(s => [s.phone, `${s.name} · ${s.phone}`]);
  const picker = field({ name: 'phone', zh: '员工手机', en: 'staff phone', options: phones, blank: '— 选择 pick —', wide: true });
  const text = h('input', { name: 'text', id: 'sms-text', placeholder: '收到 0001', autocomplete: 'off' });
  const form = h('form', { class: 'sms-reply', id: 'sms-form' },
    picker,
    h('div', { class: 'wide quick' }, QUICK.map(q => h('button', { type: 'button', class: 'chip', onclick: () => { text.value = q; text.focus(); } }, q))),
    h('div', { class: 'wide send' }, text, h('small', { class: 'field-error', 'data-error-for': 'text' }),
      h('button', { type: 'submit', class: 'primary', id: 'sms-send' }, '回复 ', h('small', { class: 'en' }, 'Reply'))),
    h('div', { class: 'wide' }, box));
  const select = picker.querySelector('select');
  // Replies the phone sent in this session: the simulator only records what the hotline sent to it.
  const sent = new Map();
  const received = new Map();

  async function refresh() {
    const number = select.value;
    if (!number) return show(inbox, h('li', { class: 'muted' }, '选择一部手机查看短信 Pick a phone'));
    const messages = await attempt(box, null, () => get(`/sim/phones/${encodeURIComponent(number)}/messages`, { key: null }));
    if (!messages || select.value !== number) return;
    received.set(number, messages.length);
    // Each reply goes after the messages the phone had when it was sent (the host's clock may be a manual one).
    const mine = sent.get(number) ?? [];
    const bubbles = mine.filter(r => r.after === 0).map(bubble);
    messages.forEach((m, i) => bubbles.push(bubble({ at: m.deliveredUtc, text: m.text }), ...mine.filter(r => r.after === i + 1).map(bubble)));
    show(inbox, bubbles.length ? bubbles : h('li', { class: 'muted' }, '暂无短信 No messages'));
    inbox.lastElementChild?.scrollIntoView({ block: 'nearest' });
  }

  form.addEventListener('submit', async event => {
    event.preventDefault();
    const number = select.value;
    const result = await attempt(box, form, () => {
      if (!number) throw Object.assign(new Error('请先选择手机'), { status: 400, errors: { phone: ['请先选择手机 Pick a phone first.'] } });
      return post(`/sim/phones/${encodeURIComponent(number)}/reply`, { text: text.value }, { key: null });
    });
    if (!result) return;
    sent.set(number, [...(sent.get(number) ?? []), { after: received.get(number) ?? 0, text: text.value }]);
    text.value = '';
    await refresh();
    await ctx.refresh();
  });
  select.addEventListener('change', refresh);
  const timer = setInterval(refresh, POLL_MS);

  container.replaceChildren(h('section', { class: 'card sim' },
    h('h2', null, bi('短信模拟器', 'SMS simulator')),
    h('p', { class: 'muted' }, '现场人员用短信回复工单，如“收到 0001”。', h('small', { class: 'en' }, 'Field staff answer by SMS.')),
    form, inbox));
  refresh();
  return () => clearInterval(timer);
}

function bubble(message) {
  return message.at
    ? h('li', { class: 'in' }, h('time', null, localTime(message.at)), h('p', null, message.text))
    : h('li', { class: 'out' }, h('time', null, '已回复 sent'), h('p', null, message.text));
}
