/**
 * 预警: a scheduled job (every 15 minutes, exactly once across instances via the job table) looks for
 * clocks that turned yellow (≤ CLOCK_YELLOW_DAYS working days left) or red (overdue): open tasks, the
 * decision due date of accepted applications, and the 5-working-day 补正 notice deadline of submitted
 * ones. Each warning is raised once per subject and level (the row keeps the level it reached, so a run
 * reads only clocks that can still warn, through partial indexes — migration 0016); the handler (or everyone holding the task's
 * role in its department) and the department head are notified. A year missing from the calendar is
 * logged and skipped, never guessed.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { recordAudit } from '../audit/record-audit.js';
import { loadWorkingCalendar } from '../calendar/load-calendar.js';
import { CalendarYearMissingError, localDate } from '../calendar/working-calendar.js';
import type { JobHandler } from '../jobs/worker.js';
import { notifyAccount } from '../notifications/notify-account.js';
import type { WarningLevel } from './applications.tables.js';

export const CLOCK_CHECK = 'applications.clock_check';
export const CLOCK_CHECK_SCHEDULE = { name: 'applications.clock_check', kind: CLOCK_CHECK, payload: {}, intervalSeconds: 900 };

interface Candidate {
  application_id: string;
  number: string;
  department_id: string;
  subject: string;
  label: string;
  due: string;
  role: string | null;
  claimed_by: string | null;
}

/** At most this many warnings per run (oldest due first): a backlog never holds the database for long. */
export const CLOCK_CHECK_BATCH = 200;

/**
 * A clock can still warn in two ways: not warned yet and due within the yellow limit, or warned yellow and now
 * overdue. Each is an exact range scan on its own partial index (migration 0016), so a run never reads past
 * rows that cannot warn, however many overdue items stay open. The predicates are literal SQL so that every
 * plan, a prepared statement's generic one too, matches the index.
 */
const STAGES = [
  { mark: sql.raw('IS NULL'), op: '<=' as const, bound: (today: string, yellowLimit: string) => yellowLimit },
  { mark: sql.raw("= 'yellow'"), op: '<' as const, bound: (today: string) => today },
];

/** The oldest-due `CLOCK_CHECK_BATCH` of candidates gathered from several scans. */
function oldestFirst(found: Candidate[]): Candidate[] {
  return found.sort((x, y) => x.due.localeCompare(y.due)).slice(0, CLOCK_CHECK_BATCH);
}

/**
 * The two clocks an application row carries: the statuses it runs in (literal SQL, to match the partial
 * indexes of migration 0016), its due date and the column keeping the level raised.
 */
export const APPLICATION_CLOCKS = [
  {
    subject: 'acceptance', // the 补正告知 deadline of a submitted application (行政许可法第三十二条)
    label: '受理（补正告知）期限',
    runs: sql<boolean>`status = 'submitted'`,
    statuses: ['submitted'],
    due: 'acceptance_due_date',
    warned: 'acceptance_warned',
  },
  {
    subject: 'decision', // the promised decision date of an accepted or decided one
    label: '承诺办结期限',
    runs: sql<boolean>`status IN ('accepted', 'decided')`,
    statuses: ['accepted', 'decided'],
    due: 'promised_due_date',
    warned: 'decision_warned',
  },
] as const;
type ApplicationClock = (typeof APPLICATION_CLOCKS)[number];
const clockOf = (subject: string): ApplicationClock | undefined => APPLICATION_CLOCKS.find((k) => k.subject === subject);

async function candidates(db: Db, today: string, yellowLimit: string): Promise<Candidate[]> {
  const tasks: Candidate[] = [];
  const apps: Candidate[] = [];
  // One scan after another: a background job holds one pooled connection at a time.
  for (const { mark, op, bound } of STAGES) {
    const limit = bound(today, yellowLimit);
    const taskRows = await db
      .selectFrom('application_tasks as t')
      .innerJoin('applications as a', 'a.id', 't.application_id')
      .select(['a.id as application_id', 'a.number', 't.department_id', 't.task_key', 't.name', 't.due_date', 't.role', 't.claimed_by'])
      .where(sql<boolean>`t.status = 'open' AND t.warned_level ${mark}`)
      .where('t.due_date', op, limit)
      .where('a.paused_since', 'is', null)
      .orderBy('t.due_date')
      .limit(CLOCK_CHECK_BATCH)
      .execute();
    for (const t of taskRows) {
      tasks.push({ ...t, subject: `task:${t.task_key}`, label: `环节「${t.name}」`, due: t.due_date! });
    }
    for (const clock of APPLICATION_CLOCKS) {
      const rows = await db
        .selectFrom('applications')
        .select(['id', 'number', 'department_id', `${clock.due} as due`])
        .where(sql<boolean>`${clock.runs} AND ${sql.ref(clock.warned)} ${mark}`)
        .where(clock.due, op, limit)
        .where('paused_since', 'is', null)
        .orderBy(clock.due)
        .limit(CLOCK_CHECK_BATCH)
        .execute();
      for (const a of rows) {
        apps.push({ ...a, application_id: a.id, subject: clock.subject, label: clock.label, due: a.due!, role: null, claimed_by: null });
      }
    }
  }
  return [...oldestFirst(tasks), ...oldestFirst(apps)];
}

async function recipients(trx: Db, c: Candidate): Promise<string[]> {
  const heads = await trx
    .selectFrom('staff')
    .innerJoin('account_roles', 'account_roles.account_id', 'staff.account_id')
    .select('staff.account_id')
    .where('staff.department_id', '=', c.department_id)
    .where('account_roles.role', '=', 'department_head')
    .execute();
  let handlers: string[] = c.claimed_by ? [c.claimed_by] : [];
  if (!c.claimed_by && c.role) {
    const rows = await trx
      .selectFrom('staff')
      .innerJoin('account_roles', 'account_roles.account_id', 'staff.account_id')
      .select('staff.account_id')
      .where('staff.department_id', '=', c.department_id)
      .where('account_roles.role', '=', c.role)
      .limit(20)
      .execute();
    handlers = rows.map((r) => r.account_id);
  }
  return [...new Set([...handlers, ...heads.map((h) => h.account_id)])];
}

/**
 * Marks the warned row (task or application clock) with the level, if the clock still reads as the candidate did
 * (open, same due date, not yet warned at this level): the candidate was read before this transaction, and a
 * task may have been done, a pause started or the date moved since. Returns whether it marked, i.e. whether to
 * raise the warning. Later checks then skip the row (or, after yellow, wait for red).
 */
async function markWarned(trx: Db, c: Candidate, level: WarningLevel): Promise<boolean> {
  const notYet = sql.raw(level === 'red' ? "IS DISTINCT FROM 'red'" : 'IS NULL');
  if (c.subject.startsWith('task:')) {
    const r = await trx
      .updateTable('application_tasks')
      .set({ warned_level: level })
      .where('application_id', '=', c.application_id)
      .where('task_key', '=', c.subject.slice('task:'.length))
      .where('status', '=', 'open')
      .where('due_date', '=', c.due)
      .where(sql<boolean>`warned_level ${notYet}`)
      .executeTakeFirst();
    return r.numUpdatedRows > 0n;
  }
  const clock = clockOf(c.subject);
  if (!clock) return false;
  const r = await trx
    .updateTable('applications')
    .set({ [clock.warned]: level })
    .where('id', '=', c.application_id)
    .where('status', 'in', clock.statuses)
    .where(clock.due, '=', c.due)
    .where(sql<boolean>`${sql.ref(clock.warned)} ${notYet}`)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

/** Raises the warnings due now; returns how many were raised. */
export async function checkClocks(deps: { db: Db; now: Date; yellowDays: number }): Promise<{ raised: number; missingYears: number[] }> {
  const today = localDate(deps.now);
  const cal = await loadWorkingCalendar(deps.db);
  let yellowLimit: string;
  try {
    yellowLimit = cal.addWorkingDays(today, deps.yellowDays);
  } catch (err) {
    if (err instanceof CalendarYearMissingError) return { raised: 0, missingYears: err.years };
    throw err;
  }
  let raised = 0;
  for (const c of await candidates(deps.db, today, yellowLimit)) {
    const level = c.due < today ? 'red' : 'yellow';
    await deps.db.transaction().execute(async (trx) => {
      // The application row first, as every staff action locks it (then its task): the other order deadlocks.
      const app = await trx
        .selectFrom('applications')
        .select('paused_since')
        .where('id', '=', c.application_id)
        .forUpdate()
        .executeTakeFirst();
      if (!app || app.paused_since !== null || !(await markWarned(trx, c, level))) return;
      const inserted = await trx
        .insertInto('application_warnings')
        .values({ application_id: c.application_id, subject: c.subject, level, raised_at: deps.now })
        .onConflict((oc) => oc.doNothing())
        .returning('application_id')
        .executeTakeFirst();
      if (!inserted) return;
      raised++;
      const title = level === 'red' ? '办件已超期（红色预警）' : '办件即将到期（黄色预警）';
      for (const accountId of await recipients(trx, c)) {
        await notifyAccount(
          trx,
          {
            accountId,
            title,
            body: `办件 ${c.number} 的${c.label}${level === 'red' ? '已于' : '将于'} ${c.due} 到期，请及时办理。`,
            channels: ['inapp', 'sms'],
          },
          deps.now,
        );
      }
      await recordAudit(
        trx,
        {
          actor: { id: null, label: 'system:clock' },
          action: `application.warning.${level}`,
          targetType: 'application',
          targetId: c.application_id,
          detail: { subject: c.subject, due: c.due },
        },
        deps.now,
      );
    });
  }
  return { raised, missingYears: [] };
}

export function applicationJobHandlers(deps: {
  db: Db;
  yellowDays: number;
  log?: { warn(o: object, m?: string): void };
}): Record<string, JobHandler> {
  return {
    [CLOCK_CHECK]: async (_payload, ctx) => {
      const result = await checkClocks({ db: deps.db, now: ctx.now, yellowDays: deps.yellowDays });
      if (result.missingYears.length) deps.log?.warn({ missingYears: result.missingYears }, 'clock check skipped: calendar year missing');
    },
  };
}
