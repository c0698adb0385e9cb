// The deployment's profiles (GET /api/profiles), fetched once per page: intake shows the categories' extra fields
// (paid service, linked unit) and the case view offers the records a profile keeps (revisit after closure, R-RP-10/11).
import { get } from './api.js';

let pending = null;

/** The profiles; a failed load is retried on the next call. */
export function profiles() {
  pending ??= get('/api/profiles').catch(error => {
    pending = null;
    throw error;
  });
  return pending;
}

/** Profile {id}, or undefined when it is not (or not yet) known. */
export async function profile(id) {
  try {
    return (await profiles()).find(p => p.id === id);
  } catch {
    return undefined;
  }
}

/** The category {code} of profile p. */
export const categoryOf = (p, code) => p?.categories.find(c => c.code === code);
