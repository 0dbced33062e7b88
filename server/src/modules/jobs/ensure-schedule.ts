/**
 * Declares a recurring job (call it at boot, from every instance). The schedule lives in job_schedules,
 * so it survives restarts: an existing row keeps its next_run_at, and only kind, payload and interval
 * are updated — except that a shorter interval brings the next tick forward to at most one new interval.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

export interface ScheduleInput {
  /** stable name, e.g. 'clocks.check-overdue' */
  name: string;
  kind: string;
  payload: unknown;
  intervalSeconds: number;
  /** first tick of a new schedule; default now */
  firstRunAt?: Date;
}

export async function ensureSchedule(db: Db, input: ScheduleInput, now: Date): Promise<void> {
  if (!Number.isInteger(input.intervalSeconds) || input.intervalSeconds < 1) {
    throw new RangeError(`schedule ${input.name}: intervalSeconds must be a positive integer`);
  }
  const soonestNext = new Date(now.getTime() + input.intervalSeconds * 1000);
  await db
    .insertInto('job_schedules')
    .values({
      name: input.name,
      kind: input.kind,
      payload: JSON.stringify(input.payload ?? {}),
      interval_seconds: input.intervalSeconds,
      next_run_at: input.firstRunAt ?? now,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.column('name').doUpdateSet((eb) => ({
        kind: eb.ref('excluded.kind'),
        payload: eb.ref('excluded.payload'),
        interval_seconds: eb.ref('excluded.interval_seconds'),
        next_run_at: sql<Date>`LEAST(job_schedules.next_run_at, ${soonestNext}::timestamptz)`,
        updated_at: now,
      })),
    )
    .execute();
}
