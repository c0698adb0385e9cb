// The one place that talks HTTP. Every API error is application/problem+json; it becomes an ApiError that keeps the
// field errors (400), the rule (409) and Retry-After (503) so views can show them where they belong.
import { session } from './session.js';

export class ApiError extends Error {
  constructor(status, problem, retryAfter) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
    this.retryAfter = retryAfter;
  }

  /** { "caller.phone": ["…"] } for validation problems, empty otherwise. */
  get errors() { return this.problem.errors ?? {}; }

  get rule() { return this.problem.rule ?? null; }
}

export async function api(method, path, body, { key = session.key, headers = {} } = {}) {
  const init = { method, headers: { Accept: 'application/json, application/problem+json', ...headers } };
  if (key) init.headers['X-Api-Key'] = key;
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }

  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, { title: '无法连接服务器 Network error', detail: e.message });
  }

  const text = await response.text();
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = { title: `HTTP ${response.status}`, detail: text.slice(0, 200) };
  }

  if (!response.ok) throw new ApiError(response.status, data, response.headers.get('Retry-After'));
  // 202: the case's orchestration took the action but had not committed it when the server stopped waiting.
  if (response.status === 202 && data && typeof data === 'object') return { ...data, queued: true };
  return data;
}

export const get = (path, options) => api('GET', path, undefined, options);
export const post = (path, body, options) => api('POST', path, body, options);
