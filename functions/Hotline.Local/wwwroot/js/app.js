// The console's shell: sign-in with an API key, the tabs, and the context the views share.
import { get } from './api.js';
import { renderCase } from './caseview.js';
import { renderCases } from './cases.js';
import { renderClock } from './clock.js';
import { h, show } from './dom.js';
import { renderIntake } from './intake.js';
import { renderQueue } from './queue.js';
import { renderReports } from './reports.js';
import { renderSearch, searchForm } from './search.js';
import { renderStaffAdmin } from './staff-admin.js';
import { maySeeSurveysPermits, renderSurveysPermits } from './surveys.js';
import { attempt } from './problems.js';
import { session } from './session.js';
import { renderSimulator } from './simulator.js';

const $ = selector => document.querySelector(selector);
const DEMO_PROBE_KEY = 'demo-agent1';
const LANDS_ON_QUEUE = ['agent', 'recorder', 'responsible', 'supervisor'];

const ctx = {
  staff: [],
  /** Reloads what the main area shows, after something outside it (an SMS reply, the clock) changed the cases. */
  refresh: async () => {},
  openCase(id, notice) {
    activate(null);
    ctx.refresh = renderCase($('#main'), ctx, id, notice);
  },
  search(text) {
    activate(null);
    ctx.refresh = renderSearch($('#main'), ctx, text);
  },
  showTab(tab) {
    activate(tab);
    if (tab === 'intake') {
      renderIntake($('#main'), ctx);
      ctx.refresh = async () => {};
    } else if (tab === 'reports') {
      ctx.refresh = renderReports($('#main'), ctx);
    } else if (tab === 'queue') {
      ctx.refresh = renderQueue($('#main'), ctx);
    } else if (tab === 'surveys') {
      ctx.refresh = renderSurveysPermits($('#main'), ctx);
    } else if (tab === 'staff' && session.has('admin')) {
      ctx.refresh = renderStaffAdmin($('#main'), ctx);
    } else {
      ctx.refresh = renderCases($('#main'), ctx);
    }
  },
};
let stopSimulator = () => {};

function activate(tab) {
  for (const button of document.querySelectorAll('[data-tab]')) button.setAttribute('aria-selected', String(button.dataset.tab === tab));
}

/** The demo seed's keys are "demo-{id}" (printed at start-up); offer them only when the host really runs that seed. */
async function offerDemoKeys() {
  try {
    const staff = await get('/api/staff', { key: DEMO_PROBE_KEY });
    const select = $('#signin-demo');
    select.append(...staff.map(s => h('option', { value: `demo-${s.id}` }, `${s.name} · ${s.id}`)));
    $('#signin-demo-field').hidden = false;
  } catch {
    // Not the demo seed: staff paste the key they were given.
  }
}

async function signIn(event) {
  event.preventDefault();
  const form = event.currentTarget;
  const key = form.elements.key.value.trim() || form.elements.demo.value;
  const staff = await attempt($('#signin-problem'), form, () => get('/api/staff', { key }));
  if (!staff) return;
  const staffId = form.elements.staffId.value.trim() || (key.startsWith('demo-') ? key.slice(5) : '');
  const me = staff.find(s => s.id === staffId);
  session.save({ key, staffId: me?.id ?? (staffId || null), name: me?.name ?? null, roles: me?.roles ?? [] });
  form.reset();
  enter(staff);
}

function enter(staff) {
  ctx.staff = staff;
  const me = session.current;
  show($('#who'),
    h('span', { id: 'who-name' }, me.name ?? me.staffId ?? '已登录'),
    me.roles.length ? h('small', { class: 'en' }, ` ${me.roles.join(', ')}`) : null,
    h('button', { type: 'button', id: 'signout', onclick: signOut }, '退出 ', h('small', { class: 'en' }, 'Sign out')));
  $('#signin').hidden = true;
  $('#workspace').hidden = false;
  stopSimulator = renderSimulator($('#sim'), ctx);
  const clock = $('#clock');
  clock.hidden = !session.has('admin');
  if (!clock.hidden) renderClock(clock, ctx);
  else clock.replaceChildren();
  $('[data-tab=staff]').hidden = !session.has('admin');
  $('[data-tab=surveys]').hidden = true;
  maySeeSurveysPermits().then(may => { $('[data-tab=surveys]').hidden = !may; });
  show($('#search-slot'), searchForm(text => ctx.search(text))).hidden = false;
  // Agents and field staff start a shift on what waits for them; the others on the whole list.
  ctx.showTab(LANDS_ON_QUEUE.some(role => session.has(role)) ? 'queue' : 'cases');
}

function signOut() {
  stopSimulator();
  session.clear();
  show($('#who'));
  show($('#search-slot')).hidden = true;
  $('#main').replaceChildren();
  $('#workspace').hidden = true;
  $('#signin').hidden = false;
}

async function start() {
  $('#signin-form').addEventListener('submit', signIn);
  for (const button of document.querySelectorAll('[data-tab]')) button.addEventListener('click', () => ctx.showTab(button.dataset.tab));
  offerDemoKeys();
  if (session.key) {
    // A key from earlier in this tab: check it still works before showing anything.
    const staff = await get('/api/staff').catch(() => null);
    if (staff) return enter(staff);
    session.clear();
  }

  $('#signin').hidden = false;
}

start();
