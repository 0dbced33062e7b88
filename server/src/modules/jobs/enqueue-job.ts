/**
 * Adds a job inside the caller's transaction (the outbox pattern): the job exists only if the state
 * change that asked for it commits, and workers see it only after that commit.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

export interface NewJob {
  /** handler name, e.g. 'notification.deliver' */
  kind: string;
  /** handler input; stored as JSON. Put ids here, not personal data. */
  payload: unknown;
  /** not before this time; default now */
  runAt?: Date;
  /** runs before the job is left dead; default 5 */
  maxAttempts?: number;
  /** while a job with this key is pending or running, enqueueing it again returns that job's id */
  dedupeKey?: string;
}

export const DEFAULT_MAX_ATTEMPTS = 5;

export async function enqueueJob(trx: Db, job: NewJob, now: Date): Promise<string> {
  const values = {
    kind: job.kind,
    payload: JSON.stringify(job.payload ?? {}),
    max_attempts: job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    run_at: job.runAt ?? now,
    dedupe_key: job.dedupeKey ?? null,
    created_at: now,
    updated_at: now,
  };
  if (job.dedupeKey === undefined) {
    const row = await trx.insertInto('jobs').values(values).returning('id').executeTakeFirstOrThrow();
    return row.id;
  }
  // ON CONFLICT waits for a concurrent insert of the same key to commit or roll back, so two callers
  // racing with one key end with one job. The conflict target names the partial unique index; its predicate
  // is written as literals, not parameters: a prepared statement's generic plan cannot match a partial index
  // to a parameter ("no unique or exclusion constraint matching the ON CONFLICT specification").
  for (let tries = 0; tries < 3; tries++) {
    const inserted = await trx
      .insertInto('jobs')
      .values(values)
      .onConflict((oc) =>
        oc
          .column('dedupe_key')
          .where(sql<boolean>`status IN ('pending', 'running')`)
          .doNothing(),
      )
      .returning('id')
      .executeTakeFirst();
    if (inserted) return inserted.id;
    const existing = await trx
      .selectFrom('jobs')
      .select('id')
      .where('dedupe_key', '=', job.dedupeKey)
      .where('status', 'in', ['pending', 'running'])
      .executeTakeFirst();
    if (existing) return existing.id;
    // The holder of the key finished between the two statements: the key is free again, insert anew.
  }
  throw new Error(`could not enqueue job with dedupe key ${job.dedupeKey}`);
}
