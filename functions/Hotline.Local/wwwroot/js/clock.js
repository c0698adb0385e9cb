// 模拟时钟 (admins, manual clock mode only): POST /api/clock {advance} moves time and runs whatever falls due.
import { post } from './api.js';
import { bi, h, show } from './dom.js';
import { problemBox } from './forms.js';
import { localTime } from './labels.js';
import { attempt } from './problems.js';

const STEPS = [['PT15M', '+15分'], ['PT1H', '+1小时'], ['PT2H', '+2小时'], ['P1D', '+1天']];

export function renderClock(container, ctx) {
  const box = problemBox();
  const result = h('p', { class: 'muted', id: 'clock-result' }, '仅手动时钟模式可用 Manual clock mode only (Hotline:Clock=Manual)');

  async function advance(duration) {
    const moved = await attempt(box, null, () => post('/api/clock', { advance: duration }));
    if (!moved) return;
    show(result, `现在 ${localTime(moved.nowUtc)}（北京）· ${moved.casesTicked} 个案件到期处理 · 发出 ${moved.messagesDispatched} 条短信`);
    await ctx.refresh();
  }

  container.replaceChildren(h('section', { class: 'card clock' },
    h('h2', null, bi('模拟时钟', 'Advance clock')),
    h('div', { class: 'quick' }, STEPS.map(([duration, text]) =>
      h('button', { type: 'button', 'data-advance': duration, onclick: () => advance(duration) }, text, ' ', h('small', { class: 'en' }, duration)))),
    result, box));
}
