// One worker: retries with backoff, dead after max attempts, unknown kinds, crashed workers, stop().
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { manualClock } from '../../lib/clock.js';
import { freshDatabase } from '../../../test/db.js';
import { enqueueJob, type NewJob } from './enqueue-job.js';
import { deferred, recordingLog, waitFor } from './test-support.js';
import { createJobWorker, type JobHandler, type JobWorkerOptions } from './worker.js';

let database: Database;
const clock = manualClock();

beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.close());

const add = (job: NewJob) => enqueueJob(database.db, job, clock.now());
const jobRow = (id: string) => database.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const ms = (d: Date | string | null) => (d === null ? null : new Date(d).getTime());

function workerWith(handlers: Record<string, JobHandler>, extra: Partial<JobWorkerOptions> = {}) {
  const log = recordingLog();
  return { log, worker: createJobWorker({ db: database.db, clock, log, handlers, pollMs: 10, concurrency: 5, ...extra }) };
}

describe('a failing job', () => {
  it('is retried with exponential backoff, then left dead with the last error', async () => {
    const id = await add({ kind: 'test.always_fails', payload: {}, maxAttempts: 3 });
    const attempts: number[] = [];
    const { worker, log } = workerWith({
      'test.always_fails': async (_p, ctx) => {
        attempts.push(ctx.attempt);
        throw new Error(`gateway refused (attempt ${ctx.attempt})`);
      },
    });

    const start = clock.now().getTime();
    expect(await worker.runOnce()).toBe(1);
    let row = await jobRow(id);
    expect(row).toMatchObject({
      status: 'pending',
      attempts: 1,
      last_error: 'Error: gateway refused (attempt 1)',
      locked_by: null,
      finished_at: null,
    });
    expect(ms(row.run_at)).toBe(start + 10_000);

    clock.advance(9_999);
    expect(await worker.runOnce()).toBe(0); // not due yet
    clock.advance(1);
    expect(await worker.runOnce()).toBe(1);
    row = await jobRow(id);
    expect(row).toMatchObject({ status: 'pending', attempts: 2, last_error: 'Error: gateway refused (attempt 2)' });
    expect(ms(row.run_at)).toBe(start + 10_000 + 20_000);

    clock.advance(20_000);
    expect(await worker.runOnce()).toBe(1);
    row = await jobRow(id);
    expect(row).toMatchObject({
      status: 'dead',
      attempts: 3,
      last_error: 'Error: gateway refused (attempt 3)',
      locked_by: null,
      locked_at: null,
    });
    expect(ms(row.finished_at)).toBe(clock.now().getTime());

    clock.advance(3_600_000);
    expect(await worker.runOnce()).toBe(0);
    expect(attempts).toEqual([1, 2, 3]);
    expect(log.lines.filter((l) => l.level === 'warn').map((l) => l.msg)).toEqual(['job failed; will retry', 'job failed; will retry']);
    expect(log.lines.filter((l) => l.level === 'error').map((l) => l.msg)).toEqual(['job dead: no attempts left']);
  });

  it('is done after a failed attempt when a retry succeeds, and its error is cleared', async () => {
    const id = await add({ kind: 'test.flaky', payload: {} });
    const { worker } = workerWith({
      'test.flaky': async (_p, ctx) => {
        if (ctx.attempt === 1) throw new Error('timeout');
      },
    });
    await worker.runOnce();
    expect(await jobRow(id)).toMatchObject({ status: 'pending', attempts: 1, last_error: 'Error: timeout' });
    clock.advance(10_000);
    await worker.runOnce();
    expect(await jobRow(id)).toMatchObject({ status: 'done', attempts: 2, last_error: null });
  });
});

describe('a job of an unknown kind', () => {
  it('is left dead at once with a clear last_error', async () => {
    const id = await add({ kind: 'test.nobody_handles_this', payload: {} });
    const { worker, log } = workerWith({ 'test.known': async () => {} });
    expect(await worker.runOnce()).toBe(1);
    const row = await jobRow(id);
    expect(row).toMatchObject({ status: 'dead', attempts: 1 });
    expect(row.last_error).toContain('no handler for job kind "test.nobody_handles_this"');
    expect(row.last_error).toContain('test.known');
    expect(log.lines.some((l) => l.level === 'error' && l.msg === 'job dead: unknown kind')).toBe(true);
  });
});

describe('a worker that crashed while running a job', () => {
  it('leaves the job running until the lock times out; a new worker then runs it, and the old run cannot overwrite the outcome', async () => {
    const id = await add({ kind: 'test.crashy', payload: {} });
    const stuck = deferred();
    const crashed = workerWith({ 'test.crashy': () => stuck.promise }, { workerId: 'crashed-worker', lockTimeoutMs: 60_000 });
    const crashedRun = crashed.worker.runOnce();
    await waitFor(async () => (await jobRow(id)).status === 'running', 'the first worker to claim the job');
    expect(await jobRow(id)).toMatchObject({ status: 'running', attempts: 1, locked_by: 'crashed-worker' });

    // "Restart": a new worker instance with the same lock timeout.
    const ran: number[] = [];
    const restarted = workerWith(
      { 'test.crashy': async (_p, ctx) => void ran.push(ctx.attempt) },
      { workerId: 'new-worker', lockTimeoutMs: 60_000 },
    );
    clock.advance(59_000);
    expect(await restarted.worker.runOnce()).toBe(0); // lock still fresh
    clock.advance(1_001);
    expect(await restarted.worker.runOnce()).toBe(1);
    expect(ran).toEqual([2]);
    expect(await jobRow(id)).toMatchObject({ status: 'done', attempts: 2, locked_by: null });
    expect(restarted.log.lines.some((l) => l.level === 'warn' && l.msg.startsWith('job lock expired'))).toBe(true);

    // The first worker wakes up and fails: the newer run's outcome stands.
    stuck.reject(new Error('woke up too late'));
    await crashedRun;
    expect(await jobRow(id)).toMatchObject({ status: 'done', attempts: 2, last_error: null });
    expect(crashed.log.lines.some((l) => l.level === 'warn' && l.msg.includes('after its lock expired'))).toBe(true);
  });

  it('leaves the job dead when the crash was on its last attempt', async () => {
    const id = await add({ kind: 'test.crash_last', payload: {}, maxAttempts: 1 });
    // A worker claimed it and was killed: the row stays as its claim left it.
    await database.db
      .updateTable('jobs')
      .set({ status: 'running', attempts: 1, locked_by: 'killed-worker', locked_at: clock.now(), updated_at: clock.now() })
      .where('id', '=', id)
      .execute();
    const { worker } = workerWith({ 'test.crash_last': async () => {} }, { lockTimeoutMs: 1_000 });
    clock.advance(1_001);
    expect(await worker.runOnce()).toBe(0);
    const row = await jobRow(id);
    expect(row).toMatchObject({ status: 'dead', attempts: 1, locked_by: null });
    expect(row.last_error).toMatch(/^lock expired: worker killed-worker did not finish/);
    expect(ms(row.finished_at)).toBe(clock.now().getTime());
  });
});

describe('the polling loop', () => {
  it('claims no more jobs per poll than its concurrency', async () => {
    for (let i = 0; i < 7; i++) await add({ kind: 'test.batch', payload: { i } });
    const { worker } = workerWith({ 'test.batch': async () => {} }, { concurrency: 3 });
    expect(await worker.runOnce()).toBe(3);
    expect(await worker.runOnce()).toBe(3);
    expect(await worker.runOnce()).toBe(1);
    expect(await worker.runOnce()).toBe(0);
  });

  it('runs jobs after start(), and stop() waits for running handlers to finish and be recorded', async () => {
    const events: string[] = [];
    const release = deferred();
    const id = await add({ kind: 'test.slow', payload: {} });
    const { worker } = workerWith({
      'test.slow': async () => {
        events.push('handler started');
        await release.promise;
        events.push('handler finished');
      },
    });
    worker.start();
    await waitFor(() => events.includes('handler started'), 'the worker to pick up the job');
    const stopped = worker.stop().then(() => events.push('stopped'));
    release.resolve();
    await stopped;
    expect(events).toEqual(['handler started', 'handler finished', 'stopped']);
    expect(await jobRow(id)).toMatchObject({ status: 'done', attempts: 1 });

    // Stopped means stopped: a new job is not picked up.
    const later = await add({ kind: 'test.slow', payload: {} });
    await new Promise((r) => setTimeout(r, 50));
    expect(await jobRow(later)).toMatchObject({ status: 'pending', attempts: 0 });
  });
});
