/**
 * 一件事: one submission for a bundle fans out to one application per item, each with its own
 * department's process, all written in one transaction; the bundle completes when every application has
 * finished. Joint handling is limited to 45 working days (+15 on extension) — 行政许可法第四十二条第二款.
 */
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import { isUniqueViolation } from '../../lib/pg-errors.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import { recordAudit } from '../audit/record-audit.js';
import { withCalendar, type ApplicationDeps } from './application-context.js';
import type { MaterialInput } from './check-submission.js';
import { JOINT_LIMIT_DAYS } from './clocks.js';
import { departmentFacts } from './issue-notice.js';
import { newQueryCode, nextApplicationNumber } from './numbers.js';
import type { Actor } from './perform-action.js';
import { prepareSubmission, writeSubmission, type PreparedSubmission, type SubmitApplicationInput } from './submit-application.js';

export interface BundlePart {
  itemCode: string;
  formData: Record<string, unknown>;
  scenarioAnswers: Record<string, string>;
  materials: MaterialInput[];
}

export interface SubmitBundleInput {
  bundleCode: string;
  parts: BundlePart[];
  submitKey: string;
  applicantAccountId: string;
  applicantName: string;
  channel: '2' | '3';
}

async function existingBundle(db: Db, accountId: string, key: string) {
  return db
    .selectFrom('bundle_applications')
    .selectAll()
    .where('applicant_account_id', '=', accountId)
    .where('submit_key', '=', key)
    .executeTakeFirst();
}

export async function submitBundle(deps: ApplicationDeps, actor: Actor, input: SubmitBundleInput, meta: RequestMeta) {
  const before = await existingBundle(deps.db, input.applicantAccountId, input.submitKey);
  if (before) return { bundleApplication: before, replayed: true };
  const bundle = await deps.db
    .selectFrom('bundles')
    .innerJoin('bundle_items', 'bundle_items.bundle_id', 'bundles.id')
    .innerJoin('catalogue_items', 'catalogue_items.id', 'bundle_items.item_id')
    .select(['bundles.id', 'bundles.status', 'catalogue_items.implementation_code'])
    .where('bundles.code', '=', input.bundleCode)
    .execute();
  if (bundle.length === 0 || bundle[0]!.status !== 'published') throw new DomainError('NOT_FOUND', '一件事不存在或未发布');
  const codes = bundle.map((b) => b.implementation_code);
  const given = input.parts.map((p) => p.itemCode);
  const missing = codes.filter((c) => !given.includes(c));
  if (missing.length || given.some((c) => !codes.includes(c)) || new Set(given).size !== given.length) {
    throw new DomainError('VALIDATION_FAILED', '一件事须为其中每个事项各提交一份申请', { expected: codes });
  }
  // Every part is checked before anything is written: one bad part refuses the whole bundle.
  const prepared: { sub: SubmitApplicationInput; prepared: PreparedSubmission }[] = [];
  for (const [i, part] of input.parts.entries()) {
    const sub: SubmitApplicationInput = {
      ...part,
      channel: input.channel,
      submitKey: `${input.submitKey.slice(0, 70)}:${i + 1}`,
      applicantAccountId: input.applicantAccountId,
      applicantName: input.applicantName,
    };
    prepared.push({ sub, prepared: await prepareSubmission(deps, actor, sub) });
  }
  const today = prepared[0]!.prepared.today;
  const cal = prepared[0]!.prepared.cal;
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const dept = await departmentFacts(trx, prepared[0]!.prepared.item.departmentId, deps.now);
      const row = await trx
        .insertInto('bundle_applications')
        .values({
          number: nextApplicationNumber(dept.division_code, today),
          query_code: newQueryCode(),
          bundle_id: bundle[0]!.id,
          applicant_account_id: input.applicantAccountId,
          status: 'in_progress',
          submit_key: input.submitKey,
          submitted_at: deps.now,
          legal_due_date: withCalendar(() => cal.addWorkingDays(today, JOINT_LIMIT_DAYS)),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const applications = [];
      for (const p of prepared) applications.push((await writeSubmission(trx, deps, actor, p.sub, p.prepared, meta, row.id)).application);
      await recordAudit(
        trx,
        {
          actor: { id: actor.accountId, label: actor.label },
          action: 'bundle_application.submit',
          targetType: 'bundle_application',
          targetId: row.id,
          requestId: meta.requestId,
          after: { number: row.number, applications: applications.map((a) => a.number) },
        },
        deps.now,
      );
      return { bundleApplication: row, replayed: false };
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      const again = await existingBundle(deps.db, input.applicantAccountId, input.submitKey);
      if (again) return { bundleApplication: again, replayed: true };
    }
    throw err;
  }
}

/** Called in an application's transaction when it reaches an end: completes the bundle once all have. */
/** Statuses in which an application of a bundle is finished. */
export const SETTLED = ['completed', 'delivered', 'refused', 'withdrawn', 'terminated'];

export async function settleBundle(
  trx: Db,
  bundleApplicationId: string,
  now: Date,
  /** an application whose new status is not written yet (the caller writes its row last) */
  changed?: { id: string; status: string },
) {
  const bundle = await trx
    .selectFrom('bundle_applications')
    .select(['id', 'status'])
    .where('id', '=', bundleApplicationId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (bundle.status !== 'in_progress') return;
  const all = await trx
    .selectFrom('applications')
    .select(['id', 'status'])
    .where('bundle_application_id', '=', bundleApplicationId)
    .execute();
  const statuses = all.map((a) => (changed && a.id === changed.id ? changed.status : a.status));
  if (!statuses.every((s) => SETTLED.includes(s))) return;
  const status = statuses.every((s) => s === 'withdrawn') ? 'withdrawn' : 'completed';
  await trx.updateTable('bundle_applications').set({ status, completed_at: now }).where('id', '=', bundleApplicationId).execute();
}
