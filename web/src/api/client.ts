/**
 * The typed API client: openapi-fetch over the generated `paths`, same-origin cookies, and the CSRF
 * token on every write. The token comes from GET /api/auth/session (see features/auth/use-session).
 */
import createClient from 'openapi-fetch';
import type { paths } from './schema.gen';

let csrfToken: string | undefined;
/** Anonymous sessions have no token; this tells "no token" apart from "not asked yet". */
let sessionRead = false;

export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
  sessionRead = true;
}

/** A write before the session was ever read: ask for it first, so the write carries the token. */
async function ensureCsrfToken(): Promise<string | undefined> {
  if (sessionRead) return csrfToken;
  const response = await fetch('/api/auth/session', { credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (response.ok) setCsrfToken(((await response.json()) as { csrfToken?: string }).csrfToken);
  return csrfToken;
}

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' });

api.use({
  async onRequest({ request }) {
    if (request.method === 'GET' || request.method === 'HEAD') return request;
    const token = await ensureCsrfToken();
    if (token) request.headers.set('x-csrf-token', token);
    return request;
  },
});
