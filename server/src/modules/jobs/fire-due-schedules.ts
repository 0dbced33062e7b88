/**
 * Turns due schedule ticks into jobs. A worker locks due schedule rows with FOR UPDATE SKIP LOCKED,
 * enqueues one job per row and advances next_run_at in the same transaction, so a tick fires once
 * however many workers and instances poll. The job's dedupe key names the tick as a second guard.
 * Ticks missed while nothing ran (downtime) fire once, then the schedule continues from the next
 * future tick on its original grid.
 */
import type { Db } from '../../db/database.js';
import { enqueueJob } from './enqueue-job.js';

const BATCH = 20;

export function nextTickAfter(previous: Date, intervalSeconds: number, now: Date): Date {
  const step = intervalSeconds * 1000;
  const missed = Math.floor((now.getTime() - previous.getTime()) / step) + 1;
  return new Date(previous.getTime() + Math.max(1, missed) * step);
}

export async function fireDueSchedules(db: Db, now: Date): Promise<Array<{ name: string; jobId: string }>> {
  return db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom('job_schedules')
      .selectAll()
      .where('next_run_at', '<=', now)
      .orderBy('next_run_at')
      .limit(BATCH)
      .forUpdate()
      .skipLocked()
      .execute();
    const fired: Array<{ name: string; jobId: string }> = [];
    for (const s of due) {
      const tick = new Date(s.next_run_at);
      const jobId = await enqueueJob(
        trx,
        { kind: s.kind, payload: s.payload, runAt: tick, dedupeKey: `schedule:${s.name}:${tick.toISOString()}` },
        now,
      );
      await trx
        .updateTable('job_schedules')
        .set({ next_run_at: nextTickAfter(tick, s.interval_seconds, now), last_fired_at: now, last_job_id: jobId, updated_at: now })
        .where('name', '=', s.name)
        .execute();
      fired.push({ name: s.name, jobId });
    }
    return fired;
  });
}
