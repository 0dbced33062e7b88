// The outbox contract: a job exists only if the transaction that enqueued it commits; dedupe keys.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { manualClock } from '../../lib/clock.js';
import { freshDatabase, TEST_DB_KIND } from '../../../test/db.js';
import { enqueueJob } from './enqueue-job.js';
import { deferred, recordingLog, waitFor } from './test-support.js';
import { createJobWorker, type JobHandler } from './worker.js';

let database: Database;
const clock = manualClock();

beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.close());

const jobsOfKind = (kind: string) => database.db.selectFrom('jobs').selectAll().where('kind', '=', kind).execute();

function workerWith(handlers: Record<string, JobHandler>) {
  return createJobWorker({ db: database.db, clock, log: recordingLog(), handlers, pollMs: 10, concurrency: 5 });
}

describe('enqueueJob inside a transaction', () => {
  it('leaves no job when the transaction rolls back', async () => {
    await expect(
      database.db.transaction().execute(async (trx) => {
        await enqueueJob(trx, { kind: 'test.rollback', payload: { n: 1 } }, clock.now());
        throw new Error('the state change failed');
      }),
    ).rejects.toThrow('the state change failed');
    expect(await jobsOfKind('test.rollback')).toEqual([]);
    expect(await workerWith({ 'test.rollback': async () => {} }).runOnce()).toBe(0);
  });

  it('runs the job once the transaction has committed, with its payload', async () => {
    const seen: unknown[] = [];
    const id = await database.db
      .transaction()
      .execute((trx) => enqueueJob(trx, { kind: 'test.commit', payload: { caseNo: 'A-1' } }, clock.now()));
    const [row] = await jobsOfKind('test.commit');
    expect(row).toMatchObject({ id, status: 'pending', attempts: 0, max_attempts: 5 });
    expect(await workerWith({ 'test.commit': async (payload, ctx) => void seen.push({ payload, ctx }) }).runOnce()).toBe(1);
    expect(seen).toEqual([{ payload: { caseNo: 'A-1' }, ctx: { jobId: id, attempt: 1, now: clock.now() } }]);
    const [done] = await jobsOfKind('test.commit');
    expect(done).toMatchObject({ status: 'done', attempts: 1, last_error: null, locked_by: null });
    expect(new Date(done!.finished_at!).getTime()).toBe(clock.now().getTime());
  });

  it.runIf(TEST_DB_KIND === 'postgres')('is invisible to workers until the transaction commits', async () => {
    const ran: string[] = [];
    const worker = workerWith({ 'test.visible': async (_p, ctx) => void ran.push(ctx.jobId) });
    const commit = deferred();
    const enqueued = deferred<string>();
    const tx = database.db.transaction().execute(async (trx) => {
      enqueued.resolve(await enqueueJob(trx, { kind: 'test.visible', payload: {} }, clock.now()));
      await commit.promise;
    });
    const id = await enqueued.promise;
    expect(await worker.runOnce()).toBe(0);
    commit.resolve();
    await tx;
    expect(await worker.runOnce()).toBe(1);
    expect(ran).toEqual([id]);
  });

  it('does not run a job before its runAt', async () => {
    const later = new Date(clock.now().getTime() + 60_000);
    await enqueueJob(database.db, { kind: 'test.later', payload: {}, runAt: later }, clock.now());
    const worker = workerWith({ 'test.later': async () => {} });
    expect(await worker.runOnce()).toBe(0);
    clock.advance(60_000);
    expect(await worker.runOnce()).toBe(1);
  });
});

describe('dedupeKey', () => {
  it('returns the unfinished job with the same key instead of adding a second', async () => {
    const first = await enqueueJob(database.db, { kind: 'test.dedupe', payload: { v: 1 }, dedupeKey: 'case:42:reminder' }, clock.now());
    const second = await database.db
      .transaction()
      .execute((trx) => enqueueJob(trx, { kind: 'test.dedupe', payload: { v: 2 }, dedupeKey: 'case:42:reminder' }, clock.now()));
    expect(second).toBe(first);
    expect((await jobsOfKind('test.dedupe')).map((j) => j.payload)).toEqual([{ v: 1 }]);
  });

  it('frees the key once the job has finished', async () => {
    const first = (await jobsOfKind('test.dedupe'))[0]!.id;
    expect(await workerWith({ 'test.dedupe': async () => {} }).runOnce()).toBe(1);
    const again = await enqueueJob(database.db, { kind: 'test.dedupe', payload: { v: 3 }, dedupeKey: 'case:42:reminder' }, clock.now());
    expect(again).not.toBe(first);
    expect((await jobsOfKind('test.dedupe')).map((j) => j.status).sort()).toEqual(['done', 'pending']);
  });

  it('does not treat jobs without a key as duplicates', async () => {
    const a = await enqueueJob(database.db, { kind: 'test.nokey', payload: {} }, clock.now());
    const b = await enqueueJob(database.db, { kind: 'test.nokey', payload: {} }, clock.now());
    expect(a).not.toBe(b);
  });

  it.runIf(TEST_DB_KIND === 'postgres')('gives one job to two transactions racing with the same key', async () => {
    const firstInserted = deferred<string>();
    const commitFirst = deferred();
    const t1 = database.db.transaction().execute(async (trx) => {
      firstInserted.resolve(await enqueueJob(trx, { kind: 'test.race', payload: { by: 1 }, dedupeKey: 'race' }, clock.now()));
      await commitFirst.promise;
    });
    const id1 = await firstInserted.promise;
    // The second insert waits on the first transaction's uncommitted row, then sees it committed.
    const t2 = database.db
      .transaction()
      .execute((trx) => enqueueJob(trx, { kind: 'test.race', payload: { by: 2 }, dedupeKey: 'race' }, clock.now()));
    await waitFor(async () => {
      const r = await sql<{
        n: number;
      }>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`.execute(
        database.db,
      );
      return r.rows[0]!.n === 1;
    }, 'the second insert to wait for the first transaction');
    commitFirst.resolve();
    await t1;
    expect(await t2).toBe(id1);
    expect((await jobsOfKind('test.race')).length).toBe(1);
  });
});
