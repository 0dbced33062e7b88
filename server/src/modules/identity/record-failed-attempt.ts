/** A failed password or TOTP attempt: counted, maybe locks the account, audited — committed before the caller throws. */
import type { Config } from '../../config.js';
import type { Db } from '../../db/database.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import { recordAudit } from '../audit/record-audit.js';
import { lockUntilAfterFailure } from './lockout.js';

export async function recordFailedAttempt(
  db: Db,
  input: { accountId: string; factor: 'password' | 'totp'; now: Date; config: Config; meta: RequestMeta },
): Promise<Date | null> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('accounts')
      .set((eb) => ({ failed_logins: eb('failed_logins', '+', 1), updated_at: input.now }))
      .where('id', '=', input.accountId)
      .returning('failed_logins')
      .executeTakeFirstOrThrow();
    const lockedUntil = lockUntilAfterFailure(row.failed_logins, input.config.lockoutThreshold, input.now);
    if (lockedUntil) await trx.updateTable('accounts').set({ locked_until: lockedUntil }).where('id', '=', input.accountId).execute();
    await recordAudit(
      trx,
      {
        actor: { id: input.accountId, label: `account:${input.accountId}` },
        action: 'auth.login_failed',
        targetType: 'account',
        targetId: input.accountId,
        requestId: input.meta.requestId,
        detail: {
          factor: input.factor,
          failures: row.failed_logins,
          lockedUntil: lockedUntil?.toISOString() ?? null,
          ip: input.meta.ip ?? null,
        },
      },
      input.now,
    );
    return lockedUntil;
  });
}
