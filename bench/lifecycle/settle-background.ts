/**
 * Brings a benchmark database to a live system's steady state before the timed run, so the job worker spends
 * the run on the run's own work:
 * - clocks of the loaded history that fell due before today are marked as warned (a live system raised those
 *   warnings as they came; the clock check would otherwise raise them 200 per run, with their notifications);
 * - notifications left queued by earlier runs on a reused database are marked done, and the jobs table vacuumed.
 */
import { sql } from 'kysely';
import type { Db } from '../../server/src/db/database.js';
import { loadWorkingCalendar } from '../../server/src/modules/calendar/load-calendar.js';
import { localDate } from '../../server/src/modules/calendar/working-calendar.js';
import { DELIVER_NOTIFICATION } from '../../server/src/modules/notifications/notification.js';

export async function settleBackground(db: Db, now: Date, yellowDays: number): Promise<string[]> {
  const today = localDate(now);
  const yellowLimit = (await loadWorkingCalendar(db)).addWorkingDays(today, yellowDays);
  const level = (due: string) => sql<'red' | 'yellow'>`CASE WHEN ${sql.ref(due)} < ${today} THEN 'red' ELSE 'yellow' END`;
  const tasks = await db
    .updateTable('application_tasks')
    .set({ warned_level: level('due_date') })
    .where(sql<boolean>`status = 'open' AND warned_level IS NULL`)
    .where('due_date', '<=', yellowLimit)
    .executeTakeFirst();
  const acceptance = await db
    .updateTable('applications')
    .set({ acceptance_warned: level('acceptance_due_date') })
    .where(sql<boolean>`status = 'submitted' AND acceptance_warned IS NULL`)
    .where('acceptance_due_date', '<=', yellowLimit)
    .executeTakeFirst();
  const decision = await db
    .updateTable('applications')
    .set({ decision_warned: level('promised_due_date') })
    .where(sql<boolean>`status IN ('accepted', 'decided') AND decision_warned IS NULL`)
    .where('promised_due_date', '<=', yellowLimit)
    .executeTakeFirst();
  const cleared = await db
    .updateTable('jobs')
    .set({ status: 'done', finished_at: now, updated_at: now, last_error: 'bench: cleared before the run' })
    .where('status', '=', 'pending')
    .where('kind', '=', DELIVER_NOTIFICATION)
    .executeTakeFirst();
  const n = (r: { numUpdatedRows: bigint }) => Number(r.numUpdatedRows).toLocaleString('en');
  if (cleared.numUpdatedRows > 0n) await sql`VACUUM (ANALYZE) jobs`.execute(db);
  return [
    `history clocks marked as already warned: ${n(tasks)} tasks, ${n(acceptance)} acceptance and ${n(decision)} decision dates`,
    `queued notifications left by earlier runs, marked done: ${n(cleared)}`,
  ];
}
