/** Password login for all three account kinds, with progressive lockout; starts a session (second factor pending for staff). */
import type { Config } from '../../config.js';
import type { Db } from '../../db/database.js';
import type { AccountKind, MfaState } from '../../db/schema.js';
import { DomainError } from '../../errors.js';
import type { PersonalDataCipher } from '../../lib/personal-data-cipher.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import { recordAudit } from '../audit/record-audit.js';
import { findAccountForLogin } from './accounts.queries.js';
import { dummyPasswordHash, verifyPassword } from './password.js';
import { recordFailedAttempt } from './record-failed-attempt.js';
import { createSession, type NewSession } from './sessions.js';

export interface LogInInput {
  kind: AccountKind;
  identifier: string;
  password: string;
}

export function initialMfaState(kind: AccountKind, totpEnrolled: boolean, config: Config): MfaState {
  if (kind !== 'staff') return 'not_needed';
  if (config.staffMfa === 'waived') return 'waived';
  return totpEnrolled ? 'verify' : 'enrol';
}

export async function logIn(
  deps: { db: Db; cipher: PersonalDataCipher; config: Config; now: Date },
  input: LogInInput,
  meta: RequestMeta,
): Promise<NewSession & { accountId: string }> {
  const { db, now, config } = deps;
  const account = await findAccountForLogin(db, deps.cipher, input.kind, input.identifier);
  if (!account) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    throw new DomainError('INVALID_CREDENTIALS');
  }
  if (account.locked_until && new Date(account.locked_until) > now) {
    throw new DomainError('ACCOUNT_LOCKED', undefined, { lockedUntil: new Date(account.locked_until).toISOString() });
  }
  if (!(await verifyPassword(account.password_hash, input.password))) {
    const lockedUntil = await recordFailedAttempt(db, { accountId: account.id, factor: 'password', now, config, meta });
    if (lockedUntil) throw new DomainError('ACCOUNT_LOCKED', undefined, { lockedUntil: lockedUntil.toISOString() });
    throw new DomainError('INVALID_CREDENTIALS');
  }
  if (account.status !== 'active') throw new DomainError('ACCOUNT_DISABLED');

  return db.transaction().execute(async (trx) => {
    await trx.updateTable('accounts').set({ failed_logins: 0, locked_until: null }).where('id', '=', account.id).execute();
    const mfaState = initialMfaState(account.kind, account.totp_enrolled_at !== null, config);
    const session = await createSession(trx, { accountId: account.id, mfaState, now, config, ip: meta.ip, userAgent: meta.userAgent });
    await recordAudit(
      trx,
      {
        actor: { id: account.id, label: `${account.kind}:${account.id}` },
        action: 'auth.login',
        targetType: 'account',
        targetId: account.id,
        requestId: meta.requestId,
        detail: { method: 'password', mfa: mfaState, ip: meta.ip ?? null },
      },
      now,
    );
    return { ...session, accountId: account.id };
  });
}
