// Staff are shown by name, their id only as a tooltip. The server sends names where it can (assigneeName, byName …);
// otherwise the directory the console loaded at sign-in (GET /api/staff) names them, and failing that the id is shown.
import { h } from './dom.js';

/** The name for staff id {id}: the one the server sent, else the directory's, else the id itself. */
export function staffName(ctx, id, name) {
  if (name) return name;
  if (!id) return null;
  return ctx?.staff?.find(s => s.id === id)?.name ?? id;
}

/** A person as a span: the name, the id in the tooltip (title) and in data-staff-id for tests and copy. */
export function person(ctx, id, name, fallback = '—') {
  if (!id && !name) return fallback;
  return h('span', { class: 'person', title: id ?? null, 'data-staff-id': id ?? null }, staffName(ctx, id, name));
}
