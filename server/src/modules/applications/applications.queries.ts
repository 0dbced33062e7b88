/** Reading applications: the applicant's list, a staff inbox by role and department, detail parts. */
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { Principal } from '../identity/principal.js';
import { calendarFor } from './application-context.js';

export function findApplication(db: Db, id: string) {
  return db.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findByNumber(db: Db, number: string) {
  return db.selectFrom('applications').selectAll().where('number', '=', number).executeTakeFirst();
}

const itemName = sql<string>`(v.content->>'name')`;

/**
 * Each row with the working calendar its clocks run on — the national calendar with the closures of the
 * row's hall, as on the application's own page and in its actions — so a list shows the same remaining
 * days as the detail. Each distinct hall's calendar is loaded once (and `calendarFor` caches it).
 */
export async function withHallCalendars<R extends { hall_id: string | null }>(
  db: Db,
  rows: R[],
): Promise<(R & { calendar: WorkingCalendar })[]> {
  const halls = [...new Set(rows.map((r) => r.hall_id))];
  const calendars = new Map(await Promise.all(halls.map(async (hall) => [hall, await calendarFor(db, hall)] as const)));
  return rows.map((r) => ({ ...r, calendar: calendars.get(r.hall_id)! }));
}

/** The applicant's applications, newest first, each with its hall's `calendar` for the clock and its 一件事 (bundle_*, null if none). */
export async function listMine(db: Db, accountId: string, page: { limit: number; offset: number }) {
  const q = db.selectFrom('applications as a').where('a.applicant_account_id', '=', accountId);
  const [rows, total] = await Promise.all([
    q
      .innerJoin('item_versions as v', 'v.id', 'a.item_version_id')
      .innerJoin('departments as d', 'd.id', 'a.department_id')
      .innerJoin('catalogue_items as i', 'i.id', 'a.item_id')
      // 一件事: the bundle application this one is part of (null for a plain application)
      .leftJoin('bundle_applications as ba', 'ba.id', 'a.bundle_application_id')
      .leftJoin('bundles as bb', 'bb.id', 'ba.bundle_id')
      .select([
        'i.implementation_code',
        'a.id',
        'a.number',
        'a.status',
        'a.created_at',
        'a.submitted_at',
        'a.promised_due_date',
        'a.acceptance_due_date',
        'a.paused_since',
        'a.hall_id',
        'd.name as department_name',
        'ba.id as bundle_id',
        'ba.number as bundle_number',
        'bb.name as bundle_name',
      ])
      .select(itemName.as('item_name'))
      .orderBy('a.created_at', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: await withHallCalendars(db, rows), total: Number(total.n) };
}

/** Open tasks the caller can act on: their department, one of their roles; most urgent first; each with its hall's `calendar`. */
export async function listInbox(db: Db, p: Principal, f: { limit: number; offset: number; mine: boolean }) {
  let q = db
    .selectFrom('application_tasks as t')
    .innerJoin('applications as a', 'a.id', 't.application_id')
    .where('t.status', '=', 'open')
    .where('t.department_id', '=', p.departmentId ?? '00000000-0000-0000-0000-000000000000')
    .where('t.role', 'in', p.roles.length ? p.roles : ['none']);
  if (f.mine) q = q.where('t.claimed_by', '=', p.accountId);
  const [rows, total] = await Promise.all([
    q
      .innerJoin('item_versions as v', 'v.id', 'a.item_version_id')
      .select([
        't.id as task_row_id',
        't.task_key',
        't.name as task_name',
        't.phase',
        't.due_date as task_due_date',
        't.claimed_by',
        't.created_at as task_created_at',
        'a.id',
        'a.number',
        'a.status',
        'a.applicant_name',
        'a.channel',
        'a.promised_due_date',
        'a.acceptance_due_date',
        'a.paused_since',
        'a.hall_id',
        'a.version',
      ])
      .select(itemName.as('item_name'))
      .orderBy(sql`coalesce(t.due_date, a.promised_due_date)`, sql`asc nulls last`)
      .orderBy('t.created_at')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: await withHallCalendars(db, rows), total: Number(total.n) };
}

export function specialProceduresOf(db: Db, applicationId: string) {
  return db.selectFrom('special_procedures').selectAll().where('application_id', '=', applicationId).orderBy('started_at').execute();
}
