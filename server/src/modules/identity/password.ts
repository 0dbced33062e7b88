/** Passwords: argon2id (RFC 9106 second recommended option: m=64 MiB, t=3, p=4) and a complexity rule (GB/T 22239 身份鉴别 a). */
import { hash, verify } from '@node-rs/argon2';
import { DomainError } from '../../errors.js';

const OPTIONS = { algorithm: 2 /* Algorithm.Argon2id (a const enum) */, memoryCost: 65536, timeCost: 3, parallelism: 4 } as const;

export function assertStrongPassword(password: string): void {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (password.length < 8 || password.length > 128 || classes < 3) throw new DomainError('WEAK_PASSWORD');
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) return false;
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** A fixed hash to verify against when the account does not exist, so timing does not reveal it. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hash('not-a-real-password-Aa1!', OPTIONS);
  return dummyHash;
}
