/**
 * The worker's writes to the jobs table. Claiming is one short transaction: lock due pending rows with
 * FOR UPDATE SKIP LOCKED (rows another worker holds are skipped, not waited for), mark them running,
 * commit. Finishing is guarded by the claim (locked_by and attempts), so a worker whose lock expired and
 * whose job was taken over by another cannot overwrite the newer run's outcome.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { JobStatus } from './jobs.tables.js';
import { describeError, retryDelayMs } from './retry-policy.js';

export interface ClaimedJob {
  id: string;
  kind: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
}

export async function claimDueJobs(db: Db, workerId: string, limit: number, now: Date): Promise<ClaimedJob[]> {
  if (limit < 1) return [];
  return db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom('jobs')
      .select('id')
      .where('status', '=', 'pending')
      .where('run_at', '<=', now)
      .orderBy('run_at')
      .orderBy('id')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    if (due.length === 0) return [];
    const rows = await trx
      .updateTable('jobs')
      .set((eb) => ({
        status: 'running',
        locked_by: workerId,
        locked_at: now,
        attempts: eb('attempts', '+', 1),
        updated_at: now,
      }))
      .where(
        'id',
        'in',
        due.map((r) => r.id),
      )
      .where('status', '=', 'pending')
      .returning(['id', 'kind', 'payload', 'attempts', 'max_attempts'])
      .execute();
    const order = new Map(due.map((r, i) => [r.id, i]));
    return rows
      .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
      .map((r) => ({ id: r.id, kind: r.kind, payload: r.payload, attempts: r.attempts, maxAttempts: r.max_attempts }));
  });
}

/**
 * Jobs whose worker stopped answering (crashed, killed, lost its connection) are still 'running' with an
 * old lock. They go back to pending to run again now — or are left dead when that was their last attempt.
 */
export async function releaseExpiredLocks(
  db: Db,
  lockTimeoutMs: number,
  now: Date,
): Promise<Array<{ id: string; status: 'pending' | 'dead' }>> {
  const expiredBefore = new Date(now.getTime() - lockTimeoutMs);
  const rows = await db
    .updateTable('jobs')
    .set({
      status: sql<JobStatus>`CASE WHEN attempts >= max_attempts THEN 'dead' ELSE 'pending' END`,
      finished_at: sql<Date | null>`CASE WHEN attempts >= max_attempts THEN ${now}::timestamptz END`,
      run_at: now,
      last_error: sql<string>`'lock expired: worker ' || locked_by || ${` did not finish its attempt within ${lockTimeoutMs} ms (crashed or stopped)`}`,
      locked_by: null,
      locked_at: null,
      updated_at: now,
    })
    .where('status', '=', 'running')
    .where('locked_at', '<', expiredBefore)
    .returning(['id', 'status'])
    .execute();
  return rows.map((r) => ({ id: r.id, status: r.status === 'dead' ? 'dead' : 'pending' }));
}

/** Marks a claimed job done. Returns false when this worker no longer holds it (its lock expired). */
export async function completeJob(db: Db, job: ClaimedJob, workerId: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('jobs')
    .set({ status: 'done', finished_at: now, locked_by: null, locked_at: null, last_error: null, updated_at: now })
    .where('id', '=', job.id)
    .where('status', '=', 'running')
    .where('locked_by', '=', workerId)
    .where('attempts', '=', job.attempts)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export type FailureOutcome = { held: false } | { held: true; status: 'pending'; retryAt: Date } | { held: true; status: 'dead' };

/**
 * Records a failed attempt: pending again after the backoff delay, or dead when no attempts are left
 * (or when `final`, e.g. no handler for the kind). Returns what happened, or held=false when this worker
 * no longer holds the job.
 */
export async function failJob(
  db: Db,
  job: ClaimedJob,
  workerId: string,
  error: unknown,
  now: Date,
  final = false,
): Promise<FailureOutcome> {
  const dead = final || job.attempts >= job.maxAttempts;
  const retryAt = new Date(now.getTime() + retryDelayMs(job.attempts));
  const result = await db
    .updateTable('jobs')
    .set({
      status: dead ? 'dead' : 'pending',
      run_at: dead ? now : retryAt,
      finished_at: dead ? now : null,
      last_error: describeError(error),
      locked_by: null,
      locked_at: null,
      updated_at: now,
    })
    .where('id', '=', job.id)
    .where('status', '=', 'running')
    .where('locked_by', '=', workerId)
    .where('attempts', '=', job.attempts)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return { held: false };
  return dead ? { held: true, status: 'dead' } : { held: true, status: 'pending', retryAt };
}
