/**
 * Drafts (草稿): the apply page saves what the applicant has entered as they go, so nothing is lost; a
 * draft is submitted through `submitApplication` with its id. Also the apply context: the item's
 * form, scenarios and materials, and the form prefilled from the applicant's verified account.
 */
import { prefillForm, type ApplicantFacts, type FormDefinition } from '@onewindow/common/forms';
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import type { PersonalDataCipher } from '../../lib/personal-data-cipher.js';
import { getPublishedItem } from '../catalogue/published-item.js';
import type { Principal } from '../identity/principal.js';
import type { ApplicationDeps } from './application-context.js';

export interface DraftInput {
  itemCode: string;
  formData: Record<string, unknown>;
  scenarioAnswers: Record<string, string>;
  materials: { materialKey: string; uploadIds: string[] }[];
}

/** What the account itself has verified: used to prefill, shown to the owner only. */
export async function applicantFacts(db: Db, cipher: PersonalDataCipher, p: Principal): Promise<ApplicantFacts> {
  if (p.kind === 'person') {
    const row = await db
      .selectFrom('persons')
      .select(['name', 'id_number_enc', 'mobile_enc'])
      .where('account_id', '=', p.accountId)
      .executeTakeFirst();
    return row ? { name: row.name, idNumber: cipher.decrypt(row.id_number_enc), mobile: cipher.decrypt(row.mobile_enc) } : {};
  }
  if (p.kind === 'enterprise') {
    const row = await db
      .selectFrom('enterprises')
      .select(['name', 'uscc', 'legal_rep_name', 'mobile_enc'])
      .where('account_id', '=', p.accountId)
      .executeTakeFirst();
    return row
      ? {
          name: row.legal_rep_name,
          mobile: cipher.decrypt(row.mobile_enc),
          enterprise: { name: row.name, uscc: row.uscc, legalRepresentative: row.legal_rep_name },
        }
      : {};
  }
  return {};
}

export async function applyContext(deps: ApplicationDeps, p: Principal, code: string) {
  const item = await getPublishedItem(deps.db, { code });
  const form = (item.content.applicationForm ?? null) as FormDefinition | null;
  const facts = await applicantFacts(deps.db, deps.cipher, p);
  const prefill = form ? prefillForm(form, facts) : { data: {}, prefilled: [] };
  const dept = await deps.db.selectFrom('departments').select('name').where('id', '=', item.departmentId).executeTakeFirstOrThrow();
  const process = await deps.db
    .selectFrom('process_definitions')
    .select('id')
    .where('item_id', '=', item.itemId)
    .where('status', '=', 'published')
    .executeTakeFirst();
  return { item, form, prefill, departmentName: dept.name, hasProcess: !!process };
}

export async function createDraft(deps: ApplicationDeps, p: Principal, input: DraftInput) {
  if (p.kind === 'staff') throw new DomainError('FORBIDDEN', '工作人员请通过窗口收件为办事人登记');
  const item = await getPublishedItem(deps.db, { code: input.itemCode });
  const name = p.displayName;
  return deps.db
    .insertInto('applications')
    .values({
      number: `DRAFT-${crypto.randomUUID()}`,
      query_code: '000000',
      item_id: item.itemId,
      item_version_id: item.versionId,
      department_id: item.departmentId,
      applicant_account_id: p.accountId,
      applicant_name: name,
      channel: '2',
      status: 'draft',
      form_data_enc: deps.cipher.encrypt(JSON.stringify(input.formData)),
      scenario_answers: JSON.stringify(input.scenarioAnswers),
      draft_materials: JSON.stringify(input.materials),
      limit_unit: item.content.limitUnit,
      promised_limit_days: item.content.promisedLimitDays,
      legal_limit_days: item.content.legalLimitDays,
      created_at: deps.now,
      updated_at: deps.now,
    })
    .returning(['id', 'updated_at'])
    .executeTakeFirstOrThrow();
}

export async function saveDraft(deps: ApplicationDeps, p: Principal, id: string, input: Omit<DraftInput, 'itemCode'>) {
  const row = await deps.db
    .updateTable('applications')
    .set({
      form_data_enc: deps.cipher.encrypt(JSON.stringify(input.formData)),
      scenario_answers: JSON.stringify(input.scenarioAnswers),
      draft_materials: JSON.stringify(input.materials),
      updated_at: deps.now,
    })
    .where('id', '=', id)
    .where('applicant_account_id', '=', p.accountId)
    .where('status', '=', 'draft')
    .returning(['id', 'updated_at'])
    .executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', '草稿不存在或已提交');
  return row;
}

export async function getDraft(deps: ApplicationDeps, p: Principal, id: string) {
  const row = await deps.db
    .selectFrom('applications as a')
    .innerJoin('catalogue_items as i', 'i.id', 'a.item_id')
    .select(['a.id', 'a.form_data_enc', 'a.scenario_answers', 'a.draft_materials', 'a.updated_at', 'i.implementation_code'])
    .where('a.id', '=', id)
    .where('a.applicant_account_id', '=', p.accountId)
    .where('a.status', '=', 'draft')
    .executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', '草稿不存在或已提交');
  const materials = (row.draft_materials ?? []) as { materialKey: string; uploadIds: string[] }[];
  const ids = materials.flatMap((m) => m.uploadIds);
  const uploads = ids.length
    ? await deps.db
        .selectFrom('uploads')
        .select(['id', 'file_name', 'media_type', 'size_bytes', 'sha256'])
        .where('id', 'in', ids)
        .where('owner_account_id', '=', p.accountId)
        .execute()
    : [];
  return {
    id: row.id,
    itemCode: row.implementation_code,
    formData: JSON.parse(deps.cipher.decrypt(row.form_data_enc)) as Record<string, unknown>,
    scenarioAnswers: row.scenario_answers as Record<string, string>,
    materials: materials.map((m) => ({
      materialKey: m.materialKey,
      files: uploads
        .filter((u) => m.uploadIds.includes(u.id))
        .map((u) => ({ id: u.id, fileName: u.file_name, mediaType: u.media_type, sizeBytes: u.size_bytes, sha256: u.sha256 })),
    })),
    updatedAt: row.updated_at.toISOString(),
  };
}

export async function latestDraftFor(deps: ApplicationDeps, p: Principal, itemCode: string) {
  return deps.db
    .selectFrom('applications as a')
    .innerJoin('catalogue_items as i', 'i.id', 'a.item_id')
    .select(['a.id'])
    .where('a.applicant_account_id', '=', p.accountId)
    .where('a.status', '=', 'draft')
    .where('i.implementation_code', '=', itemCode)
    .orderBy('a.updated_at', 'desc')
    .executeTakeFirst();
}
