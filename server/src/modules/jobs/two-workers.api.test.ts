// Two workers polling one database at the same time run each job exactly once. On PostgreSQL the second
// worker has its own pool (its own Database object), as a second instance would; PGlite is one
// in-process database, so there both workers share it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type Database } from '../../db/database.js';
import { manualClock } from '../../lib/clock.js';
import { freshDatabase, TEST_DB_KIND } from '../../../test/db.js';
import { enqueueJob } from './enqueue-job.js';
import { recordingLog, waitFor } from './test-support.js';
import { createJobWorker, type JobHandler, type JobWorker } from './worker.js';

const N = 50;
let first: Database & { url?: string };
let second: Database;
const clock = manualClock();

beforeAll(async () => {
  first = await freshDatabase();
  second = TEST_DB_KIND === 'postgres' ? await openPostgres(first.url!, 5) : first;
});
afterAll(async () => {
  if (second !== first) await second.close();
  await first.close();
});

async function enqueueMany(kind: string): Promise<string[]> {
  return first.db.transaction().execute(async (trx) => {
    const ids: string[] = [];
    for (let i = 0; i < N; i++) ids.push(await enqueueJob(trx, { kind, payload: { i } }, clock.now()));
    return ids;
  });
}

/** Counts executions per job id and per worker; each run yields a little so the two workers interleave. */
function counting(kind: string, runs: Map<string, number>, byWorker: Record<string, number>, worker: string): Record<string, JobHandler> {
  return {
    [kind]: async (_payload, ctx) => {
      runs.set(ctx.jobId, (runs.get(ctx.jobId) ?? 0) + 1);
      byWorker[worker] = (byWorker[worker] ?? 0) + 1;
      await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 4)));
    },
  };
}

const statusesOf = (kind: string) => first.db.selectFrom('jobs').select(['status', 'attempts']).where('kind', '=', kind).execute();

describe(`two workers, ${N} jobs`, () => {
  it('run each job exactly once when both poll at the same moments (runOnce in parallel)', async () => {
    const ids = await enqueueMany('test.parallel');
    const runs = new Map<string, number>();
    const byWorker: Record<string, number> = {};
    const a = createJobWorker({
      db: first.db,
      clock,
      log: recordingLog(),
      handlers: counting('test.parallel', runs, byWorker, 'a'),
      pollMs: 5,
      concurrency: 4,
      workerId: 'worker-a',
    });
    const b = createJobWorker({
      db: second.db,
      clock,
      log: recordingLog(),
      handlers: counting('test.parallel', runs, byWorker, 'b'),
      pollMs: 5,
      concurrency: 4,
      workerId: 'worker-b',
    });
    let claimed = 0;
    for (let round = 0; round < 100; round++) {
      const [x, y] = await Promise.all([a.runOnce(), b.runOnce()]);
      claimed += x + y;
      if (x + y === 0) break;
    }
    expect(claimed).toBe(N);
    expect(runs.size).toBe(N);
    expect([...runs.keys()].sort()).toEqual([...ids].sort());
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    expect((byWorker.a ?? 0) + (byWorker.b ?? 0)).toBe(N);
    const rows = await statusesOf('test.parallel');
    expect(rows.every((r) => r.status === 'done' && r.attempts === 1)).toBe(true);
  });

  it('run each job exactly once with both polling loops running (start/stop)', async () => {
    const ids = await enqueueMany('test.loops');
    const runs = new Map<string, number>();
    const byWorker: Record<string, number> = {};
    const workers: JobWorker[] = [
      createJobWorker({
        db: first.db,
        clock,
        log: recordingLog(),
        handlers: counting('test.loops', runs, byWorker, 'a'),
        pollMs: 5,
        concurrency: 5,
      }),
      createJobWorker({
        db: second.db,
        clock,
        log: recordingLog(),
        handlers: counting('test.loops', runs, byWorker, 'b'),
        pollMs: 5,
        concurrency: 5,
      }),
    ];
    for (const w of workers) w.start();
    await waitFor(async () => (await statusesOf('test.loops')).every((r) => r.status === 'done'), 'all jobs to be done');
    await Promise.all(workers.map((w) => w.stop()));
    expect(runs.size).toBe(N);
    expect([...runs.keys()].sort()).toEqual([...ids].sort());
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    expect((await statusesOf('test.loops')).every((r) => r.attempts === 1)).toBe(true);
  });
});
