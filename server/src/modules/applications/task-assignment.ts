/**
 * Who works on an open task (环节): 签收 (claim), 退回待签 (release it back to the department's pool) and 转办
 * (transfer it to a colleague), and the colleagues it may go to.
 *
 * Each write is one transaction: lock the application row (the order performAction takes, so the log's seq
 * cannot collide and a task action and a transfer never interleave) and the task row, check the caller, set
 * `claimed_by`, append a staff-only entry to the action log (public_note NULL; the replay skips it), write
 * the audit record and, on a transfer, notify the colleague in-app. `applications.version` is left alone: a
 * claim does not make the version a reviewer is looking at stale.
 *
 * Rules: the caller is staff of the task's department. Claim: holds the task's role; the task is unclaimed
 * (claiming one's own is a no-op). Release: the holder or the department head. Transfer: the holder or the
 * department head, to an active staff account of the same department that holds the task's role — not
 * oneself, not the current holder.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import { recordAudit } from '../audit/record-audit.js';
import { actorOf, type Principal } from '../identity/principal.js';
import { notifyAccount } from '../notifications/notify-account.js';
import type { ApplicationDeps, ApplicationRow } from './application-context.js';
import type { TaskAssignmentType } from './lifecycle.js';
import type { StaffRef, TaskAssignmentPayload } from './task-assignment-history.js';

export const DEPARTMENT_HEAD = 'department_head';
/** 转办说明: a short work note, kept in the staff history and sent to the colleague. */
export const NOTE_MAX = 200;

export interface TaskRef {
  applicationId: string;
  /** the task key, e.g. 'review:1' */
  taskId: string;
}

export interface TransferInput extends TaskRef {
  assigneeId: string;
  note?: string | null;
}

export interface AssignmentResult {
  application: ApplicationRow;
  /** false when nothing changed (claiming a task one already holds) */
  changed: boolean;
}

const ROLE_NAMES: Record<string, string> = {
  window_clerk: '窗口人员',
  reviewer: '审批人员',
  department_head: '部门负责人',
};
const roleName = (role: string) => ROLE_NAMES[role] ?? role;
const holdsRole = (p: Principal, role: string) => (p.roles as readonly string[]).includes(role);

type TaskRow = Awaited<ReturnType<typeof lockTask>>['task'];

/** Locks the application, then the task (performAction's order); checks the caller belongs to the task's department. */
async function lockTask(trx: Db, p: Principal, ref: TaskRef) {
  const app = await trx.selectFrom('applications').selectAll().where('id', '=', ref.applicationId).forUpdate().executeTakeFirst();
  if (!app || app.status === 'draft') throw new DomainError('NOT_FOUND', '办件不存在');
  const task = await trx
    .selectFrom('application_tasks')
    .selectAll()
    .where('application_id', '=', app.id)
    .where('task_key', '=', ref.taskId)
    .forUpdate()
    .executeTakeFirst();
  if (!task) throw new DomainError('NOT_FOUND', '环节不存在');
  if (p.kind !== 'staff') throw new DomainError('FORBIDDEN');
  if (p.departmentId !== task.department_id) throw new DomainError('OUT_OF_SCOPE', '此环节由其他部门办理');
  return { app, task };
}

function assertOpen(task: TaskRow, what: string) {
  if (task.status !== 'open') throw new DomainError('CONFLICT', `此环节已${task.status === 'done' ? '办结' : '取消'}，不能${what}`);
}

async function namesOf(trx: Db, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => x !== null))];
  if (!wanted.length) return new Map();
  const rows = await trx.selectFrom('staff').select(['account_id', 'name']).where('account_id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.account_id, r.name]));
}

interface Change {
  trx: Db;
  p: Principal;
  app: ApplicationRow;
  task: TaskRow;
  type: TaskAssignmentType;
  to: string | null;
  note: string | null;
  now: Date;
  meta: RequestMeta;
}

/** Sets the holder, appends the staff-only log entry and the audit record; returns the names for notices. */
async function writeChange(c: Change) {
  const { trx, p, app, task, now } = c;
  const from = task.claimed_by;
  await trx.updateTable('application_tasks').set({ claimed_by: c.to }).where('id', '=', task.id).execute();
  const names = await namesOf(trx, [p.accountId, from, c.to]);
  const ref = (id: string | null): StaffRef | null => (id ? { id, name: names.get(id) ?? '工作人员' } : null);
  const payload: TaskAssignmentPayload = {
    action: { type: c.type, taskId: task.task_key },
    taskId: task.task_key,
    taskName: task.name,
    by: ref(p.accountId)!,
    from: ref(from),
    to: ref(c.to),
    note: c.note,
  };
  await trx
    .insertInto('application_actions')
    .values({
      application_id: app.id,
      seq: sql<number>`(SELECT coalesce(max(seq), 0) + 1 FROM application_actions WHERE application_id = ${app.id})`,
      type: c.type,
      actor_id: p.accountId,
      actor_label: actorOf(p).label,
      payload: JSON.stringify(payload),
      // internal work record: not on the applicant's timeline
      public_note: null,
      idempotency_key: null,
      at: now,
    })
    .execute();
  await recordAudit(
    trx,
    {
      actor: actorOf(p),
      action: `application.task.${c.type.slice('task_'.length)}`,
      targetType: 'application',
      targetId: app.id,
      requestId: c.meta.requestId,
      before: { taskId: task.task_key, claimedBy: from },
      after: { taskId: task.task_key, claimedBy: c.to },
      detail: { number: app.number, taskId: task.task_key, from, to: c.to },
    },
    now,
  );
  return payload;
}

/** 签收: take an open, unclaimed task of one's role; claiming a task one already holds changes nothing. */
export function claimTask(deps: ApplicationDeps, p: Principal, ref: TaskRef, meta: RequestMeta): Promise<AssignmentResult> {
  return deps.db.transaction().execute(async (trx) => {
    const { app, task } = await lockTask(trx, p, ref);
    assertOpen(task, '签收');
    if (!holdsRole(p, task.role)) {
      throw new DomainError('FORBIDDEN', `您没有「${roleName(task.role)}」岗位，不能签收此环节`);
    }
    if (task.claimed_by === p.accountId) return { application: app, changed: false };
    if (task.claimed_by) throw new DomainError('CONFLICT', '此环节已由其他工作人员签收');
    await writeChange({ trx, p, app, task, type: 'task_claim', to: p.accountId, note: null, now: deps.now, meta });
    return { application: app, changed: true };
  });
}

/** 退回待签: the holder (or the department head) puts a claimed task back into the department's pool. */
export function releaseTask(deps: ApplicationDeps, p: Principal, ref: TaskRef, meta: RequestMeta): Promise<AssignmentResult> {
  return deps.db.transaction().execute(async (trx) => {
    const { app, task } = await lockTask(trx, p, ref);
    assertOpen(task, '退回待签');
    if (!task.claimed_by) throw new DomainError('CONFLICT', '此环节尚未签收，无需退回');
    const holder = task.claimed_by === p.accountId;
    if (!holder && !holdsRole(p, DEPARTMENT_HEAD)) throw new DomainError('FORBIDDEN', '只有签收人或部门负责人可以退回此环节');
    const entry = await writeChange({ trx, p, app, task, type: 'task_release', to: null, note: null, now: deps.now, meta });
    if (!holder) {
      await notifyAccount(
        trx,
        {
          accountId: task.claimed_by,
          title: `环节已退回待签：${task.name}`,
          body: `您签收的办件（编号 ${app.number}）「${task.name}」环节已由 ${entry.by.name} 退回待签。`,
          channels: ['inapp'],
        },
        deps.now,
      );
    }
    return { application: app, changed: true };
  });
}

/** 转办: the holder (or the department head) hands the task to an eligible colleague, who is notified. */
export function transferTask(deps: ApplicationDeps, p: Principal, input: TransferInput, meta: RequestMeta): Promise<AssignmentResult> {
  const note = input.note?.trim() ? input.note.trim() : null;
  if (note && note.length > NOTE_MAX) throw new DomainError('VALIDATION_FAILED', `转办说明不能超过 ${NOTE_MAX} 字`);
  return deps.db.transaction().execute(async (trx) => {
    const { app, task } = await lockTask(trx, p, input);
    assertOpen(task, '转办');
    const holder = task.claimed_by === p.accountId;
    if (!holder && !holdsRole(p, DEPARTMENT_HEAD)) throw new DomainError('FORBIDDEN', '只有签收人或部门负责人可以转办此环节');
    if (input.assigneeId === p.accountId) throw new DomainError('VALIDATION_FAILED', '不能转办给自己');
    if (input.assigneeId === task.claimed_by) throw new DomainError('VALIDATION_FAILED', '此环节已由该同事签收');
    await assertEligible(trx, task, input.assigneeId);
    const entry = await writeChange({ trx, p, app, task, type: 'task_transfer', to: input.assigneeId, note, now: deps.now, meta });
    await notifyAccount(
      trx,
      {
        accountId: input.assigneeId,
        title: `转办：${task.name}`,
        body:
          `${entry.by.name} 将办件（编号 ${app.number}）的「${task.name}」环节转办给您，请在待办「我签收的」中办理。` +
          (note ? `转办说明：${note}` : ''),
        channels: ['inapp'],
      },
      deps.now,
    );
    if (task.claimed_by && !holder) {
      await notifyAccount(
        trx,
        {
          accountId: task.claimed_by,
          title: `环节已转办：${task.name}`,
          body: `您签收的办件（编号 ${app.number}）「${task.name}」环节已由 ${entry.by.name} 转办给 ${entry.to!.name}。`,
          channels: ['inapp'],
        },
        deps.now,
      );
    }
    return { application: app, changed: true };
  });
}

/** Staff accounts that may take a task: active, of the task's department, holding its role. */
function eligibleStaff(db: Db, task: Pick<TaskRow, 'department_id' | 'role'>) {
  return db
    .selectFrom('staff as s')
    .innerJoin('accounts as a', 'a.id', 's.account_id')
    .innerJoin('account_roles as r', (j) => j.onRef('r.account_id', '=', 'a.id').on('r.role', '=', task.role))
    .where('s.department_id', '=', task.department_id)
    .where('a.kind', '=', 'staff')
    .where('a.status', '=', 'active');
}

async function assertEligible(trx: Db, task: TaskRow, assigneeId: string) {
  const colleague = await trx
    .selectFrom('staff as s')
    .innerJoin('accounts as a', 'a.id', 's.account_id')
    .select(['s.department_id', 'a.status', 'a.kind'])
    .select((eb) =>
      eb
        .exists(eb.selectFrom('account_roles as r').select('r.role').whereRef('r.account_id', '=', 'a.id').where('r.role', '=', task.role))
        .as('has_role'),
    )
    .where('a.id', '=', assigneeId)
    .executeTakeFirst();
  if (!colleague || colleague.kind !== 'staff' || colleague.department_id !== task.department_id) {
    throw new DomainError('VALIDATION_FAILED', '只能转办给本部门的工作人员');
  }
  if (!colleague.has_role) throw new DomainError('VALIDATION_FAILED', `该同事没有「${roleName(task.role)}」岗位，不能办理此环节`);
  if (colleague.status !== 'active') throw new DomainError('VALIDATION_FAILED', '该同事的账号已停用，不能接收转办');
}

export interface Assignees {
  /** who holds the task now (null: nobody) */
  holder: StaffRef | null;
  /** colleagues it may be transferred to, with how many open tasks each holds in this department */
  items: (StaffRef & { username: string | null; openTasks: number })[];
}

/**
 * The colleagues a task may go to (everyone eligible but the caller and the current holder). Readable by the
 * department's staff holding the task's role and by the department head.
 */
export async function listAssignees(db: Db, p: Principal, ref: TaskRef): Promise<Assignees> {
  const app = await db.selectFrom('applications').select(['id', 'status']).where('id', '=', ref.applicationId).executeTakeFirst();
  if (!app || app.status === 'draft') throw new DomainError('NOT_FOUND', '办件不存在');
  const task = await db
    .selectFrom('application_tasks')
    .select(['department_id', 'role', 'claimed_by', 'status'])
    .where('application_id', '=', app.id)
    .where('task_key', '=', ref.taskId)
    .executeTakeFirst();
  if (!task) throw new DomainError('NOT_FOUND', '环节不存在');
  if (p.kind !== 'staff') throw new DomainError('FORBIDDEN');
  if (p.departmentId !== task.department_id) throw new DomainError('OUT_OF_SCOPE', '此环节由其他部门办理');
  if (!holdsRole(p, task.role) && !holdsRole(p, DEPARTMENT_HEAD)) {
    throw new DomainError('FORBIDDEN', `您没有「${roleName(task.role)}」岗位，不能查看此环节的转办人员`);
  }
  const exclude = [p.accountId, ...(task.claimed_by ? [task.claimed_by] : [])];
  const [people, holder] = await Promise.all([
    eligibleStaff(db, task)
      .select(['a.id', 's.name', 'a.username'])
      .where('a.id', 'not in', exclude)
      .orderBy('s.name')
      .orderBy('a.username')
      .limit(500)
      .execute(),
    task.claimed_by
      ? db.selectFrom('staff').select(['account_id', 'name']).where('account_id', '=', task.claimed_by).executeTakeFirst()
      : Promise.resolve(undefined),
  ]);
  // Workload: open tasks each one holds in this department (served by the department's open-task index).
  const loads = people.length
    ? await db
        .selectFrom('application_tasks')
        .select(['claimed_by', (eb) => eb.fn.countAll<number>().as('n')])
        .where('department_id', '=', task.department_id)
        .where('status', '=', 'open')
        .where(
          'claimed_by',
          'in',
          people.map((x) => x.id),
        )
        .groupBy('claimed_by')
        .execute()
    : [];
  const load = new Map(loads.map((l) => [l.claimed_by, Number(l.n)]));
  return {
    holder: holder ? { id: holder.account_id, name: holder.name } : null,
    items: people.map((x) => ({ id: x.id, name: x.name, username: x.username, openTasks: load.get(x.id) ?? 0 })),
  };
}
