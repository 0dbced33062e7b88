/**
 * The one way an application changes after submission: lock the row, check the caller's version and
 * idempotency key, run the pure lifecycle (and through it the engine), then write the new state, the task
 * rows, the notices, the action log entry, the applicant's notification and the audit record — all in one
 * transaction. An illegal or stale action answers 409 with what is allowed now.
 */
import { sql, type Selectable } from 'kysely';
import { jsonObjectFrom } from 'kysely/helpers/postgres';
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import { recordAudit } from '../audit/record-audit.js';
import { actorOf, type Principal } from '../identity/principal.js';
import { loadWorkingCalendar } from '../calendar/load-calendar.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { notifyAccount } from '../notifications/notify-account.js';
import type { ProcessDefinition } from '../process/definition.js';
import type { Effect } from '../process/engine.js';
import {
  definitionById,
  lifecycleStateOf,
  withForm,
  withoutForm,
  today as todayOf,
  type ApplicationDeps,
  type ApplicationRow,
} from './application-context.js';
import type { ApplicationTables } from './applications.tables.js';
import { applyEffects, type ApplicationUpdate } from './apply-effects.js';
import { NoticeQueue } from './issue-notice.js';
import { allowedNow, applyLifecycle, LifecycleError, type LifecycleAction, type LifecycleState } from './lifecycle.js';
import { STATUS_LABELS } from './status-labels.js';
import { SETTLED, settleBundle } from './submit-bundle.js';

/**
 * Status changes the applicant is also told of by SMS and e-mail: where they must act (补正), where the
 * clock starts or stops (受理, 特别程序), and where the matter ends (不予受理, 办结, 终止). The rest
 * (决定 just before 办结, 送达, 撤件 by the applicant themself) are in-app messages only.
 */
const TEXTED = new Set<string>(['correction_requested', 'accepted', 'special_procedure', 'refused', 'completed', 'terminated']);

export interface Actor {
  accountId: string;
  label: string;
}

/** The acting account as the action log and the audit record name it. */
export function actorFrom(p: Principal): Actor {
  return { accountId: p.accountId, label: actorOf(p).label };
}

export interface ActionContext {
  trx: Db;
  app: ApplicationRow;
  def: ProcessDefinition | null;
  before: LifecycleState;
  after: LifecycleState;
  effects: Effect[];
  cal: WorkingCalendar;
  now: Date;
  today: string;
  /** notices this action issues; numbered and stored last, just before COMMIT */
  notices: NoticeQueue;
}

/** What authorisation needs of the task acted on. */
export type TaskRef = Pick<
  Selectable<ApplicationTables['application_tasks']>,
  'task_key' | 'role' | 'department_id' | 'claimed_by' | 'status'
>;

export interface PerformInput {
  applicationId: string;
  actor: Actor;
  action: LifecycleAction;
  /** the version the caller saw; a different current version answers APPLICATION_STALE */
  expectedVersion?: number;
  /** a retry with the same key returns the application as it is, without acting twice */
  idempotencyKey?: string;
  /** logged with the action (no personal data) */
  payload?: Record<string, unknown>;
  /** shown on the applicant's timeline */
  publicNote?: string | null;
  opinion?: string | null;
  auditAction: string;
  /** the task acted on: read with the locked application row and handed to `authorize` */
  taskKey?: string;
  /** checks who may do this to this application (throws FORBIDDEN / OUT_OF_SCOPE) */
  authorize(app: ApplicationRow, trx: Db, task: TaskRef | null): Promise<void> | void;
  /** further writes of this action (notices, special procedure rows…); may return column updates */
  extra?(ctx: ActionContext): Promise<ApplicationUpdate | void>;
}

export function conflict(err: LifecycleError): DomainError {
  return new DomainError(err.code === 'OPINION_REQUIRED' ? 'VALIDATION_FAILED' : 'APPLICATION_ACTION_NOT_ALLOWED', err.message, {
    allowed: err.allowed,
  });
}

export async function performAction(deps: ApplicationDeps, input: PerformInput, meta: RequestMeta) {
  return deps.db.transaction().execute(async (trx) => {
    // One statement: the locked row, whether this idempotency key was already used, and the task acted on.
    const found = await trx
      .selectFrom('applications as a')
      .selectAll('a')
      .select((eb) => [
        // no key / no task: '' matches nothing (keys and task ids are never empty)
        eb
          .selectFrom('application_actions as x')
          .select('x.seq')
          .whereRef('x.application_id', '=', 'a.id')
          .where('x.idempotency_key', '=', input.idempotencyKey ?? '')
          .as('replayed_seq'),
        jsonObjectFrom(
          eb
            .selectFrom('application_tasks as t')
            .select(['t.task_key', 't.role', 't.department_id', 't.claimed_by', 't.status'])
            .whereRef('t.application_id', '=', 'a.id')
            .where('t.task_key', '=', input.taskKey ?? ''),
        ).as('task'),
      ])
      .where('a.id', '=', input.applicationId)
      .forUpdate('a')
      .executeTakeFirst();
    if (!found) throw new DomainError('NOT_FOUND', '办件不存在');
    const { replayed_seq: replayedSeq, task, ...app } = found;
    await input.authorize(app, trx, task ?? null);
    if (replayedSeq !== null && replayedSeq !== undefined) return { application: app, replayed: true };
    const cal = await loadWorkingCalendar(deps.db, { hallId: app.hall_id, reader: trx });
    const def = app.definition_id ? await definitionById(trx, app.definition_id) : null;
    const before = withForm(lifecycleStateOf(app), JSON.parse(deps.cipher.decrypt(app.form_data_enc)) as Record<string, unknown>);
    if (input.expectedVersion !== undefined && input.expectedVersion !== app.version) {
      throw new DomainError('APPLICATION_STALE', '办件已被他人处理，请刷新后重试', {
        version: app.version,
        allowed: allowedNow(def, before),
      });
    }
    let result: ReturnType<typeof applyLifecycle>;
    try {
      result = applyLifecycle(def, before, input.action);
    } catch (err) {
      if (err instanceof LifecycleError) throw conflict(err);
      throw err;
    }
    const now = deps.now;
    const today = todayOf(now);
    const notices = new NoticeQueue(trx, now);
    const ctx: ActionContext = { trx, app, def, before, after: result.state, effects: result.effects, cal, now, today, notices };
    const fromEffects = await applyEffects(
      { trx, app, cal, now, today, actorId: input.actor.accountId, opinion: input.opinion ?? null, notices },
      result.effects,
    );
    const fromExtra = (await input.extra?.(ctx)) ?? {};
    const update: ApplicationUpdate = {
      ...fromEffects,
      ...fromExtra,
      status: result.state.status,
      engine_state: JSON.stringify(withoutForm(result.state.engine)),
      version: app.version + 1,
      updated_at: now,
    };
    const status = result.state.status;
    const statusChanged = status !== app.status;
    await trx
      .insertInto('application_actions')
      .values({
        application_id: app.id,
        seq: sql<number>`(SELECT coalesce(max(seq), 0) + 1 FROM application_actions WHERE application_id = ${app.id})`,
        type: input.action.type,
        actor_id: input.actor.accountId,
        actor_label: input.actor.label,
        payload: JSON.stringify({ action: input.action, ...input.payload }),
        public_note: input.publicNote ?? null,
        idempotency_key: input.idempotencyKey ?? null,
        at: now,
      })
      .execute();
    if (app.bundle_application_id && statusChanged && SETTLED.includes(status)) {
      await settleBundle(trx, app.bundle_application_id, now, { id: app.id, status });
    }
    if (statusChanged) {
      await notifyAccount(
        trx,
        {
          accountId: app.applicant_account_id,
          title: `办件进度：${STATUS_LABELS[status]}`,
          body: `您的办件（编号 ${app.number}）状态已更新为「${STATUS_LABELS[status]}」，请登录查看详情。`,
          channels: TEXTED.has(status) ? ['inapp', 'sms', 'email'] : ['inapp'],
        },
        now,
      );
    }
    await recordAudit(
      trx,
      {
        actor: { id: input.actor.accountId, label: input.actor.label },
        action: input.auditAction,
        targetType: 'application',
        targetId: app.id,
        requestId: meta.requestId,
        before: { status: app.status, version: app.version },
        after: { status, version: app.version + 1 },
        detail: { number: app.number, action: input.action.type, ...input.payload },
      },
      now,
    );
    // Last before COMMIT: notices take their numbers (the counter row stays locked until COMMIT), then the row.
    const issued = await notices.flush();
    const acceptance = issued.find((n) => n.kind === 'acceptance');
    const updated = await trx
      .updateTable('applications')
      .set({ ...update, ...(acceptance ? { acceptance_doc_no: acceptance.number.slice(0, 30) } : {}) })
      .where('id', '=', app.id)
      .where('version', '=', app.version)
      .returningAll()
      .executeTakeFirstOrThrow();
    return { application: updated, replayed: false };
  });
}
