/**
 * Test support: a real OpenID provider (oidc-provider, a dev dependency) on 127.0.0.1 and a random port,
 * standing in for a provincial unified identity platform, with one confidential client that must use
 * PKCE. `signIn` plays the browser at the provider: it follows the redirects, carries the provider's
 * cookies and completes the development login and consent forms, and returns the URL the provider sends
 * the browser back to (the app's callback). Only tests import this file.
 */
import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Provider } from 'oidc-provider';

export interface TestAccountClaims {
  name?: string;
  id_number?: string;
  idcard?: string;
  phone_number?: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** subject → claims; add to it at any time */
  accounts: Map<string, TestAccountClaims>;
  /** Signs `subject` in at the provider, starting from the app's redirect to `authorizationUrl`; returns the callback URL. */
  signIn(authorizationUrl: string, subject: string): Promise<URL>;
  close(): Promise<void>;
}

/** `port` 0 (the default) picks a free one. */
export async function startTestProvider(opts: { redirectUri: string; port?: number }): Promise<TestProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', resolve);
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'onewindow-test';
  const clientSecret = 'onewindow-test-secret-0123456789abcdef';
  const accounts = new Map<string, TestAccountClaims>();
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [opts.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    claims: {
      openid: ['sub'],
      profile: ['name', 'id_number', 'idcard'],
      phone: ['phone_number', 'phone_number_verified'],
    },
    async findAccount(_ctx: unknown, sub: string) {
      const claims = accounts.get(sub);
      if (!claims) return undefined;
      return { accountId: sub, claims: async () => ({ ...claims, sub }) };
    },
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', alg: 'RS256', use: 'sig' }] },
    cookies: { keys: ['onewindow-test-provider-cookie-key'] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AuthorizationCode: 60, AccessToken: 600, IdToken: 600 },
    features: { devInteractions: { enabled: true } },
  });
  server.on('request', provider.callback());

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    signIn: (authorizationUrl, subject) => signIn(authorizationUrl, subject, opts.redirectUri),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

async function signIn(authorizationUrl: string, subject: string, redirectUri: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = new URL(authorizationUrl);
  let form: URLSearchParams | undefined;
  for (let step = 0; step < 12; step++) {
    const res = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
      ...(form ? { body: form } : {}),
    });
    keepCookies(jar, res.headers.getSetCookie());
    form = undefined;
    if (res.status >= 300 && res.status < 400) {
      const next = new URL(res.headers.get('location')!, url);
      if (next.href.startsWith(`${redirectUri}?`)) return next;
      url = next;
      continue;
    }
    const html = await res.text();
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (res.status !== 200 || !prompt || !action)
      throw new Error(`provider answered ${res.status} at ${url.pathname}: ${html.slice(0, 500)}`);
    url = new URL(action.replace(/&amp;/g, '&'), url);
    form = new URLSearchParams(prompt === 'login' ? { prompt, login: subject, password: 'any' } : { prompt });
  }
  throw new Error('the provider did not redirect back to the app');
}

function keepCookies(jar: Map<string, string>, setCookies: string[]) {
  for (const header of setCookies) {
    const [pair, ...attributes] = header.split(';');
    const eq = pair!.indexOf('=');
    const name = pair!.slice(0, eq).trim();
    const value = pair!.slice(eq + 1).trim();
    const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0\b/i.test(a));
    if (expired || value === '') jar.delete(name);
    else jar.set(name, value);
  }
}
