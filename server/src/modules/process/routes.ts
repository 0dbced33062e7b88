/** Console API for process definitions: list an item's versions, save the draft, validate, publish, export BPMN 2.0. */
import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../../app.js';
import { DomainError } from '../../errors.js';
import { requireStaff } from '../../http/auth.js';
import { errors, IdParams, Uuid } from '../../http/schemas.js';
import { metaOf } from '../identity/routes.js';
import { toBpmnXml } from './bpmn-export.js';
import type { ProcessDefinition } from './definition.js';
import { definitionsOf, findDefinition, publishDefinition, saveDefinitionDraft } from './definition-store.js';
import { validateDefinition } from './validate-definition.js';

const tags = ['process-console'];
const Problem = Type.Object({ path: Type.String(), code: Type.String(), message: Type.String() });
const DefinitionView = Type.Object({
  id: Uuid,
  itemId: Uuid,
  versionNo: Type.Integer(),
  status: Type.String(),
  definition: Type.Unknown(),
  problems: Type.Array(Problem),
  publishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  updatedAt: Type.String({ format: 'date-time' }),
});

type Row = Awaited<ReturnType<typeof findDefinition>> & object;
const present = (r: Row) => ({
  id: r.id,
  itemId: r.item_id,
  versionNo: r.version_no,
  status: r.status,
  definition: r.definition,
  problems: validateDefinition(r.definition as ProcessDefinition),
  publishedAt: r.published_at?.toISOString() ?? null,
  updatedAt: r.updated_at.toISOString(),
});

export function processRoutes(deps: AppDeps): FastifyPluginAsync {
  const ctx = () => ({ db: deps.database.db, now: deps.clock.now() });
  return async (app) => {
    app.get(
      '/console/process/summary',
      {
        schema: {
          tags,
          summary: '各事项的流程状态（已发布版本号、是否有草稿）',
          response: {
            200: Type.Array(
              Type.Object({ itemId: Uuid, publishedVersionNo: Type.Union([Type.Integer(), Type.Null()]), hasDraft: Type.Boolean() }),
            ),
            ...errors(401, 403),
          },
        },
      },
      async (request) => {
        requireStaff(request);
        const rows = await deps.database.db
          .selectFrom('process_definitions')
          .select(['item_id', 'status', 'version_no'])
          .where('status', 'in', ['published', 'draft'])
          .execute();
        const byItem = new Map<string, { itemId: string; publishedVersionNo: number | null; hasDraft: boolean }>();
        for (const r of rows) {
          const e = byItem.get(r.item_id) ?? { itemId: r.item_id, publishedVersionNo: null, hasDraft: false };
          if (r.status === 'published') e.publishedVersionNo = r.version_no;
          else e.hasDraft = true;
          byItem.set(r.item_id, e);
        }
        return [...byItem.values()];
      },
    );
    app.get(
      '/console/process/items/:id/definitions',
      {
        schema: {
          tags,
          summary: '事项的流程定义版本',
          params: IdParams,
          response: { 200: Type.Array(DefinitionView), ...errors(401, 403) },
        },
      },
      async (request) => {
        requireStaff(request);
        return (await definitionsOf(deps.database.db, request.params.id)).map(present);
      },
    );
    app.put(
      '/console/process/items/:id/draft',
      {
        schema: {
          tags,
          summary: '保存流程草稿（返回校验问题）',
          params: IdParams,
          body: Type.Object({ definition: Type.Unknown() }, { additionalProperties: false }),
          response: { 200: DefinitionView, ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const p = requireStaff(request);
        const { row } = await saveDefinitionDraft(
          ctx(),
          p,
          { itemId: request.params.id, definition: request.body.definition },
          metaOf(request),
        );
        return present(row);
      },
    );
    app.post(
      '/console/process/definitions/:id/publish',
      {
        schema: {
          tags,
          summary: '发布流程（校验通过后）',
          params: IdParams,
          response: { 200: DefinitionView, ...errors(401, 403, 404, 409, 422) },
        },
      },
      async (request) => present(await publishDefinition(ctx(), requireStaff(request), request.params.id, metaOf(request))),
    );
    app.get(
      '/console/process/definitions/:id',
      {
        schema: { tags, summary: '流程定义（含校验问题）', params: IdParams, response: { 200: DefinitionView, ...errors(401, 403, 404) } },
      },
      async (request) => {
        requireStaff(request);
        const row = await findDefinition(deps.database.db, request.params.id);
        if (!row) throw new DomainError('NOT_FOUND', '流程定义不存在');
        return present(row);
      },
    );
    app.get(
      '/console/process/definitions/:id/bpmn',
      { schema: { tags, summary: '导出 BPMN 2.0 XML', params: IdParams, response: { 200: Type.String(), ...errors(401, 403, 404) } } },
      async (request, reply) => {
        requireStaff(request);
        const row = await findDefinition(deps.database.db, request.params.id);
        if (!row) throw new DomainError('NOT_FOUND', '流程定义不存在');
        return reply
          .type('application/xml; charset=utf-8')
          .header('content-disposition', `attachment; filename="process-${row.version_no}.bpmn"`)
          .send(toBpmnXml(row.definition as ProcessDefinition));
      },
    );
  };
}
