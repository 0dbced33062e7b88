/** The applicant's API: submit, my applications (我的办件), detail with timeline, withdraw, 补正, 容缺补齐, notices; public progress lookup. */
import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../../app.js';
import { DomainError } from '../../errors.js';
import { requireUser } from '../../http/auth.js';
import { errors, IdParams, PageQuery, Uuid } from '../../http/schemas.js';
import type { Principal } from '../identity/principal.js';
import { actorFrom } from './perform-action.js';
import { metaOf } from '../identity/routes.js';
import { NoticeRenderer } from './notice-renderer.js';
import { calendarFor, definitionById, today, type ApplicationDeps, type ApplicationRow } from './application-context.js';
import { resubmitApplication, supplyToleratedMaterials, withdrawApplication } from './applicant-actions.js';
import { findApplication, findByNumber, listMine } from './applications.queries.js';
import { actionsQuery, tasksQuery } from './detail-query.js';
import { actionLabelsOf, getApplicationDetail } from './get-application-detail.js';
import { applicationClock, statusLabel, timelineOf } from './presenters.js';
import {
  ApplicationDetail,
  MyApplicationSummary,
  ProgressQuery,
  PublicProgress,
  ResubmitBody,
  SubmitBody,
  WithdrawBody,
} from './schemas.js';
import { submitApplication } from './submit-application.js';

const tags = ['applications'];
const WRITE = errors(400, 401, 403, 404, 409, 422);

export function applicationDeps(deps: AppDeps): ApplicationDeps {
  return { db: deps.database.db, now: deps.clock.now(), cipher: deps.cipher, yellowDays: deps.config.clockYellowDays };
}

export function applicantNameOf(db: AppDeps['database']['db'], p: Principal) {
  return p.kind === 'enterprise'
    ? db.selectFrom('enterprises').select('name').where('account_id', '=', p.accountId).executeTakeFirst()
    : db.selectFrom('persons').select('name').where('account_id', '=', p.accountId).executeTakeFirst();
}

export async function sendNoticePdf(deps: AppDeps, reply: FastifyReply, appId: string, noticeId: string) {
  const notice = await deps.database.db
    .selectFrom('application_notices')
    .select(['data'])
    .where('id', '=', noticeId)
    .where('application_id', '=', appId)
    .executeTakeFirst();
  if (!notice) throw new DomainError('NOT_FOUND', '文书不存在');
  const { bytes, fileName } = await NoticeRenderer.render(notice.data);
  return reply
    .type('application/pdf')
    .header('content-disposition', `inline; filename="notice.pdf"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .send(bytes);
}

export function applicantRoutes(deps: AppDeps): FastifyPluginAsync {
  const db = () => deps.database.db;
  async function ownApplication(p: Principal, id: string): Promise<ApplicationRow> {
    const app = await findApplication(db(), id);
    if (!app || app.applicant_account_id !== p.accountId) throw new DomainError('NOT_FOUND', '办件不存在');
    return app;
  }
  return async (app) => {
    app.post(
      '/applications',
      {
        schema: {
          tags,
          summary: '提交申请（申报）；相同 submitKey 重复提交返回同一办件',
          body: SubmitBody,
          response: { 201: ApplicationDetail, 200: ApplicationDetail, ...WRITE },
        },
      },
      async (request, reply) => {
        const p = requireUser(request);
        if (p.kind === 'staff') throw new DomainError('FORBIDDEN', '工作人员请通过窗口收件为办事人登记');
        const name = await applicantNameOf(db(), p);
        const b = request.body;
        const ctx = applicationDeps(deps);
        const { application, replayed } = await submitApplication(
          ctx,
          actorFrom(p),
          { ...b, channel: b.channel ?? '2', applicantAccountId: p.accountId, applicantName: name?.name ?? p.displayName },
          metaOf(request),
        );
        reply.status(replayed ? 200 : 201);
        return getApplicationDetail(ctx, application, { withFormData: true });
      },
    );

    app.get(
      '/applications',
      {
        schema: {
          tags,
          summary: '我的办件',
          querystring: PageQuery,
          response: { 200: Type.Object({ items: Type.Array(MyApplicationSummary), total: Type.Integer() }), ...errors(401) },
        },
      },
      async (request) => {
        const p = requireUser(request);
        const { rows, total } = await listMine(db(), p.accountId, request.query);
        const t = today(deps.clock.now());
        return {
          total,
          items: rows.map((r) => ({
            id: r.id,
            number: r.number,
            itemCode: r.implementation_code,
            itemName: r.item_name,
            departmentName: r.department_name,
            status: r.status,
            statusLabel: statusLabel(r.status),
            submittedAt: r.submitted_at?.toISOString() ?? null,
            clock: applicationClock(r.calendar, t, r, deps.config.clockYellowDays),
            bundle: r.bundle_id ? { id: r.bundle_id, number: r.bundle_number!, name: r.bundle_name! } : null,
          })),
        };
      },
    );

    app.get(
      '/applications/:id',
      {
        schema: {
          tags,
          summary: '办件详情（含实时办理过程）',
          params: IdParams,
          response: { 200: ApplicationDetail, ...errors(401, 404) },
        },
      },
      async (request) => {
        const p = requireUser(request);
        return getApplicationDetail(applicationDeps(deps), await ownApplication(p, request.params.id), { withFormData: true });
      },
    );

    app.post(
      '/applications/:id/withdraw',
      {
        schema: {
          tags,
          summary: '撤件（决定作出前）',
          params: IdParams,
          body: WithdrawBody,
          response: { 200: ApplicationDetail, ...WRITE },
        },
      },
      async (request) => {
        const p = requireUser(request);
        const ctx = applicationDeps(deps);
        const { application } = await withdrawApplication(
          ctx,
          p,
          { applicationId: request.params.id, reason: request.body.reason, expectedVersion: request.body.version },
          metaOf(request),
        );
        return getApplicationDetail(ctx, application, { withFormData: true });
      },
    );

    app.post(
      '/applications/:id/resubmit',
      { schema: { tags, summary: '提交补正材料', params: IdParams, body: ResubmitBody, response: { 200: ApplicationDetail, ...WRITE } } },
      async (request) => {
        const p = requireUser(request);
        const ctx = applicationDeps(deps);
        const b = request.body;
        const { application } = await resubmitApplication(
          ctx,
          p,
          {
            applicationId: request.params.id,
            formData: b.formData,
            materials: b.materials,
            expectedVersion: b.version,
            idempotencyKey: b.idempotencyKey,
          },
          metaOf(request),
        );
        return getApplicationDetail(ctx, application, { withFormData: true });
      },
    );

    app.post(
      '/applications/:id/supplement',
      { schema: { tags, summary: '容缺材料补齐', params: IdParams, body: ResubmitBody, response: { 200: ApplicationDetail, ...WRITE } } },
      async (request) => {
        const p = requireUser(request);
        const ctx = applicationDeps(deps);
        const { application } = await supplyToleratedMaterials(
          ctx,
          p,
          { applicationId: request.params.id, materials: request.body.materials, expectedVersion: request.body.version },
          metaOf(request),
        );
        return getApplicationDetail(ctx, application, { withFormData: true });
      },
    );

    app.get(
      '/applications/:id/notices/:noticeId',
      {
        schema: {
          tags,
          summary: '下载文书 PDF',
          params: Type.Object({ id: Uuid, noticeId: Uuid }, { additionalProperties: false }),
          response: { 200: Type.Unknown(), ...errors(401, 404) },
        },
      },
      async (request, reply) => {
        const p = requireUser(request);
        await ownApplication(p, request.params.id);
        return sendNoticePdf(deps, reply, request.params.id, request.params.noticeId);
      },
    );

    app.get(
      '/progress',
      {
        schema: {
          tags,
          summary: '办件进度公开查询（办件编号 + 查询码）',
          querystring: ProgressQuery,
          response: { 200: PublicProgress, ...errors(400, 404) },
        },
      },
      async (request) => {
        const found = await findByNumber(db(), request.query.number);
        // Same answer for a wrong number and a wrong code: the lookup must not confirm that a number exists.
        if (!found || found.query_code !== request.query.code || found.status === 'draft')
          throw new DomainError('NOT_FOUND', '办件编号或查询码不正确');
        const [dept, item, tasks, actions, cal] = await Promise.all([
          db().selectFrom('departments').select('name').where('id', '=', found.department_id).executeTakeFirstOrThrow(),
          db().selectFrom('item_versions').select('content').where('id', '=', found.item_version_id).executeTakeFirstOrThrow(),
          tasksQuery(db(), found.id).execute(),
          actionsQuery(db(), found.id).execute(),
          calendarFor(db(), found.hall_id),
        ]);
        const def = found.definition_id ? await definitionById(db(), found.definition_id) : null;
        return {
          number: found.number,
          itemName: (item.content as { name: string }).name,
          departmentName: dept.name,
          status: found.status,
          statusLabel: statusLabel(found.status),
          clock: applicationClock(cal, today(deps.clock.now()), found, deps.config.clockYellowDays),
          timeline: timelineOf(actions, tasks, actionLabelsOf(def), dept.name),
        };
      },
    );
  };
}
