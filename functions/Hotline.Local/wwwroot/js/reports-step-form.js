// 审批步骤的表单 (R-RP-9): the steps that need words — 退回 (the reason), 上报 (the upstream office's reference) — ask for
// them in the page, under the panel's buttons, not in a browser prompt: a labelled field, the rule the server applies
// (required, at most N characters) checked before sending, the error next to the field, 取消 to close. The server's
// 400 (naming the field) lands in the same slot.
import { h } from './dom.js';
import { attempt } from './problems.js';

/**
 * spec = { step, field, label, en, max, placeholder, multiline, confirm }; send(body) posts the step and returns a promise
 * that is truthy when it was taken; close() removes the form. Returns the form element.
 */
export function stepForm(spec, box, send, close) {
  const control = h(spec.multiline ? 'textarea' : 'input', {
    name: spec.field, id: `step-${spec.field}`, maxlength: spec.max, required: true, rows: spec.multiline ? 3 : null,
    placeholder: spec.placeholder, 'aria-describedby': `step-${spec.field}-error`,
  });
  const error = h('small', { class: 'field-error', id: `step-${spec.field}-error`, 'data-error-for': spec.field });
  const form = h('form', { class: 'step-form', id: 'step-form', 'data-step': spec.step, novalidate: true },
    h('label', { for: `step-${spec.field}` }, spec.label, ' ', h('small', { class: 'en' }, spec.en)),
    control, error,
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary', 'data-confirm': spec.step }, spec.confirm),
      h('button', { type: 'button', 'data-cancel': spec.step, onclick: close }, '取消')));

  form.addEventListener('submit', async event => {
    event.preventDefault();
    const value = control.value.trim();
    const problem = !value ? `请填写${spec.label}。` : value.length > spec.max ? `${spec.label}不能超过 ${spec.max} 个字（现 ${value.length} 个）。` : '';
    error.textContent = problem;
    control.toggleAttribute('aria-invalid', Boolean(problem));
    if (problem) {
      control.focus();
      return;
    }

    form.querySelector('[data-confirm]').disabled = true;
    const done = await attempt(box, form, () => send({ [spec.field]: value }));
    if (done) close();
    else form.querySelector('[data-confirm]').disabled = false;
  });
  queueMicrotask(() => control.focus());
  return form;
}
