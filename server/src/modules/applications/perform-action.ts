/**
 * The one way an application changes after submission: lock the row, check the caller's version and
 * idempotency key, run the pure lifecycle (and through it the engine), then write the new state, the task
 * rows, the notices, the action log entry, the applicant's notification and the audit record — all in one
 * transaction. An illegal or stale action answers 409 with what is allowed now.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import { recordAudit } from '../audit/record-audit.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { notifyAccount } from '../notifications/notify-account.js';
import type { ProcessDefinition } from '../process/definition.js';
import type { Effect } from '../process/engine.js';
import {
  calendarFor,
  definitionById,
  lifecycleStateOf,
  withForm,
  withoutForm,
  today as todayOf,
  type ApplicationDeps,
  type ApplicationRow,
} from './application-context.js';
import { applyEffects, type ApplicationUpdate } from './apply-effects.js';
import { allowedNow, applyLifecycle, LifecycleError, type LifecycleAction, type LifecycleState } from './lifecycle.js';
import { STATUS_LABELS } from './status-labels.js';
import { settleBundle } from './submit-bundle.js';

const SETTLING = ['completed', 'delivered', 'refused', 'withdrawn', 'terminated'];

export interface Actor {
  accountId: string;
  label: string;
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
}

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
  /** checks who may do this to this application (throws FORBIDDEN / OUT_OF_SCOPE) */
  authorize(app: ApplicationRow, trx: Db): Promise<void> | void;
  /** further writes of this action (notices, special procedure rows…); may return column updates */
  extra?(ctx: ActionContext): Promise<ApplicationUpdate | void>;
}

export function conflict(err: LifecycleError): DomainError {
  return new DomainError(err.code === 'OPINION_REQUIRED' ? 'VALIDATION_FAILED' : 'APPLICATION_ACTION_NOT_ALLOWED', err.message, {
    allowed: err.allowed,
  });
}

export async function performAction(deps: ApplicationDeps, input: PerformInput, meta: RequestMeta) {
  // The calendar is read before the transaction (PGlite has one connection); hall_id never changes.
  const hall = await deps.db.selectFrom('applications').select('hall_id').where('id', '=', input.applicationId).executeTakeFirst();
  const cal = await calendarFor(deps.db, hall?.hall_id ?? null);
  return deps.db.transaction().execute(async (trx) => {
    const app = await trx.selectFrom('applications').selectAll().where('id', '=', input.applicationId).forUpdate().executeTakeFirst();
    if (!app) throw new DomainError('NOT_FOUND', '办件不存在');
    await input.authorize(app, trx);
    if (input.idempotencyKey) {
      const done = await trx
        .selectFrom('application_actions')
        .select('seq')
        .where('application_id', '=', app.id)
        .where('idempotency_key', '=', input.idempotencyKey)
        .executeTakeFirst();
      if (done) return { application: app, replayed: true };
    }
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
    const ctx: ActionContext = { trx, app, def, before, after: result.state, effects: result.effects, cal, now, today };
    const fromEffects = await applyEffects(
      { trx, app, cal, now, today, actorId: input.actor.accountId, opinion: input.opinion ?? null },
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
    const updated = await trx
      .updateTable('applications')
      .set(update)
      .where('id', '=', app.id)
      .where('version', '=', app.version)
      .returningAll()
      .executeTakeFirstOrThrow();
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
    if (updated.bundle_application_id && updated.status !== app.status && SETTLING.includes(updated.status)) {
      await settleBundle(trx, updated.bundle_application_id, now);
    }
    if (updated.status !== app.status) {
      await notifyAccount(
        trx,
        {
          accountId: app.applicant_account_id,
          title: `办件进度：${STATUS_LABELS[updated.status]}`,
          body: `您的办件（编号 ${app.number}）状态已更新为「${STATUS_LABELS[updated.status]}」，请登录查看详情。`,
          channels: ['inapp', 'sms'],
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
        after: { status: updated.status, version: updated.version },
        detail: { number: app.number, action: input.action.type, ...input.payload },
      },
      now,
    );
    return { application: updated, replayed: false };
  });
}
