/** Applying: the apply context (item, form prefilled from the verified account, materials), drafts saved as one types; counter intake for clerks. */
import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../../app.js';
import { requireStaff, requireUser } from '../../http/auth.js';
import { errors, IdParams, Uuid } from '../../http/schemas.js';
import { metaOf } from '../identity/routes.js';
import { applyContext, createDraft, getDraft, latestDraftFor, saveDraft } from './application-drafts.js';
import { getApplicationDetail } from './get-application-detail.js';
import { registerWalkInApplication } from './register-walk-in.js';
import { applicationDeps } from './routes-applicant.js';
import { ApplicationDetail, CounterIntakeBody, DraftBody } from './schemas.js';

const tags = ['applications'];

const ApplyContext = Type.Object({
  itemCode: Type.String(),
  itemName: Type.String(),
  departmentName: Type.String(),
  isOnline: Type.Boolean(),
  hasProcess: Type.Boolean(),
  promisedLimitDays: Type.Integer(),
  limitUnit: Type.String(),
  toleranceAllowed: Type.Boolean(),
  scenarios: Type.Array(Type.Unknown()),
  materials: Type.Array(Type.Unknown()),
  form: Type.Union([
    Type.Object({ schema: Type.Record(Type.String(), Type.Unknown()), ui: Type.Record(Type.String(), Type.Unknown()) }),
    Type.Null(),
  ]),
  prefill: Type.Object({ data: Type.Record(Type.String(), Type.Unknown()), prefilled: Type.Array(Type.String()) }),
  draftId: Type.Union([Uuid, Type.Null()]),
});
const DraftView = Type.Object({
  id: Uuid,
  itemCode: Type.String(),
  formData: Type.Record(Type.String(), Type.Unknown()),
  scenarioAnswers: Type.Record(Type.String(), Type.String()),
  materials: Type.Array(
    Type.Object({
      materialKey: Type.String(),
      files: Type.Array(
        Type.Object({ id: Uuid, fileName: Type.String(), mediaType: Type.String(), sizeBytes: Type.Integer(), sha256: Type.String() }),
      ),
    }),
  ),
  updatedAt: Type.String({ format: 'date-time' }),
});
const Saved = Type.Object({ id: Uuid, updatedAt: Type.String({ format: 'date-time' }) });

export function draftRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get(
      '/applications/apply-context/:code',
      {
        schema: {
          tags,
          summary: '申请页所需：事项表单、情形、材料，以及按实名信息预填的表单',
          params: Type.Object({ code: Type.String({ minLength: 1, maxLength: 40 }) }, { additionalProperties: false }),
          response: { 200: ApplyContext, ...errors(401, 404) },
        },
      },
      async (request) => {
        const p = requireUser(request);
        const ctx = applicationDeps(deps);
        const { item, form, prefill, departmentName, hasProcess } = await applyContext(ctx, p, request.params.code);
        const draft = await latestDraftFor(ctx, p, request.params.code);
        return {
          itemCode: item.implementationCode,
          itemName: item.content.name,
          departmentName,
          isOnline: item.content.isOnline,
          hasProcess,
          promisedLimitDays: item.content.promisedLimitDays,
          limitUnit: item.content.limitUnit,
          toleranceAllowed: item.content.toleranceAllowed === true,
          scenarios: item.content.scenarios,
          materials: item.content.materials,
          form: form as never,
          prefill,
          draftId: draft?.id ?? null,
        };
      },
    );
    app.post(
      '/applications/drafts',
      { schema: { tags, summary: '新建草稿', body: DraftBody, response: { 201: Saved, ...errors(400, 401, 403, 404) } } },
      async (request, reply) => {
        const row = await createDraft(applicationDeps(deps), requireUser(request), request.body);
        reply.status(201);
        return { id: row.id, updatedAt: row.updated_at.toISOString() };
      },
    );
    app.put(
      '/applications/drafts/:id',
      {
        schema: {
          tags,
          summary: '自动保存草稿',
          params: IdParams,
          body: Type.Omit(DraftBody, ['itemCode']),
          response: { 200: Saved, ...errors(400, 401, 404) },
        },
      },
      async (request) => {
        const row = await saveDraft(applicationDeps(deps), requireUser(request), request.params.id, request.body);
        return { id: row.id, updatedAt: row.updated_at.toISOString() };
      },
    );
    app.get(
      '/applications/drafts/:id',
      { schema: { tags, summary: '读取草稿', params: IdParams, response: { 200: DraftView, ...errors(401, 404) } } },
      async (request) => getDraft(applicationDeps(deps), requireUser(request), request.params.id),
    );
    app.post(
      '/console/intake',
      {
        schema: {
          tags: ['applications-console'],
          summary: '一窗受理：为来访办事人登记申请（身份核验，必要时现场开户）',
          body: CounterIntakeBody,
          response: { 201: ApplicationDetail, 200: ApplicationDetail, ...errors(400, 401, 403, 404, 409, 422) },
        },
      },
      async (request, reply) => {
        const p = requireStaff(request);
        const ctx = applicationDeps(deps);
        const { application, replayed } = await registerWalkInApplication(ctx, p, request.body, metaOf(request));
        reply.status(replayed ? 200 : 201);
        return getApplicationDetail(ctx, application, { withFormData: true });
      },
    );
  };
}
