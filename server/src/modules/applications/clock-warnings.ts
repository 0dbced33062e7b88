/**
 * 预警: a scheduled job (every 15 minutes, exactly once across instances via the job table) looks for
 * clocks that turned yellow (≤ CLOCK_YELLOW_DAYS working days left) or red (overdue): open tasks, the
 * decision due date of accepted applications, and the 5-working-day 补正 notice deadline of submitted
 * ones. Each warning is raised once per subject and level; the handler (or everyone holding the task's
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

async function candidates(db: Db, today: string, yellowLimit: string): Promise<Candidate[]> {
  const tasks = await db
    .selectFrom('application_tasks as t')
    .innerJoin('applications as a', 'a.id', 't.application_id')
    .select(['a.id as application_id', 'a.number', 't.department_id', 't.task_key', 't.name', 't.due_date', 't.role', 't.claimed_by'])
    .where('t.status', '=', 'open')
    .where('a.paused_since', 'is', null)
    .where('t.due_date', '<=', yellowLimit)
    .where(
      sql<boolean>`NOT EXISTS (SELECT 1 FROM application_warnings w WHERE w.application_id = a.id
        AND w.subject = 'task:' || t.task_key AND w.level = CASE WHEN t.due_date < ${today} THEN 'red' ELSE 'yellow' END)`,
    )
    .orderBy('t.due_date')
    .limit(CLOCK_CHECK_BATCH)
    .execute();
  const apps = await db
    .selectFrom('applications')
    .select(['id', 'number', 'department_id', 'status', 'promised_due_date', 'acceptance_due_date'])
    .where('paused_since', 'is', null)
    .where((eb) =>
      eb.or([
        eb.and([eb('status', 'in', ['accepted', 'decided']), eb('promised_due_date', '<=', yellowLimit)]),
        eb.and([eb('status', '=', 'submitted'), eb('acceptance_due_date', '<=', yellowLimit)]),
      ]),
    )
    .where(
      sql<boolean>`NOT EXISTS (SELECT 1 FROM application_warnings w WHERE w.application_id = applications.id
        AND w.subject = CASE WHEN applications.status = 'submitted' THEN 'acceptance' ELSE 'decision' END
        AND w.level = CASE WHEN (CASE WHEN applications.status = 'submitted' THEN acceptance_due_date ELSE promised_due_date END) < ${today}
          THEN 'red' ELSE 'yellow' END)`,
    )
    .orderBy(sql`coalesce(promised_due_date, acceptance_due_date)`)
    .limit(CLOCK_CHECK_BATCH)
    .execute();
  return [
    ...tasks.map((t) => ({
      application_id: t.application_id,
      number: t.number,
      department_id: t.department_id,
      subject: `task:${t.task_key}`,
      label: `环节「${t.name}」`,
      due: t.due_date!,
      role: t.role,
      claimed_by: t.claimed_by,
    })),
    ...apps.map((a) => ({
      application_id: a.id,
      number: a.number,
      department_id: a.department_id,
      subject: a.status === 'submitted' ? 'acceptance' : 'decision',
      label: a.status === 'submitted' ? '受理（补正告知）期限' : '承诺办结期限',
      due: (a.status === 'submitted' ? a.acceptance_due_date : a.promised_due_date)!,
      role: null,
      claimed_by: null,
    })),
  ];
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
