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

/**
 * A ledger text with the staff ids in it ("短信通知 mgr：紧急通知", "首问责任人 agent1") shown with names, the id as the
 * tooltip. Only whole tokens that are ids in the directory are replaced, so units ("security") and slip numbers stay.
 */
export function withNames(ctx, text) {
  if (!text || !ctx?.staff?.length) return text;
  const ids = new Set(ctx.staff.map(s => s.id));
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(/[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/g)) {
    const id = match[0];
    if (!ids.has(id)) continue;
    parts.push(text.slice(last, match.index), person(ctx, id));
    last = match.index + id.length;
  }

  return parts.length ? [...parts, text.slice(last)] : text;
}
