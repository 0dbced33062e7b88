/**
 * OIDC login against a real oidc-provider on 127.0.0.1: the app is driven with inject(), the provider
 * with fetch (test-provider.ts plays the browser there). This file: configuration, the start redirect,
 * the callback's protections and discovery; oidc-login.api.test.ts: what a login does to accounts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cookieOf,
  createOidcTestApp,
  expectFailure,
  freePort,
  PUBLIC_URL,
  REDIRECT_URI,
  startOidcHarness,
  type OidcHarness,
} from './oidc-test-kit.js';
import { startTestProvider, type TestProvider } from './test-provider.js';

let h: OidcHarness;
beforeAll(async () => {
  h = await startOidcHarness();
});
afterAll(() => h?.close());

describe('OIDC not configured', () => {
  it('answers 404 OIDC_NOT_CONFIGURED at start and sends the callback back to the login page', async () => {
    const plain = await createOidcTestApp();
    try {
      const res = await plain.app.inject({ method: 'GET', url: '/api/auth/oidc/start?next=/x' });
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('OIDC_NOT_CONFIGURED');
      const cb = await plain.app.inject({ method: 'GET', url: '/api/auth/oidc/callback?code=x&state=y' });
      expect(cb.statusCode).toBe(302);
      expect(cb.headers.location).toBe('/login?oidc_error=OIDC_NOT_CONFIGURED');
    } finally {
      await plain.close();
    }
  });
});

describe('OIDC start', () => {
  it('redirects to the provider with code flow, PKCE S256, state and nonce, and seals the transaction in a cookie', async () => {
    const { res, authorizationUrl } = await h.start('/my/applications');
    const url = new URL(authorizationUrl);
    expect(url.origin).toBe(h.idp.issuer);
    const p = url.searchParams;
    expect(p.get('response_type')).toBe('code');
    expect(p.get('client_id')).toBe(h.idp.clientId);
    expect(p.get('redirect_uri')).toBe(REDIRECT_URI);
    expect(p.get('code_challenge_method')).toBe('S256');
    expect(p.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(p.get('state')).toBeTruthy();
    expect(p.get('nonce')).toBeTruthy();
    expect(p.get('scope')?.split(' ')).toEqual(expect.arrayContaining(['openid', 'profile', 'phone']));
    const tx = cookieOf(res, 'ow_oidc')!;
    expect(tx).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/auth/oidc', maxAge: 600 });
    // sealed: neither the state nor the return path is readable in the cookie
    expect(tx.value).not.toContain(p.get('state')!);
    expect(tx.value).not.toContain('applications');
  });

  it('is described in the OpenAPI document', async () => {
    const res = await h.t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const paths = res.json().paths;
    expect(paths['/api/auth/oidc/start'].get.responses).toHaveProperty('302');
    expect(paths['/api/auth/oidc/callback'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['code', 'state', 'iss', 'error']),
    );
  });

  it('rejects unknown query parameters', async () => {
    const res = await h.t.app.inject({ method: 'GET', url: '/api/auth/oidc/start?next=/&foo=1' });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
  });
});

describe('OIDC callback protection', () => {
  it('refuses a tampered state, a missing or forged transaction cookie and an expired transaction', async () => {
    const who = h.providerAccount();

    const s1 = await h.start();
    const cb1 = await h.idp.signIn(s1.authorizationUrl, who.subject);
    const tampered = new URL(cb1);
    tampered.searchParams.set('state', `${cb1.searchParams.get('state')}x`);
    expectFailure(await h.callback(tampered, s1.txCookie), 'OIDC_FAILED', 'invalid_state');
    expectFailure(await h.callback(cb1), 'OIDC_FAILED', 'invalid_state');
    const forged = s1.txCookie.slice(0, -4) + (s1.txCookie.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expectFailure(await h.callback(cb1, forged), 'OIDC_FAILED', 'invalid_state');

    const s2 = await h.start();
    const cb2 = await h.idp.signIn(s2.authorizationUrl, who.subject);
    h.t.clock.advance(11 * 60_000);
    expectFailure(await h.callback(cb2, s2.txCookie), 'OIDC_FAILED', 'invalid_state');

    // a transaction from another login does not fit this callback
    const s3 = await h.start();
    const s4 = await h.start();
    const cb3 = await h.idp.signIn(s3.authorizationUrl, who.subject);
    expectFailure(await h.callback(cb3, s4.txCookie), 'OIDC_FAILED', 'invalid_state');

    const link = await h.t.db.selectFrom('external_identities').selectAll().where('subject', '=', who.subject).executeTakeFirst();
    expect(link).toBeUndefined();
  });

  it('refuses a replayed authorization code', async () => {
    const who = h.providerAccount();
    const s = await h.start();
    const cb = await h.idp.signIn(s.authorizationUrl, who.subject);
    expect((await h.callback(cb, s.txCookie)).headers.location).toBe('/');
    expectFailure(await h.callback(cb, s.txCookie), 'OIDC_FAILED', 'invalid_response');
  });

  it('sends a provider error (e.g. the person cancelled) back to the login page', async () => {
    const s = await h.start();
    const state = new URL(s.authorizationUrl).searchParams.get('state')!;
    const url = new URL(
      `${REDIRECT_URI}?error=access_denied&error_description=cancelled&state=${state}&iss=${encodeURIComponent(h.idp.issuer)}&session_state=abc`,
    );
    expectFailure(await h.callback(url, s.txCookie), 'OIDC_FAILED', 'provider_error');
  });

  it('accepts only same-site paths as next: anything else lands on /', async () => {
    const who = h.providerAccount();
    for (const next of ['//evil.example', 'https://evil.example/', '/\\evil.example', 'evil', '/ok\n']) {
      const res = await h.logInAs(who.subject, next);
      expect(res.statusCode, next).toBe(302);
      expect(res.headers.location, next).toBe('/');
    }
  });
});

describe('OIDC discovery', () => {
  it('sends the browser back when the provider is unreachable and tries discovery again on the next login', async () => {
    const port = await freePort();
    const issuer = `http://127.0.0.1:${port}`;
    const other = await createOidcTestApp({
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: h.idp.clientId,
      OIDC_CLIENT_SECRET: h.idp.clientSecret,
      PUBLIC_URL,
    });
    let late: TestProvider | undefined;
    try {
      const down = await other.app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
      expect(down.statusCode).toBe(302);
      expect(down.headers.location).toBe('/login?oidc_error=OIDC_FAILED&reason=provider_unavailable');
      expect(cookieOf(down, 'ow_oidc')).toBeUndefined();

      late = await startTestProvider({ redirectUri: REDIRECT_URI, port });
      const { authorizationUrl } = await h.start('/', other.app);
      expect(new URL(authorizationUrl).origin).toBe(issuer);
    } finally {
      await other.close();
      await late?.close();
    }
  });
});
