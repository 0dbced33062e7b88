/**
 * 申报 / 收件: an applicant submits online, or a window clerk registers an application for a visitor
 * (一窗受理). One transaction writes the application, its first tasks (from the process engine), the
 * materials, the 收件凭证 (receipt), the action log entry, the applicant's notification and the audit
 * record. The submit key makes a double click or a retry return the same application (idempotent).
 */
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import { isUniqueViolation } from '../../lib/pg-errors.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import { recordAudit } from '../audit/record-audit.js';
import { notifyAccount } from '../notifications/notify-account.js';
import { calendarFor, definitionById, today as todayOf, withCalendar, type ApplicationDeps, withoutForm } from './application-context.js';
import { applyEffects } from './apply-effects.js';
import { checkSubmission, type SubmissionInput } from './check-submission.js';
import { CORRECTION_NOTICE_DAYS } from './clocks.js';
import { departmentFacts, NoticeQueue } from './issue-notice.js';
import { applyLifecycle, INITIAL_STATE } from './lifecycle.js';
import { newQueryCode, nextApplicationNumber } from './numbers.js';
import type { Actor } from './perform-action.js';

export interface SubmitApplicationInput extends SubmissionInput {
  submitKey: string;
  /** the applicant's account (the caller itself online; the visitor at a window) */
  applicantAccountId: string;
  applicantName: string;
  /** a draft being submitted (it becomes the application) */
  draftId?: string;
}

async function existing(db: Db, applicantAccountId: string, submitKey: string) {
  return db
    .selectFrom('applications')
    .selectAll()
    .where('applicant_account_id', '=', applicantAccountId)
    .where('submit_key', '=', submitKey)
    .executeTakeFirst();
}

/** Everything checked and computed before the transaction (no writes). */
export async function prepareSubmission(deps: ApplicationDeps, actor: Actor, input: SubmitApplicationInput) {
  const checked = await checkSubmission(deps.db, input, actor.accountId);
  const { item } = checked;
  const def = await definitionById(deps.db, checked.definitionId);
  const cal = await calendarFor(deps.db, item.content.hallId);
  const now = deps.now;
  const today = todayOf(now);
  const acceptanceDue = withCalendar(() => cal.addWorkingDays(today, CORRECTION_NOTICE_DAYS));
  const chosenLimits = item.content.scenarios
    .flatMap((s) => s.options.filter((o) => input.scenarioAnswers[s.key] === o.key))
    .map((o) => o.promisedLimitDays)
    .filter((d): d is number => d !== null);
  const promised = chosenLimits.length ? Math.max(...chosenLimits) : item.content.promisedLimitDays;
  const variables = { form: input.formData, scenario: input.scenarioAnswers, channel: input.channel };
  const { state, effects } = applyLifecycle(def, INITIAL_STATE, { type: 'submit', variables });
  return { checked, item, def, cal, now, today, acceptanceDue, promised, variables, state, effects };
}

export type PreparedSubmission = Awaited<ReturnType<typeof prepareSubmission>>;

/** Writes a prepared submission inside the caller's transaction (one application, or one of a bundle's). */
export async function writeSubmission(
  trx: Db,
  deps: ApplicationDeps,
  actor: Actor,
  input: SubmitApplicationInput,
  prepared: PreparedSubmission,
  meta: RequestMeta,
  bundleApplicationId: string | null = null,
) {
  const { checked, item, cal, now, today, acceptanceDue, promised, variables, state, effects } = prepared;
  const dept = await departmentFacts(trx, item.departmentId, now);
  const values = {
    number: nextApplicationNumber(dept.division_code, today),
    query_code: newQueryCode(),
    item_id: item.itemId,
    item_version_id: item.versionId,
    definition_id: checked.definitionId,
    department_id: item.departmentId,
    hall_id: item.content.hallId,
    applicant_account_id: input.applicantAccountId,
    applicant_name: input.applicantName,
    channel: input.channel,
    bundle_application_id: bundleApplicationId,
    registered_by: actor.accountId === input.applicantAccountId ? null : actor.accountId,
    status: state.status,
    form_data_enc: deps.cipher.encrypt(JSON.stringify(input.formData)),
    scenario_answers: JSON.stringify(input.scenarioAnswers),
    draft_materials: null,
    engine_state: JSON.stringify(withoutForm(state.engine)),
    submit_key: input.submitKey,
    limit_unit: item.content.limitUnit,
    promised_limit_days: promised,
    legal_limit_days: item.content.legalLimitDays,
    submitted_at: now,
    received_at: now,
    acceptance_due_date: acceptanceDue,
    updated_at: now,
  };
  let app;
  if (input.draftId) {
    app = await trx
      .updateTable('applications')
      .set(values)
      .where('id', '=', input.draftId)
      .where('status', '=', 'draft')
      .where('applicant_account_id', '=', input.applicantAccountId)
      .returningAll()
      .executeTakeFirst();
    if (!app) throw new DomainError('NOT_FOUND', '草稿不存在或已提交');
  } else {
    app = await trx
      .insertInto('applications')
      .values({ ...values, created_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
  }
  const notices = new NoticeQueue(trx, now);
  await applyEffects({ trx, app, cal, now, today, actorId: actor.accountId, opinion: null, notices }, effects);
  const materialRows = checked.materials.flatMap((m) =>
    [
      ...m.uploadIds.map((id) => ({ upload_id: id, provision: 'uploaded' as const })),
      ...(m.paper ? [{ upload_id: null, provision: 'paper' as const }] : []),
      ...(m.commitment ? [{ upload_id: null, provision: 'committed' as const }] : []),
    ].map((r) => ({
      application_id: app.id,
      material_key: m.key,
      name: m.name,
      upload_id: r.upload_id,
      provision: r.provision,
      created_at: now,
    })),
  );
  if (materialRows.length) await trx.insertInto('application_materials').values(materialRows).execute();
  await notices.issue(app, 'receipt', {
    submittedAt: now,
    items: checked.materials.map((m) => ({
      name: m.name,
      problem: m.paper ? '纸质原件已收' : m.commitment ? '申请人书面承诺（告知承诺制）' : `电子文件 ${m.uploadIds.length} 份`,
    })),
    deadline: acceptanceDue,
  });
  await notifyAccount(
    trx,
    {
      accountId: input.applicantAccountId,
      title: '申请已提交',
      body: `您申请的「${item.content.name}」已收件，办件编号 ${app.number}，查询码 ${app.query_code}。`,
      channels: ['inapp', 'sms', 'email'],
    },
    now,
  );
  await recordAudit(
    trx,
    {
      actor: { id: actor.accountId, label: actor.label },
      action: input.channel === '1' ? 'application.register' : 'application.submit',
      targetType: 'application',
      targetId: app.id,
      requestId: meta.requestId,
      after: { number: app.number, status: app.status, item: item.implementationCode },
    },
    now,
  );
  // Last before COMMIT: the receipt takes its number (its counter row stays locked until COMMIT).
  const [receipt] = await notices.flush();
  await trx
    .insertInto('application_actions')
    .values({
      application_id: app.id,
      seq: 1,
      type: 'submit',
      actor_id: actor.accountId,
      actor_label: actor.label,
      // the form is not logged (personal data; it is sealed in form_data_enc)
      payload: JSON.stringify({
        action: { type: 'submit', variables: { ...variables, form: undefined } },
        channel: input.channel,
        receipt: receipt?.number,
      }),
      public_note: input.channel === '1' ? '窗口收件' : '网上申报',
      idempotency_key: input.submitKey,
      at: now,
    })
    .execute();
  return { application: app, replayed: false };
}

export async function submitApplication(deps: ApplicationDeps, actor: Actor, input: SubmitApplicationInput, meta: RequestMeta) {
  const before = await existing(deps.db, input.applicantAccountId, input.submitKey);
  if (before) return { application: before, replayed: true };
  const prepared = await prepareSubmission(deps, actor, input);
  try {
    return await deps.db.transaction().execute((trx) => writeSubmission(trx, deps, actor, input, prepared, meta));
  } catch (err) {
    if (isUniqueViolation(err)) {
      const again = await existing(deps.db, input.applicantAccountId, input.submitKey);
      if (again) return { application: again, replayed: true };
    }
    throw err;
  }
}
