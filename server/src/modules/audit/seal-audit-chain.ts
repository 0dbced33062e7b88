/**
 * Seals committed audit records into the SM3 hash chain, in insertion order: under the chain head lock,
 * each unsealed record gets the next seq, prev_hash = the previous record's hash, and its own hash. Runs
 * as the 'audit.seal' job every second and before every verification; running it twice is harmless.
 */
import type { Db } from '../../db/database.js';
import type { JobHandler } from '../jobs/worker.js';
import { chainHash, type AuditFields } from './audit-record.js';

export const AUDIT_SEAL = 'audit.seal';
export const AUDIT_SEAL_SCHEDULE = { name: 'audit.seal', kind: AUDIT_SEAL, payload: {}, intervalSeconds: 1 };

export async function sealAuditChain(db: Db, batchSize = 5000): Promise<number> {
  let sealed = 0;
  for (;;) {
    const n = await db.transaction().execute(async (trx) => {
      const head = await trx
        .selectFrom('audit_chain_head')
        .select(['last_seq', 'last_hash'])
        .where('id', '=', 1)
        .forUpdate()
        .executeTakeFirstOrThrow();
      const rows = await trx.selectFrom('audit_log').selectAll().where('seq', 'is', null).orderBy('id').limit(batchSize).execute();
      let seq = Number(head.last_seq);
      let prev = head.last_hash;
      for (const row of rows) {
        seq++;
        const fields: AuditFields = { ...row, seq, at: new Date(row.at) };
        const hash = chainHash(prev, fields);
        await trx.updateTable('audit_log').set({ seq, prev_hash: prev, hash }).where('id', '=', row.id).execute();
        prev = hash;
      }
      if (rows.length) await trx.updateTable('audit_chain_head').set({ last_seq: seq, last_hash: prev }).where('id', '=', 1).execute();
      return rows.length;
    });
    sealed += n;
    if (n < batchSize) return sealed;
  }
}

export function auditJobHandlers(deps: { db: Db }): Record<string, JobHandler> {
  return {
    [AUDIT_SEAL]: async () => {
      await sealAuditChain(deps.db);
    },
  };
}
