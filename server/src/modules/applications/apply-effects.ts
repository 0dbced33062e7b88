/**
 * Writes what the engine's effects mean for the tables, inside the action's transaction: task rows
 * (环节: 待办/已办), the statutory clock fields on 受理 / 决定 / 办结, the notices those steps issue, and
 * the messages to the applicant and to copied staff.
 */
import type { Updateable } from 'kysely';
import type { Db } from '../../db/database.js';
import { localDate, type WorkingCalendar } from '../calendar/working-calendar.js';
import { notifyAccount } from '../notifications/notify-account.js';
import type { DepartmentRef } from '../process/definition.js';
import type { Effect } from '../process/engine.js';
import { withCalendar, type ApplicationRow } from './application-context.js';
import type { ApplicationTables } from './applications.tables.js';
import { DELIVERY_DAYS, decisionDueDates } from './clocks.js';
import type { NoticeQueue } from './issue-notice.js';

export type ApplicationUpdate = Updateable<ApplicationTables['applications']>;

export interface EffectContext {
  trx: Db;
  app: ApplicationRow;
  cal: WorkingCalendar;
  now: Date;
  today: string;
  actorId: string | null;
  /** the opinion given with the action (reason of a refusal or denial) */
  opinion: string | null;
  /** notices issued by these effects (numbered last in the transaction) */
  notices: NoticeQueue;
}

export function departmentIdOf(ref: DepartmentRef, app: Pick<ApplicationRow, 'department_id'>): string {
  return ref.kind === 'owner' ? app.department_id : ref.departmentId;
}

export async function applyEffects(ctx: EffectContext, effects: Effect[]): Promise<ApplicationUpdate> {
  const { trx, app, cal, now, today } = ctx;
  const update: ApplicationUpdate = {};
  for (const e of effects) {
    switch (e.type) {
      case 'task_created':
        await trx
          .insertInto('application_tasks')
          .values({
            application_id: app.id,
            task_key: e.task.id,
            node_id: e.task.nodeId,
            name: e.task.name,
            phase: e.task.phase,
            role: e.task.role,
            department_id: departmentIdOf(e.task.department, app),
            status: 'open',
            limit_days: e.task.limitDays,
            due_date: withCalendar(() => cal.addWorkingDays(today, e.task.limitDays)),
            created_at: now,
          })
          .execute();
        break;
      case 'task_completed':
        await trx
          .updateTable('application_tasks')
          .set({ status: 'done', action_key: e.actionKey, opinion: ctx.opinion, actor_id: ctx.actorId, finished_at: now })
          .where('application_id', '=', app.id)
          .where('task_key', '=', e.taskId)
          .execute();
        break;
      case 'task_cancelled':
        await trx
          .updateTable('application_tasks')
          .set({ status: 'cancelled', finished_at: now })
          .where('application_id', '=', app.id)
          .where('task_key', '=', e.taskId)
          .where('status', '=', 'open')
          .execute();
        break;
      case 'accepted':
        Object.assign(update, await onAccepted(ctx));
        break;
      case 'decision':
        Object.assign(update, await onDecision(ctx, e.decision));
        break;
      case 'instance_ended':
        if (e.result === 'refused') Object.assign(update, await onRefused(ctx));
        else if (e.status === 'completed') update.completed_at = now;
        else update.ended_at = now;
        break;
      case 'notify':
        if (e.to === 'applicant') {
          await notifyAccount(
            trx,
            { accountId: app.applicant_account_id, title: e.template, body: `办件编号 ${app.number}`, channels: ['inapp'] },
            now,
          );
        }
        break;
      case 'copy_to':
        await copyTo(ctx, e.roles, e.departments, e.note);
        break;
      default:
        break;
    }
  }
  return update;
}

/**
 * 受理: the decision clock starts. If the 补正 notice deadline (收件 + 5 working days) has passed, the
 * application counts as accepted on the day the materials were received (行政许可法第三十二条).
 */
async function onAccepted(ctx: EffectContext): Promise<ApplicationUpdate> {
  const { app, cal, today, now } = ctx;
  const late = app.acceptance_due_date !== null && today > app.acceptance_due_date;
  const clockStart = late && app.received_at ? receivedDate(app.received_at) : today;
  const due = withCalendar(() =>
    decisionDueDates(cal, {
      limitUnit: app.limit_unit,
      promisedLimitDays: app.promised_limit_days,
      legalLimitDays: app.legal_limit_days,
      extensionDays: app.extension_days,
      pausedDays: app.paused_days,
      clockStartDate: clockStart,
    }),
  );
  // Its number becomes the 受理文书编号 (acceptance_doc_no) when the queue is flushed (perform-action.ts).
  await ctx.notices.issue(app, 'acceptance', { acceptedAt: now, submittedAt: app.submitted_at ?? undefined, dueDate: due.promisedDue });
  return {
    accepted_at: now,
    clock_start_date: clockStart,
    promised_due_date: due.promisedDue,
    legal_due_date: due.legalDue,
  };
}

function receivedDate(at: Date): string {
  return localDate(at);
}

async function onDecision(ctx: EffectContext, decision: 'granted' | 'denied'): Promise<ApplicationUpdate> {
  const { app, cal, today, now } = ctx;
  await ctx.notices.issue(app, decision === 'granted' ? 'grant' : 'denial', {
    reason: ctx.opinion ?? undefined,
    acceptedAt: app.accepted_at ?? undefined,
  });
  return {
    decision,
    decided_at: now,
    // 行政许可法第四十四条: 准予决定之日起十日内颁发、送达.
    delivery_due_date: withCalendar(() => cal.addWorkingDays(today, DELIVERY_DAYS)),
  };
}

async function onRefused(ctx: EffectContext): Promise<ApplicationUpdate> {
  await ctx.notices.issue(ctx.app, 'refusal', { reason: ctx.opinion ?? '不符合受理条件' });
  return { ended_at: ctx.now, end_reason: ctx.opinion };
}

async function copyTo(ctx: EffectContext, roles: string[], departments: DepartmentRef[], note: string) {
  const deptIds = departments.map((d) => departmentIdOf(d, ctx.app));
  if (deptIds.length === 0 || roles.length === 0) return;
  const staff = await ctx.trx
    .selectFrom('staff')
    .innerJoin('account_roles', 'account_roles.account_id', 'staff.account_id')
    .select('staff.account_id')
    .distinct()
    .where('staff.department_id', 'in', deptIds)
    .where('account_roles.role', 'in', roles)
    .limit(50)
    .execute();
  for (const s of staff) {
    await notifyAccount(
      ctx.trx,
      { accountId: s.account_id, title: '办件抄送', body: `${note || '请知悉'}（办件编号 ${ctx.app.number}）`, channels: ['inapp'] },
      ctx.now,
    );
  }
}
