// Form controls with a label (Chinese, English in small print) and a slot where the server's reason for that field goes.
import { bi, h } from './dom.js';

/**
 * @param {{ name: string, zh: string, en?: string, options?: Record<string,string>|[string,string][],
 *           multiline?: boolean, type?: string, value?: string, placeholder?: string, blank?: string, wide?: boolean }} spec
 */
export function field(spec) {
  const id = `f-${spec.name.replaceAll('.', '-')}-${Math.random().toString(36).slice(2, 7)}`;
  let control;
  if (spec.options) {
    const entries = Array.isArray(spec.options) ? spec.options : Object.entries(spec.options);
    control = h('select', { id, name: spec.name, value: spec.value },
      spec.blank !== undefined ? h('option', { value: '' }, spec.blank) : null,
      entries.map(([value, text]) => h('option', { value }, text)));
  } else if (spec.multiline) {
    control = h('textarea', { id, name: spec.name, rows: 2, placeholder: spec.placeholder });
    if (spec.value) control.value = spec.value;
  } else {
    control = h('input', { id, name: spec.name, type: spec.type ?? 'text', value: spec.value, placeholder: spec.placeholder, autocomplete: 'off' });
  }

  return h('div', { class: spec.wide ? 'field wide' : 'field' },
    h('label', { for: id }, bi(spec.zh, spec.en)),
    control,
    h('small', { class: 'field-error', 'data-error-for': spec.name, role: 'alert' }));
}

/** The problem box a form shows its errors in. */
export const problemBox = () => h('div', { class: 'problem', role: 'alert', hidden: true });
