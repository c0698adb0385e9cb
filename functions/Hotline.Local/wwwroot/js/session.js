// Who is signed in. The API key lives in sessionStorage: it is gone when the tab closes and never leaves this origin.
const STORAGE_KEY = 'hotline.console.session';

function load() {
  try {
    return JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null');
  } catch {
    return null;
  }
}

export const session = {
  get current() { return load(); },
  get key() { return load()?.key ?? null; },
  /** { key, staffId?, name?, roles[] } */
  save(value) { sessionStorage.setItem(STORAGE_KEY, JSON.stringify(value)); },
  clear() { sessionStorage.removeItem(STORAGE_KEY); },
  has(role) { return (load()?.roles ?? []).includes(role); },
};
