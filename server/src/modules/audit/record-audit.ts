/**
 * Appends one audit record inside the caller's transaction: it commits or rolls back with the change it
 * records. The record is chained (seq, prev_hash, hash) after commit by `sealAuditChain`, so writers do
 * not queue on the chain head until their commit (ADR 0003).
 */
import type { Db } from '../../db/database.js';
import { digestOf, type AuditInput } from './audit-record.js';

export async function recordAudit(trx: Db, input: AuditInput, at: Date): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      at,
      actor_id: input.actor.id,
      actor_label: input.actor.label,
      action: input.action,
      target_type: input.targetType,
      target_id: input.targetId ?? null,
      request_id: input.requestId ?? null,
      before_digest: digestOf(input.before),
      after_digest: digestOf(input.after),
      detail: JSON.stringify(input.detail ?? {}),
    })
    .execute();
}
