/**
 * What staff do to an application, each a thin use case over `performAction`:
 * a task action (受理/不予受理/通过/退回/准予/不予许可/办结 — whatever the definition offers), 补正 request,
 * 容缺受理, 特别程序 start and end, 延期 (department head only) and 送达.
 */
import type { Db } from '../../db/database.js';
import { localDate } from '../calendar/working-calendar.js';
import { DomainError } from '../../errors.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import type { Principal } from '../identity/principal.js';
import { withCalendar, type ApplicationDeps, type ApplicationRow } from './application-context.js';
import { decisionDueDates, EXTENSION_DAYS, JOINT_EXTENSION_DAYS, pausedWorkingDays } from './clocks.js';
import { actorFrom, performAction, type ActionContext, type TaskRef } from './perform-action.js';

function assertOwningStaff(p: Principal, app: ApplicationRow, roles: string[]) {
  if (p.kind !== 'staff' || !p.roles.some((r) => roles.includes(r))) throw new DomainError('FORBIDDEN');
  if (p.departmentId !== app.department_id) throw new DomainError('OUT_OF_SCOPE', '只能处理本部门的办件');
}

/** The caller holds this task: same department, the task's role, not claimed by someone else. */
function assertHoldsTask(p: Principal, task: TaskRef | null) {
  if (!task) throw new DomainError('NOT_FOUND', '环节不存在');
  if (p.kind !== 'staff' || !p.roles.includes(task.role as never)) throw new DomainError('FORBIDDEN', '您没有处理此环节的岗位权限');
  if (p.departmentId !== task.department_id) throw new DomainError('OUT_OF_SCOPE', '此环节由其他部门办理');
  if (task.claimed_by && task.claimed_by !== p.accountId) throw new DomainError('CONFLICT', '此环节已由其他工作人员签收');
  return task;
}

async function assertHoldsAcceptance(trx: Db, p: Principal, app: ApplicationRow) {
  const open = await trx
    .selectFrom('application_tasks')
    .select('task_key')
    .where('application_id', '=', app.id)
    .where('status', '=', 'open')
    .where('phase', '=', 'acceptance')
    .executeTakeFirst();
  if (!open) throw new DomainError('APPLICATION_ACTION_NOT_ALLOWED', '办件不在受理环节');
  const task = await trx
    .selectFrom('application_tasks')
    .selectAll()
    .where('application_id', '=', app.id)
    .where('task_key', '=', open.task_key)
    .executeTakeFirst();
  assertHoldsTask(p, task ?? null);
}

export interface TaskActionInput {
  applicationId: string;
  taskId: string;
  actionKey: string;
  opinion?: string | null;
  expectedVersion?: number;
  idempotencyKey?: string;
}

export function actOnTask(deps: ApplicationDeps, p: Principal, input: TaskActionInput, meta: RequestMeta) {
  return performAction(
    deps,
    {
      applicationId: input.applicationId,
      actor: actorFrom(p),
      action: { type: 'task', taskId: input.taskId, actionKey: input.actionKey, actorId: p.accountId, opinion: input.opinion ?? null },
      expectedVersion: input.expectedVersion,
      idempotencyKey: input.idempotencyKey,
      opinion: input.opinion ?? null,
      payload: { taskId: input.taskId, actionKey: input.actionKey },
      publicNote: input.opinion ?? null,
      auditAction: 'application.task',
      taskKey: input.taskId,
      authorize: (_app, _trx, task) => {
        assertHoldsTask(p, task);
      },
    },
    meta,
  );
}

export interface CorrectionInput {
  applicationId: string;
  items: { name: string; problem: string }[];
  expectedVersion?: number;
}

/** 补正: one notice listing every missing or defective item (行政许可法第三十二条第一款第四项). */
export function requestCorrection(deps: ApplicationDeps, p: Principal, input: CorrectionInput, meta: RequestMeta) {
  return performAction(
    deps,
    {
      applicationId: input.applicationId,
      actor: actorFrom(p),
      action: { type: 'request_correction' },
      expectedVersion: input.expectedVersion,
      payload: { items: input.items },
      publicNote: `需补正 ${input.items.length} 项：${input.items.map((i) => i.name).join('、')}`,
      auditAction: 'application.correction.request',
      authorize: (app, trx) => assertHoldsAcceptance(trx, p, app),
      extra: async (ctx) => {
        await ctx.notices.issue(ctx.app, 'correction', { items: input.items, submittedAt: ctx.app.submitted_at ?? undefined });
      },
    },
    meta,
  );
}

export interface ToleranceInput {
  applicationId: string;
  items: { name: string; problem: string }[];
  deadline: string;
  commitmentSigned: boolean;
  expectedVersion?: number;
}

/** 容缺受理: secondary materials follow by a deadline under the applicant's signed commitment. */
export function tolerateMissing(deps: ApplicationDeps, p: Principal, input: ToleranceInput, meta: RequestMeta) {
  return performAction(
    deps,
    {
      applicationId: input.applicationId,
      actor: actorFrom(p),
      action: { type: 'tolerate' },
      expectedVersion: input.expectedVersion,
      payload: { items: input.items, deadline: input.deadline },
      publicNote: `容缺受理：${input.items.map((i) => i.name).join('、')} 须于 ${input.deadline} 前补齐`,
      auditAction: 'application.tolerance',
      authorize: async (app, trx) => {
        await assertHoldsAcceptance(trx, p, app);
        if (!input.commitmentSigned) throw new DomainError('VALIDATION_FAILED', '容缺受理须申请人签署容缺受理承诺书');
        const item = await trx
          .selectFrom('item_versions')
          .select('content')
          .where('id', '=', app.item_version_id)
          .executeTakeFirstOrThrow();
        if ((item.content as { toleranceAllowed?: boolean }).toleranceAllowed !== true) {
          throw new DomainError('APPLICATION_ACTION_NOT_ALLOWED', '该事项未列入容缺受理清单');
        }
      },
      extra: async (ctx) => {
        if (input.deadline <= ctx.today) throw new DomainError('VALIDATION_FAILED', '补齐期限须晚于今天');
        await ctx.notices.issue(ctx.app, 'tolerance', { items: input.items, deadline: input.deadline });
        return { tolerance: JSON.stringify({ pending: true, items: input.items, deadline: input.deadline }) };
      },
    },
    meta,
  );
}

export interface SpecialStartInput {
  applicationId: string;
  kindName: string;
  reason: string;
  expectedEnd: string | null;
  expectedVersion?: number;
}

const HANDLER_ROLES = ['reviewer', 'department_head'];

/** 特别程序 (听证、检验、检测、鉴定、专家评审…): the clock stops (行政许可法第四十五条), the applicant is told in writing. */
export function startSpecialProcedure(deps: ApplicationDeps, p: Principal, input: SpecialStartInput, meta: RequestMeta) {
  return performAction(
    deps,
    {
      applicationId: input.applicationId,
      actor: actorFrom(p),
      action: { type: 'special_start' },
      expectedVersion: input.expectedVersion,
      payload: { kindName: input.kindName },
      publicNote: `进入特别程序（${input.kindName}），期间不计入办理时限`,
      auditAction: 'application.special.start',
      authorize: (app) => assertOwningStaff(p, app, HANDLER_ROLES),
      extra: async (ctx) => {
        await ctx.trx
          .insertInto('special_procedures')
          .values({
            application_id: ctx.app.id,
            kind_code: '2',
            kind_name: input.kindName,
            reason: input.reason,
            started_at: ctx.now,
            expected_end: input.expectedEnd,
            started_by: p.accountId,
          })
          .execute();
        await ctx.notices.issue(ctx.app, 'special_procedure', {
          specialProcedure: { kind: input.kindName, reason: input.reason, start: ctx.today, expectedEnd: input.expectedEnd ?? undefined },
        });
        return { paused_since: ctx.now };
      },
    },
    meta,
  );
}

export function endSpecialProcedure(
  deps: ApplicationDeps,
  p: Principal,
  input: { applicationId: string; result: string; opinion: string | null; expectedVersion?: number },
  meta: RequestMeta,
) {
  return performAction(
    deps,
    {
      applicationId: input.applicationId,
      actor: actorFrom(p),
      action: { type: 'special_end' },
      expectedVersion: input.expectedVersion,
      publicNote: `特别程序结束：${input.result}`,
      auditAction: 'application.special.end',
      authorize: (app) => assertOwningStaff(p, app, HANDLER_ROLES),
      extra: async (ctx) => {
        await ctx.trx
          .updateTable('special_procedures')
          .set({ ended_at: ctx.now, result: input.result, opinion: input.opinion, ended_by: p.accountId })
          .where('application_id', '=', ctx.app.id)
          .where('ended_at', 'is', null)
          .execute();
        const since = ctx.app.paused_since ? localDay(ctx.app.paused_since) : ctx.today;
        const paused = withCalendar(() => pausedWorkingDays(ctx.cal, since, ctx.today));
        return { paused_since: null, paused_days: ctx.app.paused_days + paused, ...(await shiftDue(ctx, { paused: paused })) };
      },
    },
    meta,
  );
}

function localDay(at: Date): string {
  return localDate(at);
}

/** Recomputes the decision due dates after a pause or an extension; open tasks move by the paused days. */
async function shiftDue(ctx: ActionContext, change: { paused?: number; extension?: number }) {
  const app = ctx.app;
  if (!app.clock_start_date) return {};
  const due = withCalendar(() =>
    decisionDueDates(ctx.cal, {
      limitUnit: app.limit_unit,
      promisedLimitDays: app.promised_limit_days,
      legalLimitDays: app.legal_limit_days,
      extensionDays: app.extension_days + (change.extension ?? 0),
      pausedDays: app.paused_days + (change.paused ?? 0),
      clockStartDate: app.clock_start_date!,
    }),
  );
  if (change.paused) {
    const open = await ctx.trx
      .selectFrom('application_tasks')
      .select(['id', 'due_date'])
      .where('application_id', '=', app.id)
      .where('status', '=', 'open')
      .execute();
    for (const t of open) {
      if (!t.due_date) continue;
      const moved = withCalendar(() => ctx.cal.addWorkingDays(t.due_date!, change.paused!));
      await ctx.trx.updateTable('application_tasks').set({ due_date: moved }).where('id', '=', t.id).execute();
    }
  }
  return { promised_due_date: due.promisedDue, legal_due_date: due.legalDue };
}

/** 延期: +10 working days (+15 for a 一件事 joint application), once, decided by the department head, with reasons told to the applicant (行政许可法第四十二条). */
export function extendApplication(
  deps: ApplicationDeps,
  p: Principal,
  input: { applicationId: string; reason: string; expectedVersion?: number },
  meta: RequestMeta,
) {
  return performAction(
    deps,
    {
      applicationId: input.applicationId,
      actor: actorFrom(p),
      action: { type: 'extend' },
      expectedVersion: input.expectedVersion,
      payload: { reason: input.reason },
      publicNote: `办理期限延长：${input.reason}`,
      auditAction: 'application.extend',
      authorize: (app) => assertOwningStaff(p, app, ['department_head']),
      extra: async (ctx) => {
        const days = ctx.app.bundle_application_id ? JOINT_EXTENSION_DAYS : EXTENSION_DAYS;
        const shifted = await shiftDue(ctx, { extension: days });
        await ctx.notices.issue(ctx.app, 'extension', { reason: input.reason, extraDays: days, dueDate: shifted.promised_due_date });
        return { extension_days: ctx.app.extension_days + days, ...shifted };
      },
    },
    meta,
  );
}

/** 送达 (行政许可法第四十四条: within 10 working days of the decision). */
export function deliverResult(
  deps: ApplicationDeps,
  p: Principal,
  input: { applicationId: string; method: 'electronic' | 'window' | 'post'; expectedVersion?: number },
  meta: RequestMeta,
) {
  const label = { electronic: '电子送达', window: '窗口领取', post: '邮寄送达' }[input.method];
  return performAction(
    deps,
    {
      applicationId: input.applicationId,
      actor: actorFrom(p),
      action: { type: 'deliver' },
      expectedVersion: input.expectedVersion,
      payload: { method: input.method },
      publicNote: `结果已送达（${label}）`,
      auditAction: 'application.deliver',
      authorize: (app) => assertOwningStaff(p, app, ['window_clerk', 'reviewer', 'department_head']),
      extra: async (ctx) => ({ delivered_at: ctx.now, delivery_method: input.method }),
    },
    meta,
  );
}
