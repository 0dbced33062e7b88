// Recurring jobs: a tick fires once however many workers poll, and the schedule lives in the database,
// so a restarted worker continues from the stored next_run_at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type Database } from '../../db/database.js';
import { manualClock } from '../../lib/clock.js';
import { freshDatabase, TEST_DB_KIND } from '../../../test/db.js';
import { ensureSchedule } from './ensure-schedule.js';
import { recordingLog } from './test-support.js';
import { createJobWorker, type JobHandler } from './worker.js';

let first: Database & { url?: string };
let second: Database;
const clock = manualClock('2026-03-02T08:00:00Z');
const ticks: Array<{ worker: string; at: string; payload: unknown }> = [];

beforeAll(async () => {
  first = await freshDatabase();
  second = TEST_DB_KIND === 'postgres' ? await openPostgres(first.url!, 5) : first;
});
afterAll(async () => {
  if (second !== first) await second.close();
  await first.close();
});

const handlers = (worker: string): Record<string, JobHandler> => ({
  'test.tick': async (payload, ctx) => void ticks.push({ worker, at: ctx.now.toISOString(), payload }),
});
const newWorker = (db: Database, name: string) =>
  createJobWorker({ db: db.db, clock, log: recordingLog(), handlers: handlers(name), pollMs: 10, concurrency: 3, workerId: name });
const schedule = (db: Database) =>
  ensureSchedule(db.db, { name: 'test.every-minute', kind: 'test.tick', payload: { scope: 'all' }, intervalSeconds: 60 }, clock.now());
const nextRunAt = async () =>
  new Date(
    (await first.db.selectFrom('job_schedules').select('next_run_at').where('name', '=', 'test.every-minute').executeTakeFirstOrThrow())
      .next_run_at,
  ).toISOString();

/** Both workers poll at the same moment, as two instances would. */
async function pollBoth(a: ReturnType<typeof newWorker>, b: ReturnType<typeof newWorker>) {
  const [x, y] = await Promise.all([a.runOnce(), b.runOnce()]);
  return x + y;
}

describe('a schedule with two workers', () => {
  it('fires once per interval', async () => {
    await Promise.all([schedule(first), schedule(second)]); // every instance ensures it at boot
    const a = newWorker(first, 'a');
    const b = newWorker(second, 'b');

    expect(await pollBoth(a, b)).toBe(1); // a new schedule fires at once
    expect(await pollBoth(a, b)).toBe(0);
    expect(await nextRunAt()).toBe('2026-03-02T08:01:00.000Z');

    clock.advance(59_000);
    expect(await pollBoth(a, b)).toBe(0);
    clock.advance(1_000);
    expect(await pollBoth(a, b)).toBe(1);
    expect(await pollBoth(a, b)).toBe(0);

    for (let i = 0; i < 5; i++) {
      clock.advance(60_000);
      await pollBoth(a, b);
      await pollBoth(a, b);
    }
    expect(ticks.map((t) => t.at)).toEqual([
      '2026-03-02T08:00:00.000Z',
      '2026-03-02T08:01:00.000Z',
      '2026-03-02T08:02:00.000Z',
      '2026-03-02T08:03:00.000Z',
      '2026-03-02T08:04:00.000Z',
      '2026-03-02T08:05:00.000Z',
      '2026-03-02T08:06:00.000Z',
    ]);
    expect(ticks.every((t) => (t.payload as { scope: string }).scope === 'all')).toBe(true);
    const jobs = await first.db.selectFrom('jobs').select(['status', 'dedupe_key']).where('kind', '=', 'test.tick').execute();
    expect(jobs.length).toBe(7);
    expect(jobs.every((j) => j.status === 'done')).toBe(true);
    expect(new Set(jobs.map((j) => j.dedupe_key)).size).toBe(7);
  });

  it('continues from next_run_at in the database after a restart, and fires missed ticks once', async () => {
    ticks.length = 0;
    expect(await nextRunAt()).toBe('2026-03-02T08:07:00.000Z');
    // Restart 30 s later: a new worker (on PostgreSQL a new pool), and the schedule ensured again at boot.
    clock.advance(30_000);
    const restarted = TEST_DB_KIND === 'postgres' ? await openPostgres(first.url!, 2) : first;
    try {
      await schedule(restarted);
      expect(await nextRunAt()).toBe('2026-03-02T08:07:00.000Z'); // kept, not reset to "now"
      const c = newWorker(restarted, 'c');
      expect(await c.runOnce()).toBe(0);
      clock.advance(30_000);
      expect(await c.runOnce()).toBe(1);
      expect(ticks.map((t) => [t.worker, t.at])).toEqual([['c', '2026-03-02T08:07:00.000Z']]);

      // Down for 10 minutes: one tick for the missed ones, then back on the minute grid.
      clock.advance(10 * 60_000 + 15_000);
      expect(await c.runOnce()).toBe(1);
      expect(await c.runOnce()).toBe(0);
      expect(await nextRunAt()).toBe('2026-03-02T08:18:00.000Z');
    } finally {
      if (restarted !== first) await restarted.close();
    }
  });

  it('brings the next tick forward when the interval is shortened', async () => {
    await ensureSchedule(
      first.db,
      { name: 'test.every-minute', kind: 'test.tick', payload: { scope: 'all' }, intervalSeconds: 10 },
      clock.now(),
    );
    const now = clock.now().getTime();
    expect(new Date(await nextRunAt()).getTime()).toBe(now + 10_000);
  });
});
