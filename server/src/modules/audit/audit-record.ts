/**
 * The audit record every state change writes in its own transaction (and every staff read of a
 * person's data). Records are chained: hash = SM3(prev_hash || canonical JSON of the record).
 */
import { canonicalJson, sm3Hex } from '../../lib/sm3.js';

export interface Actor {
  /** account id; null for the system itself (jobs, migrations, seeding) */
  id: string | null;
  /** a readable label kept with the record, e.g. "staff:zhangsan" or "system:seed" */
  label: string;
}

export const SYSTEM_ACTOR: Actor = { id: null, label: 'system' };

export interface AuditInput {
  actor: Actor;
  action: string;
  targetType: string;
  targetId?: string | null;
  requestId?: string | null;
  /** the target before / after the change; only their SM3 digests are stored */
  before?: unknown;
  after?: unknown;
  detail?: Record<string, unknown>;
}

export interface AuditFields {
  seq: number;
  at: Date;
  actor_id: string | null;
  actor_label: string;
  action: string;
  target_type: string;
  target_id: string | null;
  request_id: string | null;
  before_digest: string | null;
  after_digest: string | null;
  detail: unknown;
}

export function digestOf(value: unknown): string | null {
  return value === undefined || value === null ? null : sm3Hex(canonicalJson(value));
}

export function chainHash(prevHash: string, record: AuditFields): string {
  return sm3Hex(
    prevHash +
      canonicalJson({
        seq: record.seq,
        at: record.at.toISOString(),
        actor_id: record.actor_id,
        actor_label: record.actor_label,
        action: record.action,
        target_type: record.target_type,
        target_id: record.target_id,
        request_id: record.request_id,
        before_digest: record.before_digest,
        after_digest: record.after_digest,
        detail: record.detail ?? {},
      }),
  );
}
