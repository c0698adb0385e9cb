// Tiny DOM helpers. Server data always goes in as text nodes, never as HTML: a caller's words cannot inject markup.

/** Creates an element: h('button', { class: 'primary', onclick }, '保存'). */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  let value;
  for (const [key, v] of Object.entries(props ?? {})) {
    if (v == null || v === false) continue;
    if (key === 'value') value = v;
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), v);
    else if (key === 'class') el.className = v;
    else el.setAttribute(key, v === true ? '' : String(v));
  }
  el.append(...nodes(children));
  // A select only takes a value once its options exist. The value is also the default, so form.reset() returns to it.
  if (value !== undefined) {
    if (el instanceof HTMLSelectElement) for (const option of el.options) option.defaultSelected = option.value === String(value);
    else el.setAttribute('value', value);
    el.value = value;
  }
  return el;
}

/** Replaces an element's content. */
export function show(el, ...children) {
  el.replaceChildren(...nodes(children));
  return el;
}

/** Chinese label with its English name in small print. */
export const bi = (zh, en) => [zh, en ? h('small', { class: 'en' }, en) : null];

/**
 * Builds a nested JSON body from named form controls: "caller.phone" → { caller: { phone } }; blanks and hidden
 * controls are left out. A checkbox gives true/false, a number input a number, a date-time input an ISO instant.
 */
export function formBody(form) {
  const body = {};
  for (const control of form.querySelectorAll('[name]')) {
    if (control.disabled || control.closest('[hidden]')) continue;
    const value = controlValue(control);
    if (value === undefined) continue;
    const path = control.name.split('.');
    let target = body;
    for (const part of path.slice(0, -1)) target = target[part] ??= {};
    target[path.at(-1)] = value;
  }
  return body;
}

function controlValue(control) {
  if (control.type === 'checkbox') return control.checked;
  const text = control.value.trim();
  if (text === '') return undefined;
  if (control.type === 'number' || control.dataset.type === 'number') return Number(text);
  if (control.type === 'datetime-local') return beijingInstant(text);
  return text;
}

/**
 * A wall-clock time typed in the console is Beijing time, the hotline's calendar, whatever the browser's zone
 * (labels.js shows times the same way): "2026-11-20T16:00" → "2026-11-20T08:00:00.000Z".
 */
export function beijingInstant(local) {
  const withSeconds = local.length === 16 ? `${local}:00` : local;
  const at = new Date(`${withSeconds}+08:00`);
  return Number.isNaN(at.getTime()) ? local : at.toISOString();
}

function nodes(children) {
  return children.flat(Infinity)
    .filter(c => c != null && c !== false)
    .map(c => (c instanceof Node ? c : document.createTextNode(String(c))));
}
