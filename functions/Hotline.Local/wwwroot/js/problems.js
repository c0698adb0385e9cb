// Shows an API problem inline: a validation error next to the control it names (and listed, with the field name),
// a forbidden transition with the rule that forbids it, an outage with when to retry. Chinese first (messages.js maps the
// server's English field reasons and rule ids), the server's English in small print.
import { h, show } from './dom.js';
import { fieldZh, ruleZh, zhReason } from './messages.js';

const TITLES = {
  0: '无法连接 Network error', 400: '请求有误 Invalid request', 401: '未登录或密钥无效 Unauthorized', 403: '无权操作 Forbidden',
  404: '未找到 Not found', 409: '规则不允许 Not allowed by a rule', 415: '请求格式不对 Unsupported media type',
  429: '密钥错误次数过多，请稍后再试 Too many failed sign-ins', 503: '存储暂不可用 Storage unavailable',
};

/** Clears earlier errors of a form and its problem box. */
export function clearProblem(box, form) {
  if (box) show(box).hidden = true;
  for (const el of form?.querySelectorAll('[data-error-for]') ?? []) show(el);
  for (const el of form?.querySelectorAll('[aria-invalid]') ?? []) el.removeAttribute('aria-invalid');
}

export function showProblem(box, error, form) {
  clearProblem(box, form);
  const fields = Object.entries(error.errors ?? {});
  const say = (field, reasons) => reasons.map(r => zhReason(field, r, { select: isSelect(form, field) })).join('；');
  for (const [field, reasons] of fields) {
    // "roles[2]" has no slot of its own: it shows at "roles".
    const slot = form?.querySelector(`[data-error-for="${CSS.escape(field)}"]`) ?? form?.querySelector(`[data-error-for="${CSS.escape(field.replace(/\[\d+\]$/, ''))}"]`);
    if (slot) show(slot, say(field, reasons), h('small', { class: 'en' }, reasons.join(' ')));
    form?.querySelector(`[name="${CSS.escape(field)}"]`)?.setAttribute('aria-invalid', 'true');
  }

  if (!box) return;
  // A 409 with errors but no rule is a clash with stored data (a phone another staff member has), not a rule.
  const title = error.status === 409 && !error.rule ? '与已有数据冲突 Conflict' : TITLES[error.status] ?? `HTTP ${error.status}`;
  show(box,
    h('strong', null, title),
    error.rule ? h('p', { class: 'rule-zh' }, ruleZh(error.rule), ' ', h('span', { class: 'rule' }, error.rule)) : null,
    error.status !== 400 && error.message ? h('p', null, h('small', { class: 'en' }, error.message)) : null,
    fields.length ? h('ul', null, fields.map(([field, reasons]) => h('li', null,
      h('strong', null, fieldZh(field)), '：', say(field, reasons), ' ', h('code', null, field)))) : null,
    error.retryAfter ? h('p', null, `请 ${error.retryAfter} 秒后重试 (Retry-After)`) : null);
  box.hidden = false;
}

const isSelect = (form, field) => form?.querySelector(`[name="${CSS.escape(field)}"]`) instanceof HTMLSelectElement;

/** Runs an action and shows its failure in the box; returns undefined when it failed. */
export async function attempt(box, form, action) {
  clearProblem(box, form);
  try {
    return await action();
  } catch (error) {
    if (!('status' in error)) throw error;
    showProblem(box, error, form);
    return undefined;
  }
}
