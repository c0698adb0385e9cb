// 调查与放行 (R-RV-7, R-SV-1): the profile's satisfaction surveys — the list (period, areas recorded, status) and the
// manager's plan form (POST /api/surveys) — and, below, its release permits (permits.js). Each section is shown to the
// roles its API admits (SurveyHandlers.Readers; PermitHandlers.CanRead); the server still decides every request.
import { api, get } from './api.js';
import { bi, formBody, h, show } from './dom.js';
import { field, problemBox } from './forms.js';
import { renderPermits } from './permits.js';
import { attempt } from './problems.js';
import { profiles } from './profiles.js';
import { session } from './session.js';

/** Who reads surveys (SurveyHandlers.Readers); the manager alone plans one (R-RV-7, 001 篇3 §2.3). */
export const SURVEY_READERS = ['manager', 'agent', 'supervisor', 'quality-office', 'admin'];
const PARK = 'park-dispatch';

/** The 14 service areas a ballot asks about (Domain/Kpi/ServiceAreas.cs, 001 篇3 附表). */
export const AREA_ZH = {
  ServiceAndComplaints: 'A 服务、投诉处理', Equipment: 'B 设备管理', BuildingMaintenance: 'C 房屋维修保养', Security: 'D 安全保卫',
  FireAndDisasterPrevention: 'E 消防、防灾', Cleaning: 'F 清洁卫生', GreeningAndEnvironment: 'G 绿化、环境保护', Parking: 'H 停车场管理',
  ClubhouseAndAmenities: 'I 会所及娱乐设施', StaffEfficiency: 'J 员工工作效率', StaffAttitude: 'K 员工服务态度',
  ManagerConduct: 'L 管理人员文明程度', Overall: 'M 综合评议', Other: 'N 其他',
};

/**
 * Whether the tab is offered: survey readers and the permits' readers by role; anyone else (the security unit's guards,
 * whose unit the console cannot see) when the server lets them list a profile's permits.
 */
export async function maySeeSurveysPermits() {
  if (SURVEY_READERS.some(r => session.has(r))) return true;
  for (const p of await profiles().catch(() => [])) {
    if (await get(`/api/permits?profile=${encodeURIComponent(p.id)}`).then(() => true, () => false)) return true;
  }

  return false;
}

export function renderSurveysPermits(container, ctx) {
  const profileSelect = h('select', { id: 'sp-profile', 'aria-label': '业务规程' });
  const surveys = h('div', { id: 'surveys-slot' });
  const permits = h('div', { id: 'permits-slot' });
  let reloadPermits = async () => {};

  async function load() {
    const profile = profileSelect.value;
    if (SURVEY_READERS.some(r => session.has(r))) renderSurveys(surveys, profile);
    reloadPermits = renderPermits(permits, ctx, profile);
  }

  container.replaceChildren(h('section', { class: 'card', id: 'surveys-permits' },
    h('h2', null, bi('调查与放行', 'Surveys & permits')),
    h('div', { class: 'toolbar' }, h('label', null, bi('业务规程', 'profile'), ' ', profileSelect)),
    surveys, permits));
  profiles().then(list => {
    show(profileSelect, list.map(p => h('option', { value: p.id }, `${p.name ?? p.id} · ${p.id}`)));
    profileSelect.value = list.some(p => p.id === PARK) ? PARK : list[0]?.id ?? '';
    profileSelect.addEventListener('change', load);
    load();
  }).catch(() => load());
  return async () => {
    if (SURVEY_READERS.some(r => session.has(r))) renderSurveys(surveys, profileSelect.value);
    await reloadPermits();
  };
}

function renderSurveys(container, profile) {
  const box = problemBox();
  const rows = h('tbody');

  async function load() {
    const list = await attempt(box, null, () => get(`/api/surveys?profile=${encodeURIComponent(profile)}`));
    if (!list) return;
    show(rows, list.length ? list.map(s => h('tr', { 'data-survey-id': s.id },
      h('td', null, h('code', null, s.id)), h('td', { class: 'period' }, `${s.from} 至 ${s.to}`),
      h('td', null, `${s.areasRecorded}/${s.areas} 个方面已录入`), h('td', null, s.samples),
      h('td', null, s.overallPercent == null ? '—' : `${s.overallPercent}%`),
      h('td', { class: 'status' }, s.complete ? '已出报告' : h('span', { class: 'muted' }, '进行中'))))
      : h('tr', null, h('td', { colspan: 6, class: 'muted' }, '暂无满意度调查')));
  }

  show(container, h('h3', null, bi('满意度调查', 'Satisfaction surveys (R-RV-7)')),
    session.has('manager') ? planForm(profile, load) : null, box,
    h('table', { class: 'staff', id: 'survey-list' },
      h('thead', null, h('tr', null, ['编号', '调查期间', '服务方面', '抽样回访', '综合满意率', '状态'].map(t => h('th', null, t)))), rows));
  load();
}

/** The manager's plan: period and the areas the ballot asks about. Errors show at from / to / areas. */
function planForm(profile, done) {
  const box = problemBox();
  const form = h('form', { class: 'signal-form form-grid', id: 'survey-plan-form', novalidate: true },
    h('h4', { class: 'wide' }, bi('计划调查', 'plan a survey')),
    field({ name: 'from', zh: '开始日期', en: 'from', type: 'date' }),
    field({ name: 'to', zh: '结束日期', en: 'to', type: 'date' }),
    h('fieldset', { class: 'wide group roles' }, h('legend', null, bi('调查的服务方面', 'areas')),
      Object.entries(AREA_ZH).map(([code, zh]) => h('label', { class: 'check' },
        h('input', { type: 'checkbox', 'data-area': code, checked: code === 'Overall' ? true : null }), ` ${zh}`)),
      h('small', { class: 'field-error wide', 'data-error-for': 'areas', role: 'alert' })),
    h('div', { class: 'wide actions' }, h('button', { type: 'submit', class: 'primary' }, '计划 ', h('small', { class: 'en' }, 'Plan'))),
    h('div', { class: 'wide' }, box));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const body = { ...formBody(form), profile, areas: [...form.querySelectorAll('[data-area]:checked')].map(c => c.dataset.area) };
    const saved = await attempt(box, form, () => api('POST', '/api/surveys', body));
    if (saved) await done();
  });
  return form;
}
