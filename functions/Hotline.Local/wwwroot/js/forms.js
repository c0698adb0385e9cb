// Form controls with a label (Chinese, English in small print) and a slot where the server's reason for that field goes.
import { bi, h } from './dom.js';

/**
 * @param {{ name: string, zh: string, en?: string, options?: Record<string,string>|[string,string][],
 *           multiline?: boolean, type?: 'text'|'tel'|'number'|'checkbox'|'datetime', min?: string, value?: string, placeholder?: string, blank?: string, wide?: boolean, number?: boolean }} spec
 */
export function field(spec) {
  const id = `f-${spec.name.replaceAll('.', '-')}-${Math.random().toString(36).slice(2, 7)}`;
  let control;
  if (spec.options) {
    const entries = Array.isArray(spec.options) ? spec.options : Object.entries(spec.options);
    // A select of numbered records (hand-over #, breach #) sends its value as a number.
    control = h('select', { id, name: spec.name, value: spec.value, 'data-type': spec.number ? 'number' : null },
      spec.blank !== undefined ? h('option', { value: '' }, spec.blank) : null,
      entries.map(([value, text]) => h('option', { value }, text)));
  } else if (spec.multiline) {
    control = h('textarea', { id, name: spec.name, rows: 2, placeholder: spec.placeholder });
    if (spec.value) control.value = spec.value;
  } else if (spec.type === 'checkbox') {
    // A yes/no the caller or staff states (consent, anonymity): the box sits before its label.
    control = h('input', { id, name: spec.name, type: 'checkbox' });
    return h('div', { class: spec.wide ? 'field check wide' : 'field check' },
      h('label', { for: id }, control, ' ', bi(spec.zh, spec.en)),
      h('small', { class: 'field-error', 'data-error-for': spec.name, role: 'alert' }));
  } else {
    // 'datetime' is typed as Beijing wall-clock time; formBody sends it as an instant.
    const type = spec.type === 'datetime' ? 'datetime-local' : spec.type ?? 'text';
    control = h('input', { id, name: spec.name, type, value: spec.value, placeholder: spec.placeholder, autocomplete: 'off', min: spec.min });
  }

  return h('div', { class: spec.wide ? 'field wide' : 'field' },
    h('label', { for: id }, bi(spec.zh, spec.en)),
    control,
    h('small', { class: 'field-error', 'data-error-for': spec.name, role: 'alert' }));
}

/** The problem box a form shows its errors in. */
export const problemBox = () => h('div', { class: 'problem', role: 'alert', hidden: true });
