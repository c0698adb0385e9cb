// 来电历史 at intake: as soon as the caller's phone is typed (on blur, or a moment after typing stops) the earlier cases
// and calls from that number are listed (POST /api/callers/history), so a repeat caller (回头客) or a second complaint
// about an open case (二次投诉, R-FU-8) is recognised before the call is filed. Each case opens in the case view.
import { post } from './api.js';
import { caseTable } from './case-rows.js';
import { bi, h, show } from './dom.js';

const DEBOUNCE_MS = 700;

// The most cases the server's history holds (CallerHistoryHandlers.MaxCases): at that many there may be more.
const MAX_SHOWN = 20;

/** The panel, and watch(input) to follow a phone input. */
export function callerHistory(ctx) {
  const panel = h('section', { class: 'wide caller-history', id: 'caller-history', 'aria-live': 'polite', hidden: true });
  let asked = '';
  let timer = 0;

  async function lookUp(phone) {
    const digits = phone.replace(/\D/g, '');
    // A full number only (8–15 digits, as the server's phone rule); while typing there is nothing to ask.
    if (digits.length < 8 || digits.length > 15) {
      asked = '';
      panel.hidden = true;
      return;
    }

    if (digits === asked) return;
    asked = digits;
    let history;
    try {
      history = await post('/api/callers/history', { phone });
    } catch (error) {
      show(panel, h('p', { class: 'muted' }, '无法查询来电历史 ', h('small', { class: 'en' }, error.message)));
      panel.hidden = false;
      return;
    }

    if (asked !== digits) return;  // the phone changed while we asked
    render(history);
  }

  function render(history) {
    const cases = history?.cases ?? [];
    panel.hidden = false;
    if (!cases.length) {
      show(panel, h('p', { class: 'muted', 'data-history': 'none' }, bi('该号码没有来电记录（首次来电）', 'first call from this number')));
      return;
    }

    const { table, fill } = caseTable(ctx, { id: 'caller-history-list', compact: true });
    fill(cases);
    const open = history.openCount ?? cases.filter(c => !['closed', 'answered', 'redirected'].includes(c.status)).length;
    show(panel,
      h('h3', null, bi('来电历史', 'caller history'), ' ',
        (history.repeatCaller ?? cases.length > 0) ? h('span', { class: 'flag flag-repeat', 'data-flag': 'repeat-caller' }, '↻ 回头客') : null, ' ',
        history.secondComplaint ? h('span', { class: 'flag flag-second', 'data-flag': 'second-complaint' }, '⚠ 二次投诉') : null),
      h('p', { class: 'muted' }, cases.length >= MAX_SHOWN ? `显示该号码最近 ${cases.length} 条记录，其中未结 ${open} 件。` : `该号码共有 ${cases.length} 条记录，其中未结 ${open} 件。`,
        history.secondComplaint ? '本次来电可能是对未结工单的二次投诉：请打开原工单，用“二次投诉”记录并加急处理（R-FU-8）。' : ''),
      table);
  }

  function watch(input) {
    input.addEventListener('blur', () => lookUp(input.value));
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => lookUp(input.value), DEBOUNCE_MS);
    });
  }

  const reset = () => {
    asked = '';
    panel.hidden = true;
    show(panel);
  };
  return { panel, watch, reset };
}
