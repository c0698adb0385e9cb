// Shows an API problem inline: a validation error next to the control it names (and listed, with the field name),
// a forbidden transition with the rule that forbids it, an outage with when to retry.
import { h, show } from './dom.js';

const TITLES = {
  0: '无法连接 Network error', 400: '请求有误 Invalid request', 401: '未登录或密钥无效 Unauthorized', 403: '无权操作 Forbidden',
  404: '未找到 Not found', 409: '规则不允许 Not allowed by a rule', 503: '存储暂不可用 Storage unavailable',
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
  for (const [field, reasons] of fields) {
    const slot = form?.querySelector(`[data-error-for="${CSS.escape(field)}"]`);
    if (slot) show(slot, reasons.join(' '));
    form?.querySelector(`[name="${CSS.escape(field)}"]`)?.setAttribute('aria-invalid', 'true');
  }

  if (!box) return;
  show(box,
    h('strong', null, TITLES[error.status] ?? `HTTP ${error.status}`),
    error.rule ? h('span', { class: 'rule' }, `规则 ${error.rule}`) : null,
    error.status !== 400 && error.message ? h('p', null, error.message) : null,
    fields.length ? h('ul', null, fields.map(([field, reasons]) => h('li', null, h('code', null, field), ' ', reasons.join(' ')))) : null,
    error.retryAfter ? h('p', null, `请 ${error.retryAfter} 秒后重试 (Retry-After)`) : null);
  box.hidden = false;
}

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
