/**
 * Test support for the OIDC API tests: an app with the OIDC routes on a fresh database, a real provider
 * (test-provider.ts), and the steps of a login — start at the app, sign in at the provider, come back
 * to the callback. Only tests import this file.
 */
import net from 'node:net';
import type { LightMyRequestResponse as InjectResponse } from 'fastify';
import { expect } from 'vitest';
import { randomIdNumber, randomMobile } from '../../../../test/factories.js';
import type { App } from '../../../app.js';
import { createTestApp, type TestContext } from '../../../../test/helpers.js';
import { startTestProvider, type TestAccountClaims, type TestProvider } from './test-provider.js';

export type { InjectResponse };

export const PUBLIC_URL = 'http://onewindow.test';
export const REDIRECT_URI = `${PUBLIC_URL}/api/auth/oidc/callback`;

/** The OIDC routes are registered by app.ts, so the ordinary test app serves them. */
export const createOidcTestApp = (env: Record<string, string> = {}) => createTestApp(env);

export function cookieOf(res: InjectResponse, name: string) {
  return res.cookies.find((c) => c.name === name);
}

/** The callback sent the browser to the login page with this error, and started no session. */
export function expectFailure(res: InjectResponse, code: string, reason?: string) {
  expect(res.statusCode, res.body).toBe(302);
  const location = new URL(res.headers.location as string, PUBLIC_URL);
  expect(location.pathname).toBe('/login');
  expect(location.searchParams.get('oidc_error')).toBe(code);
  if (reason) expect(location.searchParams.get('reason')).toBe(reason);
  expect(cookieOf(res, 'ow_session')).toBeUndefined();
}

export interface ProviderAccount {
  subject: string;
  name: string;
  /** absent when the test removed it */
  id_number: string;
  phone_number: string;
  idcard?: string;
}

export interface SessionJson {
  authenticated: boolean;
  mfa: string;
  account: { id: string; kind: string; displayName: string; roles: string[]; idNumberMasked?: string; mobileMasked?: string };
}

export interface OidcHarness {
  t: TestContext;
  idp: TestProvider;
  /** A subject at the provider with a fresh 身份证号 and mobile unless given. */
  providerAccount(claims?: TestAccountClaims): ProviderAccount;
  start(next?: string, app?: App): Promise<{ res: InjectResponse; authorizationUrl: string; txCookie: string }>;
  callback(callbackUrl: URL, txCookie?: string): Promise<InjectResponse>;
  logInAs(subject: string, next?: string): Promise<InjectResponse>;
  /** GET /api/auth/session with the session cookie the response set. */
  sessionOf(res: InjectResponse): Promise<SessionJson>;
  personsWithIdNumber(
    idNumber: string,
  ): Promise<{ account_id: string; name: string; id_number_enc: string; mobile_bidx: string; verification_level: number }[]>;
  close(): Promise<void>;
}

export async function startOidcHarness(): Promise<OidcHarness> {
  const idp = await startTestProvider({ redirectUri: REDIRECT_URI });
  const t = await createOidcTestApp({
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: idp.clientId,
    OIDC_CLIENT_SECRET: idp.clientSecret,
    PUBLIC_URL,
  });
  let subjects = 0;

  const h: OidcHarness = {
    t,
    idp,
    providerAccount(claims = {}) {
      const subject = `sub-${++subjects}-${Math.random().toString(36).slice(2, 8)}`;
      const account = { name: '李四', id_number: randomIdNumber(), phone_number: randomMobile(), ...claims };
      idp.accounts.set(subject, account);
      return { subject, ...account } as ProviderAccount;
    },
    async start(next, app = t.app) {
      const query = next === undefined ? '' : `?next=${encodeURIComponent(next)}`;
      const res = await app.inject({ method: 'GET', url: `/api/auth/oidc/start${query}` });
      expect(res.statusCode, res.body).toBe(302);
      const tx = cookieOf(res, 'ow_oidc');
      expect(tx).toBeDefined();
      return { res, authorizationUrl: res.headers.location as string, txCookie: `ow_oidc=${tx!.value}` };
    },
    callback(callbackUrl, txCookie) {
      return t.app.inject({ method: 'GET', url: callbackUrl.pathname + callbackUrl.search, headers: txCookie ? { cookie: txCookie } : {} });
    },
    async logInAs(subject, next) {
      const s = await h.start(next);
      return h.callback(await idp.signIn(s.authorizationUrl, subject), s.txCookie);
    },
    async sessionOf(res) {
      const cookie = cookieOf(res, 'ow_session');
      expect(cookie, 'session cookie').toBeDefined();
      const session = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: `ow_session=${cookie!.value}` } });
      expect(session.statusCode).toBe(200);
      return session.json<SessionJson>();
    },
    personsWithIdNumber(idNumber) {
      return t.db.selectFrom('persons').selectAll().where('id_number_bidx', '=', t.cipher.blindIndex(idNumber)).execute();
    },
    async close() {
      await t.close();
      await idp.close();
    },
  };
  return h;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
