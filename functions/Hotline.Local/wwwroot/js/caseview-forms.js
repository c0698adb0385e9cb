// The case's own forms (issue 11 item 1; served by /api/cases/{id}/forms/{form}): 处理档案, 跟进情况表, 回访表 — to print
// or download. Caller data on them is the server's decision (R-PV-1: shown only to staff with a part in the case).
import { bi, h } from './dom.js';
import { formLinks } from './downloads.js';
import { problemBox } from './forms.js';

const CASE_FORMS = [['processing-file', '处理档案'], ['follow-up-table', '跟进情况表'], ['revisit-form', '回访表']];

export function caseForms(view) {
  const box = problemBox();
  const base = `/api/cases/${encodeURIComponent(view.id)}/forms`;
  return h('div', { class: 'case-forms', id: 'case-forms' },
    h('span', { class: 'muted' }, bi('表单', 'forms'), '：'),
    CASE_FORMS.map(([code, title]) => formLinks(code, title, format => `${base}/${code}?format=${format}`, `${title}-${view.id}`, box)),
    box);
}
