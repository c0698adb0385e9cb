// The intake form's groups that depend on the call: what the first-question owner read back and told the caller
// (R-IN-9), a paid service's fee and the owner's consent (R-FU-9), a supervision item's number (R-IN-6).
import { bi, h } from './dom.js';
import { field } from './forms.js';

/** 首问责任: always shown; every field optional, what the owner did at the first contact (004 §4.5–4.6). */
export const firstQuestionGroup = () => h('fieldset', { class: 'wide group', id: 'intake-first-question' },
  h('legend', null, bi('首问责任', 'first question (R-IN-9)')),
  field({ name: 'readBack', zh: '复述确认', en: 'read back to the caller', multiline: true, wide: true }),
  field({ name: 'toldProcedure', zh: '告知办理流程', en: 'procedure told', wide: true }),
  field({ name: 'toldExpectedUtc', zh: '告知预计时间（北京时间）', en: 'expected time told', type: 'datetime' }));

/** 有偿服务: shown only for a paid category; the work starts only once the owner agreed to the fee. */
export const feeGroup = () => h('fieldset', { class: 'wide group', id: 'intake-fee', hidden: true },
  h('legend', null, bi('有偿服务收费', 'paid service fee (R-FU-9)')),
  field({ name: 'fee.amount', zh: '告知收费标准', en: 'fee told from the price list', placeholder: '按价目表：50元/次' }),
  field({ name: 'fee.agreed', zh: '业主认可收费', en: 'owner agreed to the fee', type: 'checkbox' }));

/** 督办件: shown only for channel 'upstream'; the item's number, area and the upstream office's deadline. */
export const upstreamGroup = () => h('fieldset', { class: 'wide group', id: 'intake-upstream', hidden: true },
  h('legend', null, bi('上级督办件', 'supervision item (R-IN-6)')),
  field({ name: 'upstream.number', zh: '督办件编号', en: 'item number' }),
  field({ name: 'upstream.area', zh: '区域', en: 'area' }),
  field({ name: 'upstream.dueUtc', zh: '上级规定期限（北京时间，可空）', en: 'upstream deadline (optional)', type: 'datetime' }));

/**
 * R-IN-8: an anonymous report, an item found by staff (channel 内部发现 or reason B) or an upstream item may come
 * without the caller's name and phone; their labels then say 可不填. The server decides in the end (IntakeValidator).
 */
export function identityOptional(form) {
  const el = form.elements;
  const update = () => {
    const optional = el.anonymous.checked || ['internal', 'upstream'].includes(el.channel.value) || el.reason?.value === 'found-by-staff';
    for (const name of ['caller.name', 'caller.phone']) {
      const label = form.querySelector(`label[for="${el[name].id}"]`);
      let hint = label.querySelector('.optional');
      if (optional && !hint) label.append(hint = h('span', { class: 'optional muted' }, '（可不填）'));
      else if (!optional) hint?.remove();
    }
  };
  for (const name of ['anonymous', 'channel', 'reason']) el[name]?.addEventListener('change', update);
  form.addEventListener('reset', () => setTimeout(update));
  update();
}
