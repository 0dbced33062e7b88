/**
 * Walks the audit log in order and recomputes every hash. Reports the first broken record: an edited
 * record (hash mismatch), a deleted or reordered one (seq gap or prev_hash mismatch), or deleted newest
 * records (the chain head is ahead of the last record).
 */
import type { Db } from '../../db/database.js';
import { chainHash } from './audit-record.js';
import { sealAuditChain } from './seal-audit-chain.js';

export interface ChainReport {
  ok: boolean;
  checked: number;
  firstBroken?: { seq: number; reason: string };
}

/** Seals what is pending first (records committed since the last seal), then checks the whole chain. */
export async function verifyAuditChain(db: Db, batchSize = 2000): Promise<ChainReport> {
  await sealAuditChain(db);
  let prevHash = '0'.repeat(64);
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>=', expectedSeq).orderBy('seq').limit(batchSize).execute();
    for (const row of rows) {
      const seq = Number(row.seq);
      if (seq !== expectedSeq) {
        return { ok: false, checked, firstBroken: { seq: expectedSeq, reason: `record ${expectedSeq} is missing (next is ${seq})` } };
      }
      if (row.prev_hash !== prevHash || row.hash === null) {
        return { ok: false, checked, firstBroken: { seq, reason: 'prev_hash does not match the previous record' } };
      }
      const recomputed = chainHash(prevHash, { ...row, seq, at: new Date(row.at) });
      if (recomputed !== row.hash) {
        return { ok: false, checked, firstBroken: { seq, reason: 'record content does not match its hash (edited)' } };
      }
      prevHash = row.hash;
      expectedSeq = seq + 1;
      checked++;
    }
    if (rows.length < batchSize) break;
  }
  const head = await db.selectFrom('audit_chain_head').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  if (Number(head.last_seq) !== expectedSeq - 1 || head.last_hash !== prevHash) {
    return {
      ok: false,
      checked,
      firstBroken: { seq: expectedSeq, reason: `chain head says ${head.last_seq} records; records after ${expectedSeq - 1} were deleted` },
    };
  }
  return { ok: true, checked };
}
