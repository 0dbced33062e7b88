/**
 * Appends one audit record inside the caller's transaction. Call it as the last write of a use case: it
 * locks the chain head row until commit, which puts all records in one order.
 */
import type { Db } from '../../db/database.js';
import { chainHash, digestOf, type AuditFields, type AuditInput } from './audit-record.js';

export async function recordAudit(trx: Db, input: AuditInput, at: Date): Promise<number> {
  const head = await trx
    .selectFrom('audit_chain_head')
    .select(['last_seq', 'last_hash'])
    .where('id', '=', 1)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const fields: AuditFields = {
    seq: Number(head.last_seq) + 1,
    at,
    actor_id: input.actor.id,
    actor_label: input.actor.label,
    action: input.action,
    target_type: input.targetType,
    target_id: input.targetId ?? null,
    request_id: input.requestId ?? null,
    before_digest: digestOf(input.before),
    after_digest: digestOf(input.after),
    detail: input.detail ?? {},
  };
  const hash = chainHash(head.last_hash, fields);
  await trx
    .insertInto('audit_log')
    .values({ ...fields, detail: JSON.stringify(fields.detail), prev_hash: head.last_hash, hash })
    .execute();
  await trx.updateTable('audit_chain_head').set({ last_seq: fields.seq, last_hash: hash }).where('id', '=', 1).execute();
  return fields.seq;
}
