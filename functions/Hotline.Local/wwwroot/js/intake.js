// 受理登记: record a call (R-IN-1) and decide whether to open a case (R-IN-2) or answer it on the spot (R-IN-3).
import { post } from './api.js';
import { bi, formBody, h } from './dom.js';
import { field, problemBox } from './forms.js';
import { CATEGORY, CHANNEL, DECISION, REASON, URGENCY } from './labels.js';
import { feeGroup, firstQuestionGroup, identityOptional, upstreamGroup } from './intake-sections.js';
import { callerHistory } from './caller-history.js';
import { attempt } from './problems.js';
import { categoryOf, profiles } from './profiles.js';
import { session } from './session.js';

const codes = table => Object.entries(table).map(([code, zh]) => [code, `${zh} · ${code}`]);

export function renderIntake(container, ctx) {
  const box = problemBox();
  const reason = field({ name: 'reason', zh: '立项理由', en: 'reason (R-IN-2)', options: codes(REASON) });
  const decision = field({ name: 'decision', zh: '处理方式', en: 'decision', options: DECISION, value: 'open' });
  const category = field({ name: 'category', zh: '类别', en: 'category', options: codes(CATEGORY), value: 'repair' });
  const profile = field({ name: 'profile', zh: '业务规程', en: 'profile', options: [] });
  profile.hidden = true;
  // R-DS-8: a 12319 complaint about a second-level linked unit names the unit; shown only for that category.
  const linkedUnit = field({ name: 'linkedUnit', zh: '被投诉的联动单位', en: 'linked unit (R-DS-8)', options: [], blank: '请选择' });
  linkedUnit.hidden = true;
  const channel = field({ name: 'channel', zh: '来源', en: 'channel', options: codes(CHANNEL), value: 'phone' });
  const fee = feeGroup();
  const upstream = upstreamGroup();
  const pastCalls = callerHistory(ctx);
  const submit = h('button', { type: 'submit', class: 'primary' }, '提交受理 ', h('small', { class: 'en' }, 'Submit'));
  // One key per filled-in form: a double click or a retry after a timeout files the call once.
  let idempotencyKey = crypto.randomUUID();

  const form = h('form', { class: 'card form-grid', id: 'intake-form', novalidate: true },
    h('h2', { class: 'wide' }, bi('受理登记', 'Intake')),
    h('fieldset', { class: 'wide group' },
      h('legend', null, bi('来电人', 'Caller')),
      field({ name: 'caller.name', zh: '姓名', en: 'name' }),
      field({ name: 'caller.phone', zh: '电话', en: 'phone', type: 'tel', placeholder: '139 1234 5678' }),
      field({ name: 'caller.address', zh: '地址/房号', en: 'address', placeholder: '3栋1201' }),
      field({ name: 'caller.property', zh: '楼盘/园区', en: 'property' }),
      // R-IN-8: a report without name or phone (举报) is filed as anonymous.
      field({ name: 'anonymous', zh: '匿名举报（可不留姓名电话）', en: 'anonymous (R-IN-8)', type: 'checkbox' })),
    pastCalls.panel,
    channel,
    profile,
    category,
    linkedUnit,
    upstream,
    field({ name: 'urgency', zh: '紧急程度', en: 'urgency', options: codes(URGENCY), value: 'normal' }),
    field({ name: 'receivedBy', zh: '首问责任人', en: 'received by', value: session.current?.staffId ?? '' }),
    field({ name: 'summary', zh: '诉求摘要', en: 'summary', wide: true }),
    field({ name: 'details', zh: '详细内容', en: 'details', multiline: true, wide: true }),
    firstQuestionGroup(),
    fee,
    decision, reason,
    h('div', { class: 'wide actions' }, submit),
    h('div', { class: 'wide' }, box));

  const decisionSelect = decision.querySelector('select');
  decisionSelect.addEventListener('change', () => { reason.hidden = decisionSelect.value !== 'open'; });
  const channelSelect = channel.querySelector('select');
  const showUpstream = () => { upstream.hidden = channelSelect.value !== 'upstream'; };
  channelSelect.addEventListener('change', showUpstream);
  pastCalls.watch(form.elements['caller.phone']);
  // R-IN-8: say when name and phone may be left out (anonymous, found by staff, upstream item).
  identityOptional(form);

  form.addEventListener('submit', async event => {
    event.preventDefault();
    submit.disabled = true;
    const created = await attempt(box, form, () => post('/api/cases', formBody(form), { headers: { 'Idempotency-Key': idempotencyKey } }));
    submit.disabled = false;
    if (created) {
      idempotencyKey = crypto.randomUUID();
      form.reset();
      pastCalls.reset();
      reason.hidden = false;
      showUpstream();
      // The profile and category keep their values; the blocks they show stay as they are.
      for (const select of [profile, category]) select.querySelector('select').dispatchEvent(new Event('change'));
      ctx.openCase(created.id, `已受理 ${created.id}`);
    }
  });

  container.replaceChildren(form);
  loadProfiles(profile.querySelector('select'), category.querySelector('select'), linkedUnit, fee)
    .then(() => { profile.hidden = false; }, () => {});
}

/**
 * The deployment's profiles and their categories (GET /api/profiles); the default profile is preselected. The chosen
 * category decides the extra fields: the linked unit (R-DS-8) and a paid service's fee (R-FU-9).
 */
async function loadProfiles(profileSelect, categorySelect, linkedUnit, fee) {
  const all = await profiles();
  const unitSelect = linkedUnit.querySelector('select');
  const showCategoryFields = () => {
    const p = all.find(x => x.id === profileSelect.value);
    linkedUnit.hidden = !p?.linkedUnitCategory || categorySelect.value !== p.linkedUnitCategory;
    const keep = unitSelect.value;
    unitSelect.replaceChildren(h('option', { value: '' }, '请选择'), ...(p?.linkedUnits ?? []).map(u => h('option', { value: u }, u)));
    unitSelect.value = keep;
    fee.hidden = !categoryOf(p, categorySelect.value)?.paid;
  };
  categorySelect.addEventListener('change', showCategoryFields);
  const fill = p => {
    const keep = categorySelect.value;
    categorySelect.replaceChildren(...p.categories.map(c => h('option', { value: c.code }, `${c.name}${c.paid ? '（有偿）' : ''} · ${c.code}`)));
    if (p.categories.some(c => c.code === keep)) {
      categorySelect.value = keep;
    }
    showCategoryFields();
  };
  profileSelect.replaceChildren(...all.map(p => h('option', { value: p.id }, `${p.name} · ${p.id}`)));
  const chosen = all.find(p => p.isDefault) ?? all[0];
  profileSelect.value = chosen.id;
  fill(chosen);
  profileSelect.addEventListener('change', () => fill(all.find(p => p.id === profileSelect.value)));
}
