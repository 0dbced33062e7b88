/**
 * Seals committed audit records into the SM3 hash chain, in insertion order: under the chain head lock,
 * each unsealed record gets the next seq, prev_hash = the previous record's hash, and its own hash. Runs
 * as the 'audit.seal' job every second and before every verification; running it twice is harmless.
 */
import { sql } from 'kysely';
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
      const sealedRows: { id: string; seq: number; prev: string; hash: string }[] = [];
      for (const row of rows) {
        seq++;
        const fields: AuditFields = { ...row, seq, at: new Date(row.at) };
        const hash = chainHash(prev, fields);
        sealedRows.push({ id: String(row.id), seq, prev, hash });
        prev = hash;
      }
      // One statement for the whole batch.
      if (sealedRows.length) {
        await sql`
          UPDATE audit_log AS a SET seq = v.seq, prev_hash = v.prev, hash = v.hash
          FROM unnest(${sealedRows.map((r) => r.id)}::bigint[], ${sealedRows.map((r) => r.seq)}::bigint[],
                      ${sealedRows.map((r) => r.prev)}::text[], ${sealedRows.map((r) => r.hash)}::text[]) AS v(id, seq, prev, hash)
          WHERE a.id = v.id`.execute(trx);
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
