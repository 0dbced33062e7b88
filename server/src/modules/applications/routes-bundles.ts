/** 一件事 applications: one submission for a bundle, and its progress across departments. */
import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../../app.js';
import { DomainError } from '../../errors.js';
import { requireUser } from '../../http/auth.js';
import { errors, IdParams, Uuid } from '../../http/schemas.js';
import { actorFrom } from './perform-action.js';
import { metaOf } from '../identity/routes.js';
import { today } from './application-context.js';
import { withHallCalendars } from './applications.queries.js';
import { applicantNameOf, applicationDeps } from './routes-applicant.js';
import { applicationClock, statusLabel } from './presenters.js';
import { ApplicationSummary, MaterialInput } from './schemas.js';
import { submitBundle } from './submit-bundle.js';

const tags = ['applications'];
const BundleBody = Type.Object(
  {
    parts: Type.Array(
      Type.Object(
        {
          itemCode: Type.String({ minLength: 1, maxLength: 40 }),
          formData: Type.Record(Type.String(), Type.Unknown()),
          scenarioAnswers: Type.Record(Type.String({ maxLength: 40 }), Type.String({ maxLength: 40 })),
          materials: Type.Array(MaterialInput, { maxItems: 60 }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 20 },
    ),
    submitKey: Type.String({ pattern: '^[A-Za-z0-9_.:-]{8,80}$' }),
  },
  { additionalProperties: false },
);
const BundleView = Type.Object({
  id: Uuid,
  number: Type.String(),
  queryCode: Type.String(),
  bundleName: Type.String(),
  status: Type.String(),
  submittedAt: Type.String({ format: 'date-time' }),
  legalDueDate: Type.Union([Type.String(), Type.Null()]),
  completedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  applications: Type.Array(ApplicationSummary),
});

export function bundleApplicationRoutes(deps: AppDeps): FastifyPluginAsync {
  const db = () => deps.database.db;
  async function view(id: string, accountId: string) {
    const row = await db()
      .selectFrom('bundle_applications as b')
      .innerJoin('bundles', 'bundles.id', 'b.bundle_id')
      .selectAll('b')
      .select('bundles.name as bundle_name')
      .where('b.id', '=', id)
      .where('b.applicant_account_id', '=', accountId)
      .executeTakeFirst();
    if (!row) throw new DomainError('NOT_FOUND', '一件事申请不存在');
    const rows = await db()
      .selectFrom('applications as a')
      .innerJoin('item_versions as v', 'v.id', 'a.item_version_id')
      .innerJoin('departments as d', 'd.id', 'a.department_id')
      .innerJoin('catalogue_items as i', 'i.id', 'a.item_id')
      .select([
        'a.id',
        'a.number',
        'a.status',
        'a.submitted_at',
        'a.promised_due_date',
        'a.acceptance_due_date',
        'a.paused_since',
        'a.hall_id',
        'd.name as department_name',
        'v.content',
        'i.implementation_code',
      ])
      .where('a.bundle_application_id', '=', id)
      .orderBy('a.number')
      .execute();
    const apps = await withHallCalendars(db(), rows);
    const t = today(deps.clock.now());
    return {
      id: row.id,
      number: row.number,
      queryCode: row.query_code,
      bundleName: row.bundle_name,
      status: row.status,
      submittedAt: row.submitted_at.toISOString(),
      legalDueDate: row.legal_due_date,
      completedAt: row.completed_at?.toISOString() ?? null,
      applications: apps.map((a) => ({
        id: a.id,
        number: a.number,
        itemCode: a.implementation_code,
        itemName: (a.content as { name: string }).name,
        departmentName: a.department_name,
        status: a.status,
        statusLabel: statusLabel(a.status),
        submittedAt: a.submitted_at?.toISOString() ?? null,
        clock: applicationClock(a.calendar, t, a, deps.config.clockYellowDays),
      })),
    };
  }
  return async (app) => {
    app.post(
      '/bundles/:code/applications',
      {
        schema: {
          tags,
          summary: '一件事一次申请（分送各部门并联办理）',
          params: Type.Object({ code: Type.String({ minLength: 1, maxLength: 40 }) }, { additionalProperties: false }),
          body: BundleBody,
          response: { 201: BundleView, 200: BundleView, ...errors(400, 401, 403, 404, 409, 422) },
        },
      },
      async (request, reply) => {
        const p = requireUser(request);
        if (p.kind === 'staff') throw new DomainError('FORBIDDEN', '工作人员请通过窗口收件为办事人登记');
        const name = await applicantNameOf(db(), p);
        const { bundleApplication, replayed } = await submitBundle(
          applicationDeps(deps),
          actorFrom(p),
          {
            bundleCode: request.params.code,
            parts: request.body.parts,
            submitKey: request.body.submitKey,
            applicantAccountId: p.accountId,
            applicantName: name?.name ?? p.displayName,
            channel: '2',
          },
          metaOf(request),
        );
        reply.status(replayed ? 200 : 201);
        return view(bundleApplication.id, p.accountId);
      },
    );
    app.get(
      '/bundle-applications/:id',
      { schema: { tags, summary: '一件事办理进度', params: IdParams, response: { 200: BundleView, ...errors(401, 404) } } },
      async (request) => view(request.params.id, requireUser(request).accountId),
    );
  };
}
