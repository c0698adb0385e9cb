// 员工管理 (admins): the directory (GET /api/staff), and one form to add or change a staff member — name, phone, roles,
// unit, manager, on duty — with PUT /api/staff/{id}. Issuing a new API key (issueApiKey) returns it once: it is shown
// once, with a copy button and a warning, and never again (the server keeps only its hash).
import { api, get } from './api.js';
import { bi, h, show } from './dom.js';
import { field, problemBox } from './forms.js';
import { attempt } from './problems.js';

export const ROLE_ZH = {
  agent: '调度员/热线专员', recorder: '登记员', responsible: '实施责任人', supervisor: '主管/班长', manager: '经理/负责人',
  'deputy-general-manager': '主管副总', 'general-manager': '总经理', 'quality-office': '全质办', coordinator: '客服主管（协调）',
  upstream: '上级督办', admin: '系统管理员',
};

export function renderStaffAdmin(container, ctx) {
  const box = problemBox();
  const rows = h('tbody');
  const editor = h('div', { id: 'staff-editor' });
  const keyArea = h('div', { id: 'staff-key' });

  async function load() {
    const staff = await attempt(box, null, () => get('/api/staff'));
    if (!staff) return;
    ctx.staff = staff;
    const name = id => staff.find(s => s.id === id)?.name ?? id;
    show(rows, staff.map(s => h('tr', { 'data-staff-id': s.id },
      h('td', null, h('code', null, s.id)), h('td', null, s.name), h('td', null, s.phone),
      h('td', null, s.roles.map(r => ROLE_ZH[r] ?? r).join('、')), h('td', null, s.unit),
      h('td', null, s.manager ? h('span', { title: s.manager }, name(s.manager)) : '—'),
      h('td', null, s.onDuty ? '在岗' : h('span', { class: 'muted' }, '不在岗')),
      h('td', null, h('button', { type: 'button', 'data-edit': s.id, onclick: () => edit(s, staff) }, '编辑 ', h('small', { class: 'en' }, 'Edit'))))));
  }

  function edit(member, staff) {
    keyArea.replaceChildren();
    editor.replaceChildren(staffForm(member, staff, async issued => {
      editor.replaceChildren();
      if (issued) keyArea.replaceChildren(keyOnce(issued));
      await load();
    }));
    editor.querySelector('input')?.focus();
  }

  container.replaceChildren(h('section', { class: 'card', id: 'staff-admin' },
    h('h2', null, bi('员工管理', 'Staff')),
    h('div', { class: 'toolbar' }, h('button', { type: 'button', id: 'staff-new', class: 'primary', onclick: () => edit(null, ctx.staff) }, '新增员工 ', h('small', { class: 'en' }, 'New'))),
    keyArea, editor, box,
    h('table', { class: 'staff', id: 'staff-list' },
      h('thead', null, h('tr', null, ['工号', '姓名', '手机', '角色', '部门', '上级', '在岗', ''].map(t => h('th', null, t)))),
      rows)));
  load();
  return load;
}

/** The add/edit form; done({ id, name, apiKey }) when a key was issued, done(null) otherwise. */
function staffForm(member, staff, done) {
  const box = problemBox();
  const isNew = !member;
  const form = h('form', { class: 'signal-form form-grid', id: 'staff-form', novalidate: true },
    h('h3', { class: 'wide' }, isNew ? bi('新增员工', 'new staff member') : bi(`编辑：${member.name}`, member.id)),
    isNew ? field({ name: 'id', zh: '工号', en: 'staff id', placeholder: 'repair-2' }) : null,
    field({ name: 'name', zh: '姓名', en: 'name', value: member?.name }),
    field({ name: 'phone', zh: '手机号', en: 'phone', type: 'tel', value: member?.phone }),
    field({ name: 'unit', zh: '部门', en: 'unit', value: member?.unit }),
    field({ name: 'manager', zh: '上级', en: 'manager', blank: '（无）', value: member?.manager ?? '',
      options: staff.filter(s => s.id !== member?.id).map(s => [s.id, `${s.name} · ${s.id}`]) }),
    h('fieldset', { class: 'wide group roles' }, h('legend', null, bi('角色', 'roles')),
      Object.entries(ROLE_ZH).map(([code, zh]) => h('label', { class: 'check' },
        h('input', { type: 'checkbox', 'data-role': code, checked: member?.roles.includes(code) ? true : null }), ` ${zh}`, h('small', { class: 'en' }, code))),
      h('small', { class: 'field-error wide', 'data-error-for': 'roles', role: 'alert' })),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'onDuty', checked: member ? (member.onDuty ? true : null) : true }), bi('在岗', 'on duty')),
    isNew ? h('p', { class: 'muted wide' }, '新员工保存后会签发 API 密钥，只显示一次。') : h('label', { class: 'check' },
      h('input', { type: 'checkbox', name: 'issueApiKey' }), bi('重新签发 API 密钥（旧密钥立即失效）', 'rotate API key')),
    h('div', { class: 'wide actions' },
      h('button', { type: 'submit', class: 'primary' }, '保存 ', h('small', { class: 'en' }, 'Save')),
      h('button', { type: 'button', onclick: () => form.remove() }, '取消 ', h('small', { class: 'en' }, 'Cancel'))),
    h('div', { class: 'wide' }, box));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const el = form.elements;
    const id = isNew ? el.id.value.trim() : member.id;
    const body = {
      name: el.name.value.trim(), phone: el.phone.value.trim(), unit: el.unit.value.trim(), manager: el.manager.value || null,
      roles: [...form.querySelectorAll('[data-role]:checked')].map(c => c.dataset.role), onDuty: el.onDuty.checked,
      issueApiKey: !isNew && el.issueApiKey.checked,
    };
    if (isNew && !id) {
      form.querySelector('[data-error-for=id]').textContent = '请填写工号';
      el.id.setAttribute('aria-invalid', 'true');
      return;
    }

    const saved = await attempt(box, form, () => api('PUT', `/api/staff/${encodeURIComponent(id)}`, body));
    if (saved) await done(saved.apiKey ? saved : null);
  });
  return form;
}

/** The new key, shown this once: copy it now; it cannot be looked up again. */
function keyOnce(saved) {
  const input = h('input', { id: 'issued-key', readonly: true, value: saved.apiKey, 'aria-label': 'API 密钥' });
  const copied = h('span', { class: 'muted', role: 'status' });
  const copy = async () => {
    input.select();
    try {
      await navigator.clipboard.writeText(saved.apiKey);
    } catch {
      document.execCommand('copy');
    }
    copied.textContent = ' 已复制';
  };
  return h('div', { class: 'key-once', role: 'alert' },
    h('strong', null, `${saved.name}（${saved.id}）的新 API 密钥`),
    h('p', { class: 'warn-text' }, '⚠ 此密钥只显示这一次：请立即复制并当面交给本人。关闭或刷新页面后无法再查看；如遗失，只能重新签发。',
      h('small', { class: 'en' }, 'Shown once; the server keeps only its hash.')),
    h('div', { class: 'send' }, input, h('button', { type: 'button', id: 'copy-key', onclick: copy }, '复制 ', h('small', { class: 'en' }, 'Copy')), copied),
    h('button', { type: 'button', onclick: e => e.currentTarget.parentElement.remove() }, '我已保存，关闭 ', h('small', { class: 'en' }, 'Done')));
}
