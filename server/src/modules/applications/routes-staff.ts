/** The staff API: inbox by role and department, application detail, task actions, 补正, 容缺, 特别程序, 延期, 送达, notices and material preview. */
import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../../app.js';
import { DomainError } from '../../errors.js';
import { requireStaff } from '../../http/auth.js';
import { errors, IdParams, PageQuery, Uuid } from '../../http/schemas.js';
import { recordAudit } from '../audit/record-audit.js';
import { actorOf, departmentScope, inScope, type Principal } from '../identity/principal.js';
import { metaOf } from '../identity/routes.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import { readUpload } from '../uploads/upload-file.js';
import { today } from './application-context.js';
import { findApplication, listInbox } from './applications.queries.js';
import { getApplicationDetail } from './get-application-detail.js';
import { applicationClock, clockOf, statusLabel } from './presenters.js';
import { applicationDeps, sendNoticePdf } from './routes-applicant.js';
import {
  ApplicationDetail,
  CorrectionBody,
  DeliverBody,
  ExtendBody,
  InboxEntry,
  SpecialEndBody,
  SpecialStartBody,
  TaskActionBody,
  TaskParams,
  ToleranceBody,
} from './schemas.js';
import {
  actOnTask,
  deliverResult,
  endSpecialProcedure,
  extendApplication,
  requestCorrection,
  startSpecialProcedure,
  tolerateMissing,
} from './staff-actions.js';

const tags = ['applications-console'];
const WRITE = errors(400, 401, 403, 404, 409, 422);

export function staffApplicationRoutes(deps: AppDeps): FastifyPluginAsync {
  const db = () => deps.database.db;
  async function visible(p: Principal, id: string) {
    const app = await findApplication(db(), id);
    if (!app || app.status === 'draft') throw new DomainError('NOT_FOUND', '办件不存在');
    if (inScope(departmentScope(p), app.department_id)) return app;
    // The window clerk who registered it (一窗受理 at the comprehensive window) may see it and print its receipt.
    if (app.registered_by === p.accountId) return app;
    // A department joined into the process (会签) sees the application too.
    const joined = await db()
      .selectFrom('application_tasks')
      .select('id')
      .where('application_id', '=', id)
      .where('department_id', '=', p.departmentId ?? '00000000-0000-0000-0000-000000000000')
      .executeTakeFirst();
    if (!joined) throw new DomainError('OUT_OF_SCOPE');
    return app;
  }
  const detail = async (id: string) =>
    getApplicationDetail(applicationDeps(deps), (await findApplication(db(), id))!, { withFormData: true, staff: true });

  return async (app) => {
    app.get(
      '/console/inbox',
      {
        schema: {
          tags,
          summary: '待办（按岗位和部门，最紧急的在前）',
          querystring: Type.Object({ ...PageQuery.properties, mine: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
          response: { 200: Type.Object({ items: Type.Array(InboxEntry), total: Type.Integer() }), ...errors(401, 403) },
        },
      },
      async (request) => {
        const p = requireStaff(request);
        const { rows, total } = await listInbox(db(), p, {
          limit: request.query.limit,
          offset: request.query.offset,
          mine: request.query.mine === true,
        });
        const t = today(deps.clock.now());
        const yellow = deps.config.clockYellowDays;
        return {
          total,
          items: rows.map((r) => ({
            applicationId: r.id,
            number: r.number,
            itemName: r.item_name,
            applicantName: r.applicant_name,
            status: r.status,
            statusLabel: statusLabel(r.status),
            channel: r.channel,
            taskId: r.task_key,
            taskName: r.task_name,
            phase: r.phase,
            claimedBy: r.claimed_by,
            version: r.version,
            clock: clockOf(r.calendar, t, r.task_due_date, { paused: r.paused_since !== null, running: true, yellowDays: yellow }),
            applicationClock: applicationClock(r.calendar, t, r, yellow),
          })),
        };
      },
    );

    app.get(
      '/console/applications/:id',
      {
        schema: { tags, summary: '办件详情（工作人员）', params: IdParams, response: { 200: ApplicationDetail, ...errors(401, 403, 404) } },
      },
      async (request) => {
        const p = requireStaff(request);
        const found = await visible(p, request.params.id);
        // Reading the form is a staff read of personal data: it is recorded (who-saw-my-data).
        await recordAudit(
          db(),
          { actor: actorOf(p), action: 'application.read', targetType: 'application', targetId: found.id, requestId: request.id },
          deps.clock.now(),
        );
        return getApplicationDetail(applicationDeps(deps), found, { withFormData: true, staff: true });
      },
    );

    app.post(
      '/console/applications/:id/tasks/:taskId/actions',
      {
        schema: {
          tags,
          summary: '办理环节（受理、审查、决定、办结……）',
          params: TaskParams,
          body: TaskActionBody,
          response: { 200: ApplicationDetail, ...WRITE },
        },
      },
      async (request) => {
        const p = requireStaff(request);
        const b = request.body;
        // actOnTask checks that the caller holds the task (department, role, claim): no separate read here.
        const ctx = applicationDeps(deps);
        const { application } = await actOnTask(
          ctx,
          p,
          {
            applicationId: request.params.id,
            taskId: request.params.taskId,
            actionKey: b.actionKey,
            opinion: b.opinion,
            expectedVersion: b.version,
            idempotencyKey: b.idempotencyKey,
          },
          metaOf(request),
        );
        return getApplicationDetail(ctx, application, { withFormData: true, staff: true });
      },
    );

    const simple = <B>(
      path: string,
      summary: string,
      body: unknown,
      run: (p: Principal, id: string, b: B, meta: RequestMeta) => Promise<unknown>,
    ) =>
      app.post(
        `/console/applications/:id/${path}`,
        { schema: { tags, summary, params: IdParams, body: body as never, response: { 200: ApplicationDetail, ...WRITE } } },
        async (request) => {
          const p = requireStaff(request);
          const { id } = request.params as { id: string };
          await visible(p, id);
          await run(p, id, request.body as B, metaOf(request));
          return detail(id);
        },
      );
    type V = { version?: number };
    simple<{ items: { name: string; problem: string }[] } & V>('correction', '一次性告知补正', CorrectionBody, (p, id, b, meta) =>
      requestCorrection(applicationDeps(deps), p, { applicationId: id, items: b.items, expectedVersion: b.version }, meta),
    );
    simple<{ items: { name: string; problem: string }[]; deadline: string; commitmentSigned: boolean } & V>(
      'tolerance',
      '容缺受理',
      ToleranceBody,
      (p, id, b, meta) => tolerateMissing(applicationDeps(deps), p, { applicationId: id, ...b, expectedVersion: b.version }, meta),
    );
    simple<{ kindName: string; reason: string; expectedEnd: string | null } & V>(
      'special-procedure',
      '启动特别程序（暂停计时）',
      SpecialStartBody,
      (p, id, b, meta) => startSpecialProcedure(applicationDeps(deps), p, { applicationId: id, ...b, expectedVersion: b.version }, meta),
    );
    simple<{ result: string; opinion: string | null } & V>('special-procedure/end', '结束特别程序', SpecialEndBody, (p, id, b, meta) =>
      endSpecialProcedure(applicationDeps(deps), p, { applicationId: id, ...b, expectedVersion: b.version }, meta),
    );
    simple<{ reason: string } & V>('extension', '延期（部门负责人批准）', ExtendBody, (p, id, b, meta) =>
      extendApplication(applicationDeps(deps), p, { applicationId: id, reason: b.reason, expectedVersion: b.version }, meta),
    );
    simple<{ method: 'electronic' | 'window' | 'post' } & V>('delivery', '送达', DeliverBody, (p, id, b, meta) =>
      deliverResult(applicationDeps(deps), p, { applicationId: id, method: b.method, expectedVersion: b.version }, meta),
    );

    app.get(
      '/console/applications/:id/notices/:noticeId',
      {
        schema: {
          tags,
          summary: '文书 PDF',
          params: Type.Object({ id: Uuid, noticeId: Uuid }, { additionalProperties: false }),
          response: { 200: Type.Unknown(), ...errors(401, 403, 404) },
        },
      },
      async (request, reply) => {
        const p = requireStaff(request);
        await visible(p, request.params.id);
        return sendNoticePdf(deps, reply, request.params.id, request.params.noticeId);
      },
    );

    app.get(
      '/console/applications/:id/materials/:materialId',
      {
        schema: {
          tags,
          summary: '预览申请材料',
          params: Type.Object({ id: Uuid, materialId: Uuid }, { additionalProperties: false }),
          response: { 200: Type.Unknown(), ...errors(401, 403, 404) },
        },
      },
      async (request, reply) => {
        const p = requireStaff(request);
        const found = await visible(p, request.params.id);
        const m = await db()
          .selectFrom('application_materials')
          .select(['upload_id'])
          .where('id', '=', request.params.materialId)
          .where('application_id', '=', found.id)
          .executeTakeFirst();
        if (!m?.upload_id) throw new DomainError('NOT_FOUND', '材料文件不存在');
        const { row, bytes } = await readUpload({ db: db(), storage: deps.storage }, m.upload_id);
        await recordAudit(
          db(),
          {
            actor: actorOf(p),
            action: 'application.material.read',
            targetType: 'application',
            targetId: found.id,
            requestId: request.id,
            detail: { upload: row.id },
          },
          deps.clock.now(),
        );
        return reply
          .type(row.media_type)
          .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(row.file_name)}`)
          .header('x-content-type-options', 'nosniff')
          .send(bytes);
      },
    );
  };
}
