/** Ends this session, or every session of the account ("退出所有设备"). */
import type { Db } from '../../db/database.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Principal } from './principal.js';
import { revokeAllSessions, revokeSession } from './sessions.js';

export async function logOut(db: Db, principal: Principal, everywhere: boolean, now: Date, meta: RequestMeta): Promise<number> {
  return db.transaction().execute(async (trx) => {
    let revoked = 1;
    if (everywhere) revoked = await revokeAllSessions(trx, principal.accountId, now);
    else await revokeSession(trx, principal.sessionId, now);
    await recordAudit(
      trx,
      {
        actor: { id: principal.accountId, label: `${principal.kind}:${principal.accountId}` },
        action: everywhere ? 'auth.logout_everywhere' : 'auth.logout',
        targetType: 'account',
        targetId: principal.accountId,
        requestId: meta.requestId,
        detail: { revoked },
      },
      now,
    );
    return revoked;
  });
}
