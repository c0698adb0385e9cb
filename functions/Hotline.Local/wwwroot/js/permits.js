// 放行通知单 (R-SV-1, 001 篇4): the profile's permits with the security copies overdue for hand-back, the service centre's
// issue form (POST /api/permits), the guard's gate decision (POST /api/permits/gate) and the hand-back of security's copy.
// Who may read is decided by the server (the service centre, security, manager, quality office, admins): on 403 the
// section stays empty. The console cannot see the profile's security unit, so the gate form is offered to readers whose
// roles do not explain their access — the security unit's guards; the server refuses anyone else.
import { api, get } from './api.js';
import { bi, formBody, h, show } from './dom.js';
import { field, problemBox } from './forms.js';
import { localTime } from './labels.js';
import { attempt, clearProblem, showProblem } from './problems.js';
import { session } from './session.js';

const ISSUERS = ['agent', 'manager'];
const READ_BY_ROLE = ['agent', 'manager', 'quality-office', 'admin'];
export const APPLICANT_ZH = { owner: '业主本人', 'registered-family': '登记在册的家属', other: '其他人（凭授权委托书）' };
const yesNo = v => (v ? '是' : '否');

/** Renders the permits section; returns its reload. */
export function renderPermits(container, ctx, profile) {
  const box = problemBox();
  const rows = h('tbody');
  const gateResult = h('div', { id: 'gate-result', role: 'status' });
  const issuer = ISSUERS.some(r => session.has(r));
  const guard = !READ_BY_ROLE.some(r => session.has(r));
  const gate = guard ? gateForm(profile, gateResult) : null;

  async function load() {
    clearProblem(box);
    const list = await get(`/api/permits?profile=${encodeURIComponent(profile)}`).catch(error => {
      // Not one of the permits' readers: the section is not theirs.
      if (error.status === 403) container.replaceChildren();
      else showProblem(box, error);
      return null;
    });
    if (!list) return;

    show(rows, list.items.length ? list.items.map(p => h('tr', { 'data-permit-id': p.id, class: p.handBackOverdue ? 'overdue' : null },
      h('td', null, h('code', null, p.id)), h('td', null, p.unit), h('td', { class: 'items' }, p.items),
      h('td', null, yesNo(p.valuableOrLarge)), h('td', null, `${APPLICANT_ZH[p.applicant] ?? p.applicant} ${p.applicantName}`),
      h('td', null, p.releasesValuables ? '可放行贵重/大件' : '仅一般物品'), h('td', null, localTime(p.issuedUtc)),
      h('td', { class: 'hand-back' }, p.securityCopyFiledUtc ? `已交回 ${localTime(p.securityCopyFiledUtc)}`
        : h('span', { class: p.handBackOverdue ? 'warn-text' : 'muted' }, `${p.handBackOverdue ? '逾期未交回' : '待交回'}（${localTime(p.handBackDueUtc)} 前）`)),
      h('td', null,
        !p.securityCopyFiledUtc && (issuer || guard) ? h('button', { type: 'button', 'data-hand-back': p.id, onclick: () => handBack(p.id) }, '交回存档 ', h('small', { class: 'en' }, 'Hand back')) : null,
        gate ? h('button', { type: 'button', 'data-gate': p.id, onclick: () => { gate.elements.permitId.value = p.id; } }, '门岗核验 ', h('small', { class: 'en' }, 'Gate')) : null)))
      : h('tr', null, h('td', { colspan: 9, class: 'muted' }, '暂无放行通知单')));
  }

  async function handBack(id) {
    if (await attempt(box, null, () => api('POST', `/api/permits/${encodeURIComponent(id)}/hand-back`))) await load();
  }

  show(container, h('h3', null, bi('物品放行通知单', 'Release permits (R-SV-1)')),
    issuer ? issueForm(profile, load) : null, gate, gateResult, box,
    h('table', { class: 'staff', id: 'permit-list' },
      h('thead', null, h('tr', null, ['编号', '房号/单元', '搬出物品', '贵重/大件', '申请人', '放行范围', '签发时间', '保安联', ''].map(t => h('th', null, t)))), rows));
  load();
  return load;
}

/** The receptionist's checks (§4.3); the authorisation (授权委托书) only when someone other than the owner's household comes. */
function issueForm(profile, done) {
  const box = problemBox();
  const auth = h('fieldset', { class: 'wide group', hidden: true }, h('legend', null, bi('授权委托书', 'authorisation')),
    field({ name: 'authorisation.signedByOwner', zh: '业主亲笔签名', type: 'checkbox' }),
    field({ name: 'authorisation.ownerIdCopyAttached', zh: '附业主身份证复印件', type: 'checkbox' }),
    field({ name: 'authorisation.authorisedPerson', zh: '被授权人', en: 'authorised person' }),
    field({ name: 'authorisation.forDate', zh: '授权日期', en: 'for date', type: 'date' }),
    field({ name: 'authorisation.itemsNamed', zh: '授权物品', en: 'items named' }),
    h('small', { class: 'field-error wide', 'data-error-for': 'authorisation', role: 'alert' }));
  const applicant = field({ name: 'applicant', zh: '申请人身份', en: 'applicant', options: APPLICANT_ZH, value: 'owner' });
  applicant.querySelector('select').addEventListener('change', e => { auth.hidden = e.target.value !== 'other'; });
  const form = h('form', { class: 'signal-form form-grid', id: 'permit-issue-form', novalidate: true },
    h('h4', { class: 'wide' }, bi('开具放行通知单', 'issue a permit')),
    field({ name: 'unit', zh: '房号/单元', en: 'unit', placeholder: '5栋1201' }),
    field({ name: 'items', zh: '搬出物品', en: 'items', wide: true }),
    applicant,
    field({ name: 'applicantName', zh: '申请人姓名', en: 'applicant name' }),
    field({ name: 'valuableOrLarge', zh: '贵重或大件物品', type: 'checkbox' }),
    field({ name: 'idShown', zh: '已出示有效身份证件', type: 'checkbox' }),
    field({ name: 'signedByApplicant', zh: '申请人已签名', type: 'checkbox' }),
    auth,
    h('div', { class: 'wide actions' }, h('button', { type: 'submit', class: 'primary' }, '开具 ', h('small', { class: 'en' }, 'Issue'))),
    h('div', { class: 'wide' }, box));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const saved = await attempt(box, form, () => api('POST', '/api/permits', { ...formBody(form), profile }));
    if (saved) {
      form.reset();
      auth.hidden = true;
      await done();
    }
  });
  return form;
}

/** The guard's question at the gate (§4.1–4.2): nothing is stored; the answer shows beside the form. */
function gateForm(profile, result) {
  const box = problemBox();
  const form = h('form', { class: 'signal-form form-grid', id: 'permit-gate-form', novalidate: true },
    h('h4', { class: 'wide' }, bi('门岗放行核验', 'gate decision')),
    field({ name: 'permitId', zh: '放行通知单编号（无则不填）', en: 'permit id' }),
    field({ name: 'guardConfirmsOwner', zh: '保安认识业主本人', type: 'checkbox' }),
    field({ name: 'valuableOrLarge', zh: '贵重或大件物品', type: 'checkbox' }),
    h('div', { class: 'wide actions' }, h('button', { type: 'submit', class: 'primary' }, '核验 ', h('small', { class: 'en' }, 'Decide'))),
    h('div', { class: 'wide' }, box));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    result.replaceChildren();
    const answer = await attempt(box, form, () => api('POST', '/api/permits/gate', { ...formBody(form), profile }));
    if (answer) {
      show(result, h('p', { class: answer.released ? 'gate-released' : 'warn-text' },
        h('strong', null, answer.released ? '放行' : '不放行'), ' ', h('small', { class: 'en' }, answer.reason)));
    }
  });
  return form;
}
