/**
 * The login transaction between /oidc/start and /oidc/callback: PKCE code verifier, state, nonce and the
 * page to return to. It lives in the browser as the `ow_oidc` cookie, sealed with the personal-data
 * cipher (SM4 + HMAC-SM3, keys derived from DATA_KEY), so no instance needs server-side storage and a
 * forged or altered cookie is rejected. A fixed prefix inside the sealed text keeps these values apart
 * from the personal data sealed with the same cipher.
 */
import type { PersonalDataCipher } from '../../../lib/personal-data-cipher.js';

export const OIDC_TRANSACTION_COOKIE = 'ow_oidc';
export const OIDC_TRANSACTION_TTL_SECONDS = 10 * 60;

const PURPOSE = 'ow-oidc-tx.v1|';

export interface OidcTransaction {
  codeVerifier: string;
  state: string;
  nonce: string;
  /** same-site path to land on after login */
  next: string;
}

interface Sealed {
  v: string;
  s: string;
  n: string;
  r: string;
  exp: number;
}

export function sealTransaction(cipher: PersonalDataCipher, tx: OidcTransaction, now: Date): string {
  const payload: Sealed = {
    v: tx.codeVerifier,
    s: tx.state,
    n: tx.nonce,
    r: tx.next,
    exp: now.getTime() + OIDC_TRANSACTION_TTL_SECONDS * 1000,
  };
  return cipher.encrypt(PURPOSE + JSON.stringify(payload));
}

/** The transaction, or null when the cookie is absent, forged, altered, of another purpose or expired. */
export function openTransaction(cipher: PersonalDataCipher, sealed: string | undefined, now: Date): OidcTransaction | null {
  if (!sealed) return null;
  let plain: string;
  try {
    plain = cipher.decrypt(sealed);
  } catch {
    return null;
  }
  if (!plain.startsWith(PURPOSE)) return null;
  let p: Partial<Sealed>;
  try {
    p = JSON.parse(plain.slice(PURPOSE.length)) as Partial<Sealed>;
  } catch {
    return null;
  }
  const fields = [p.v, p.s, p.n, p.r];
  if (!fields.every((f) => typeof f === 'string' && f.length > 0) || typeof p.exp !== 'number') return null;
  if (p.exp <= now.getTime()) return null;
  return { codeVerifier: p.v!, state: p.s!, nonce: p.n!, next: safeNextPath(p.r) };
}

const PROBE_ORIGIN = 'http://onewindow.invalid';

/**
 * Open-redirect guard: only a path on this site — it starts with one '/', is not protocol-relative
 * ('//host', '/\host'), has no control characters or backslashes, and resolves to this origin.
 * Anything else becomes '/'.
 */
export function safeNextPath(next: string | undefined): string {
  if (!next || next.length > 1000) return '/';
  if (!next.startsWith('/') || next.startsWith('//')) return '/';
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f\s]/.test(next)) return '/';
  try {
    const resolved = new URL(next, PROBE_ORIGIN);
    if (resolved.origin !== PROBE_ORIGIN) return '/';
    return resolved.pathname + resolved.search + resolved.hash;
  } catch {
    return '/';
  }
}
