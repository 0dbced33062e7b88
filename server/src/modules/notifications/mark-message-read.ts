/** The account holder marks one of their in-app messages read. Someone else's message is "not found". */
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import { recordAudit } from '../audit/record-audit.js';
import { actorOf, type Principal } from '../identity/principal.js';

export async function markMessageRead(
  deps: { db: Db; now: Date },
  principal: Principal,
  messageId: string,
  meta: RequestMeta,
): Promise<void> {
  const { db, now } = deps;
  await db.transaction().execute(async (trx) => {
    const message = await trx
      .selectFrom('messages')
      .select(['id', 'read_at'])
      .where('id', '=', messageId)
      .where('account_id', '=', principal.accountId)
      .forUpdate()
      .executeTakeFirst();
    if (!message) throw new DomainError('NOT_FOUND', '消息不存在');
    if (message.read_at) return; // already read: nothing changes, nothing to audit
    await trx.updateTable('messages').set({ read_at: now }).where('id', '=', messageId).execute();
    await recordAudit(
      trx,
      {
        actor: actorOf(principal),
        action: 'message.read',
        targetType: 'message',
        targetId: messageId,
        requestId: meta.requestId,
        after: { readAt: now.toISOString() },
      },
      now,
    );
  });
}
