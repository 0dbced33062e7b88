/**
 * Brings a benchmark database to a live system's steady state before the timed run, so the job worker spends
 * the run on the run's own work:
 * - clocks of the loaded history that fell due before today are marked as warned (a live system raised those
 *   warnings as they came; the clock check would otherwise raise them 200 per run, with their notifications);
 * - notifications left queued by earlier runs on a reused database are marked done, and the jobs table vacuumed.
 */
import { sql } from 'kysely';
import type { Db } from '../../server/src/db/database.js';
import { APPLICATION_CLOCKS } from '../../server/src/modules/applications/clock-warnings.js';
import { loadWorkingCalendar } from '../../server/src/modules/calendar/load-calendar.js';
import { localDate } from '../../server/src/modules/calendar/working-calendar.js';
import { DELIVER_NOTIFICATION } from '../../server/src/modules/notifications/notification.js';

export async function settleBackground(db: Db, now: Date, yellowDays: number): Promise<string[]> {
  const today = localDate(now);
  const yellowLimit = (await loadWorkingCalendar(db)).addWorkingDays(today, yellowDays);
  const n = (r: { numUpdatedRows: bigint }) => Number(r.numUpdatedRows).toLocaleString('en');
  const level = (due: string) => sql<'red' | 'yellow'>`CASE WHEN ${sql.ref(due)} < ${today} THEN 'red' ELSE 'yellow' END`;
  const tasks = await db
    .updateTable('application_tasks')
    .set({ warned_level: level('due_date') })
    .where(sql<boolean>`status = 'open' AND warned_level IS NULL`)
    .where('due_date', '<=', yellowLimit)
    .executeTakeFirst();
  const applications: string[] = [];
  for (const clock of APPLICATION_CLOCKS) {
    const r = await db
      .updateTable('applications')
      .set({ [clock.warned]: level(clock.due) })
      .where(sql<boolean>`${clock.runs} AND ${sql.ref(clock.warned)} IS NULL`)
      .where(clock.due, '<=', yellowLimit)
      .executeTakeFirst();
    applications.push(`${n(r)} ${clock.subject}`);
  }
  const cleared = await db
    .updateTable('jobs')
    .set({ status: 'done', finished_at: now, updated_at: now, last_error: 'bench: cleared before the run' })
    .where('status', '=', 'pending')
    .where('kind', '=', DELIVER_NOTIFICATION)
    .executeTakeFirst();
  if (cleared.numUpdatedRows > 0n) await sql`VACUUM (ANALYZE) jobs`.execute(db);
  return [
    `history clocks marked as already warned: ${n(tasks)} tasks; application clocks: ${applications.join(', ')}`,
    `queued notifications left by earlier runs, marked done: ${n(cleared)}`,
  ];
}
