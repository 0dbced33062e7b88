/**
 * Staff second factor: enrol (a new secret, confirmed by a first code) and verify at login. Wrong codes
 * count toward the same lockout as wrong passwords; a code's time step is never accepted twice.
 */
import QRCode from 'qrcode';
import type { Config } from '../../config.js';
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import type { PersonalDataCipher } from '../../lib/personal-data-cipher.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Principal } from './principal.js';
import { recordFailedAttempt } from './record-failed-attempt.js';
import { setSessionMfaState } from './sessions.js';
import { matchTotp, newTotpSecret, totpUri } from './totp.js';

interface Deps {
  db: Db;
  cipher: PersonalDataCipher;
  config: Config;
  now: Date;
}

export async function startTotpEnrolment(deps: Deps, principal: Principal, meta: RequestMeta) {
  if (principal.kind !== 'staff') throw new DomainError('FORBIDDEN');
  if (principal.mfaState !== 'enrol') throw new DomainError('CONFLICT', '动态口令已绑定；如需重新绑定，请联系管理员重置');
  const secret = newTotpSecret();
  const account = await deps.db.selectFrom('accounts').select('username').where('id', '=', principal.accountId).executeTakeFirstOrThrow();
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('accounts')
      .set({ totp_secret_enc: deps.cipher.encrypt(secret), totp_enrolled_at: null, updated_at: deps.now })
      .where('id', '=', principal.accountId)
      .execute();
    await recordAudit(
      trx,
      {
        actor: { id: principal.accountId, label: `staff:${principal.accountId}` },
        action: 'auth.totp_enrol_started',
        targetType: 'account',
        targetId: principal.accountId,
        requestId: meta.requestId,
      },
      deps.now,
    );
  });
  const otpauthUrl = totpUri(secret, account.username ?? principal.accountId);
  return { secret, otpauthUrl, qrDataUrl: await QRCode.toDataURL(otpauthUrl) };
}

/** Confirms enrolment (mfa 'enrol') or verifies at login (mfa 'verify'); on success the session is 'verified'. */
export async function checkTotp(deps: Deps, principal: Principal, code: string, meta: RequestMeta): Promise<void> {
  if (principal.kind !== 'staff') throw new DomainError('FORBIDDEN');
  if (principal.mfaState !== 'enrol' && principal.mfaState !== 'verify') throw new DomainError('CONFLICT', '当前会话无需动态口令');
  const account = await deps.db
    .selectFrom('accounts')
    .select(['totp_secret_enc', 'totp_last_step', 'locked_until'])
    .where('id', '=', principal.accountId)
    .executeTakeFirstOrThrow();
  if (account.locked_until && new Date(account.locked_until) > deps.now) {
    throw new DomainError('ACCOUNT_LOCKED', undefined, { lockedUntil: new Date(account.locked_until).toISOString() });
  }
  if (!account.totp_secret_enc) throw new DomainError('CONFLICT', '请先获取动态口令绑定二维码');
  const step = matchTotp(deps.cipher.decrypt(account.totp_secret_enc), code, deps.now);
  if (step === null || (account.totp_last_step !== null && step <= Number(account.totp_last_step))) {
    const lockedUntil = await recordFailedAttempt(deps.db, {
      accountId: principal.accountId,
      factor: 'totp',
      now: deps.now,
      config: deps.config,
      meta,
    });
    if (lockedUntil) throw new DomainError('ACCOUNT_LOCKED', undefined, { lockedUntil: lockedUntil.toISOString() });
    throw new DomainError('INVALID_TOTP');
  }
  const enrolling = principal.mfaState === 'enrol';
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('accounts')
      .set({
        totp_last_step: step,
        failed_logins: 0,
        locked_until: null,
        updated_at: deps.now,
        ...(enrolling ? { totp_enrolled_at: deps.now } : {}),
      })
      .where('id', '=', principal.accountId)
      .execute();
    await setSessionMfaState(trx, principal.sessionId, 'verified');
    await recordAudit(
      trx,
      {
        actor: { id: principal.accountId, label: `staff:${principal.accountId}` },
        action: enrolling ? 'auth.totp_enrolled' : 'auth.totp_verified',
        targetType: 'account',
        targetId: principal.accountId,
        requestId: meta.requestId,
      },
      deps.now,
    );
  });
}
