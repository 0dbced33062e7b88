/**
 * What the applicant does after submitting: answer a 补正 request (resubmit corrected form and
 * materials; the 5-working-day receipt clock starts again), supply 容缺 materials, and withdraw (撤件)
 * before the decision.
 */
import { validateFormData, type FormDefinition } from '@onewindow/common/forms';
import { DomainError } from '../../errors.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import type { Principal } from '../identity/principal.js';
import { withCalendar, type ApplicationDeps, type ApplicationRow } from './application-context.js';
import { CORRECTION_NOTICE_DAYS } from './clocks.js';
import { actorFrom, performAction, type ActionContext } from './perform-action.js';

function assertApplicant(p: Principal, app: ApplicationRow) {
  if (app.applicant_account_id !== p.accountId) throw new DomainError('NOT_FOUND', '办件不存在');
}

export function withdrawApplication(
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
      action: { type: 'withdraw' },
      expectedVersion: input.expectedVersion,
      payload: { reason: input.reason },
      publicNote: '申请人撤回申请',
      auditAction: 'application.withdraw',
      authorize: (app) => assertApplicant(p, app),
      extra: async (ctx) => ({ ended_at: ctx.now, end_reason: input.reason }),
    },
    meta,
  );
}

async function addMaterials(ctx: ActionContext, p: Principal, materials: { materialKey: string; uploadIds: string[] }[]) {
  const ids = [...new Set(materials.flatMap((m) => m.uploadIds))];
  if (ids.length === 0) return;
  const owned = await ctx.trx
    .selectFrom('uploads')
    .select('id')
    .where('id', 'in', ids)
    .where('owner_account_id', '=', p.accountId)
    .execute();
  if (owned.length !== ids.length) throw new DomainError('VALIDATION_FAILED', '所选文件不存在或不属于当前账号');
  const version = await ctx.trx
    .selectFrom('item_versions')
    .select('content')
    .where('id', '=', ctx.app.item_version_id)
    .executeTakeFirstOrThrow();
  const known = (version.content as { materials: { key: string; name: string }[] }).materials;
  for (const m of materials) {
    const material = known.find((k) => k.key === m.materialKey);
    if (!material) throw new DomainError('VALIDATION_FAILED', `材料「${m.materialKey}」不属于本事项`);
    for (const uploadId of m.uploadIds) {
      await ctx.trx
        .insertInto('application_materials')
        .values({
          application_id: ctx.app.id,
          material_key: m.materialKey,
          name: material.name,
          upload_id: uploadId,
          provision: 'uploaded',
          created_at: ctx.now,
        })
        .execute();
    }
  }
}

export interface ResubmitInput {
  applicationId: string;
  formData?: Record<string, unknown>;
  materials: { materialKey: string; uploadIds: string[] }[];
  expectedVersion?: number;
  idempotencyKey?: string;
}

export function resubmitApplication(deps: ApplicationDeps, p: Principal, input: ResubmitInput, meta: RequestMeta) {
  return performAction(
    deps,
    {
      applicationId: input.applicationId,
      actor: actorFrom(p),
      action: { type: 'resubmit', variables: {} },
      expectedVersion: input.expectedVersion,
      idempotencyKey: input.idempotencyKey,
      payload: { materials: input.materials.map((m) => ({ materialKey: m.materialKey, files: m.uploadIds.length })) },
      publicNote: '申请人已提交补正材料',
      auditAction: 'application.resubmit',
      authorize: (app) => assertApplicant(p, app),
      extra: async (ctx) => {
        await addMaterials(ctx, p, input.materials);
        let formUpdate = {};
        if (input.formData) {
          const version = await ctx.trx
            .selectFrom('item_versions')
            .select('content')
            .where('id', '=', ctx.app.item_version_id)
            .executeTakeFirstOrThrow();
          const form = (version.content as { applicationForm?: FormDefinition | null }).applicationForm;
          if (form) {
            const errors = validateFormData(form, input.formData);
            if (errors.length) throw new DomainError('FORM_INVALID', `申请表有 ${errors.length} 处需要修改`, { errors });
          }
          formUpdate = { form_data_enc: deps.cipher.encrypt(JSON.stringify(input.formData)) };
        }
        // The corrected materials are a new receipt: the 补正 notice clock starts again from today.
        return {
          ...formUpdate,
          received_at: ctx.now,
          acceptance_due_date: withCalendar(() => ctx.cal.addWorkingDays(ctx.today, CORRECTION_NOTICE_DAYS)),
        };
      },
    },
    meta,
  );
}

/** 容缺补齐: the applicant uploads what was tolerated; the result can then be issued. */
export function supplyToleratedMaterials(
  deps: ApplicationDeps,
  p: Principal,
  input: { applicationId: string; materials: { materialKey: string; uploadIds: string[] }[]; expectedVersion?: number },
  meta: RequestMeta,
) {
  return performAction(
    deps,
    {
      applicationId: input.applicationId,
      actor: actorFrom(p),
      action: { type: 'tolerance_fulfilled' },
      expectedVersion: input.expectedVersion,
      publicNote: '容缺材料已补齐',
      auditAction: 'application.tolerance.fulfil',
      authorize: (app) => assertApplicant(p, app),
      extra: async (ctx) => {
        if (input.materials.every((m) => m.uploadIds.length === 0)) throw new DomainError('VALIDATION_FAILED', '请上传需补齐的材料');
        await addMaterials(ctx, p, input.materials);
        const tolerance = (ctx.app.tolerance ?? {}) as Record<string, unknown>;
        return { tolerance: JSON.stringify({ ...tolerance, pending: false, fulfilledAt: ctx.now.toISOString() }) };
      },
    },
    meta,
  );
}
