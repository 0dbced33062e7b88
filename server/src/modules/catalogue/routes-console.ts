/** Console catalogue API for items and versions: list, create, edit drafts, review, publish, withdraw, history, diff. */
import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../../app.js';
import { DomainError } from '../../errors.js';
import { requireStaff } from '../../http/auth.js';
import { errors, IdParams } from '../../http/schemas.js';
import { departmentScope, inScope, type Principal, type Role } from '../identity/principal.js';
import { metaOf } from '../identity/routes.js';
import { findItem, findVersion, listConsoleItems, versionsOf, type ItemRow } from './catalogue.queries.js';
import { createItem } from './create-item.js';
import { presentVersionDetail, presentVersionSummary } from './presenters.js';
import { reviewVersion, withdrawItem } from './review-version.js';
import { saveDraft } from './save-draft.js';
import {
  CommentBody,
  ConsoleItem,
  ConsoleItemsQuery,
  CreateItemBody,
  Diff,
  DiffQuery,
  ItemDetail,
  RejectBody,
  SaveDraftBody,
  VersionDetail,
  WithdrawBody,
} from './schemas.js';
import { startNewVersion } from './start-new-version.js';
import { diffContents } from './version-diff.js';

export const tags = ['catalogue-console'];
/** Roles that work on the catalogue (and so see drafts of bundles and items). */
export const CATALOGUE_ROLES: Role[] = [
  'admin',
  'supervisor',
  'department_head',
  'catalogue_editor',
  'catalogue_reviewer',
  'catalogue_publisher',
];
export const WRITE_ERRORS = errors(400, 401, 403, 404, 409, 422);

/** Staff read the catalogue of their own department; cross-department roles read all. */
function assertCanRead(p: Principal, item: ItemRow) {
  if (!inScope(departmentScope(p), item.department_id)) throw new DomainError('OUT_OF_SCOPE');
}

export function consoleCatalogueRoutes(deps: AppDeps): FastifyPluginAsync {
  const ctx = () => ({ db: deps.database.db, now: deps.clock.now() });
  const db = () => deps.database.db;

  async function loadVersion(p: Principal, id: string) {
    const v = await findVersion(db(), id);
    if (!v) throw new DomainError('NOT_FOUND', '事项版本不存在');
    const item = (await findItem(db(), v.item_id))!;
    assertCanRead(p, item);
    return { v, item };
  }

  return async (app) => {
    app.get(
      '/console/catalogue/items',
      {
        schema: {
          tags,
          summary: '事项列表（按部门范围）',
          querystring: ConsoleItemsQuery,
          response: { 200: Type.Object({ items: Type.Array(ConsoleItem), total: Type.Integer() }), ...errors(401, 403) },
        },
      },
      async (request) => {
        const p = requireStaff(request);
        const { rows, total } = await listConsoleItems(db(), departmentScope(p), request.query);
        return {
          items: rows.map((r) => ({
            id: r.id,
            implementationCode: r.implementation_code,
            name: r.name,
            departmentId: r.department_id,
            departmentName: r.department_name,
            publishedVersionNo: r.published_version_no,
            openVersion: r.open_id ? { id: r.open_id, versionNo: r.open_version_no!, status: r.open_status! } : null,
            updatedAt: r.updated_at.toISOString(),
          })),
          total,
        };
      },
    );

    app.post(
      '/console/catalogue/items',
      { schema: { tags, summary: '新建事项（第 1 版草稿）', body: CreateItemBody, response: { 201: VersionDetail, ...WRITE_ERRORS } } },
      async (request, reply) => {
        const p = requireStaff(request);
        const { item, version } = await createItem(ctx(), p, request.body, metaOf(request));
        return reply.status(201).send(await presentVersionDetail(db(), item, version));
      },
    );

    app.get(
      '/console/catalogue/items/:id',
      { schema: { tags, summary: '事项与版本历史', params: IdParams, response: { 200: ItemDetail, ...errors(401, 403, 404) } } },
      async (request) => {
        const p = requireStaff(request);
        const item = await findItem(db(), request.params.id);
        if (!item) throw new DomainError('NOT_FOUND', '事项不存在');
        assertCanRead(p, item);
        const [versions, dept] = await Promise.all([
          versionsOf(db(), item.id),
          db().selectFrom('departments').select('name').where('id', '=', item.department_id).executeTakeFirstOrThrow(),
        ]);
        return {
          id: item.id,
          implementationCode: item.implementation_code,
          departmentId: item.department_id,
          departmentName: dept.name,
          publishedVersionId: item.published_version_id,
          versions: versions.map(presentVersionSummary),
        };
      },
    );

    app.post(
      '/console/catalogue/items/:id/versions',
      {
        schema: {
          tags,
          summary: '基于最新版本新建草稿（已发布版本不可修改）',
          params: IdParams,
          response: { 201: VersionDetail, ...WRITE_ERRORS },
        },
      },
      async (request, reply) => {
        const p = requireStaff(request);
        const v = await startNewVersion(ctx(), p, request.params.id, metaOf(request));
        return reply.status(201).send(await presentVersionDetail(db(), (await findItem(db(), v.item_id))!, v));
      },
    );

    app.post(
      '/console/catalogue/items/:id/withdraw',
      {
        schema: {
          tags,
          summary: '撤回已发布事项',
          params: IdParams,
          body: WithdrawBody,
          response: { 200: VersionDetail, ...WRITE_ERRORS },
        },
      },
      async (request) => {
        const p = requireStaff(request);
        const v = await withdrawItem(ctx(), p, request.params.id, request.body.reason, metaOf(request));
        return presentVersionDetail(db(), (await findItem(db(), v.item_id))!, v);
      },
    );

    app.get(
      '/console/catalogue/versions/:id',
      {
        schema: {
          tags,
          summary: '事项版本（含质量检查结果）',
          params: IdParams,
          response: { 200: VersionDetail, ...errors(401, 403, 404) },
        },
      },
      async (request) => {
        const { v, item } = await loadVersion(requireStaff(request), request.params.id);
        return presentVersionDetail(db(), item, v);
      },
    );

    app.put(
      '/console/catalogue/versions/:id',
      { schema: { tags, summary: '保存草稿', params: IdParams, body: SaveDraftBody, response: { 200: VersionDetail, ...WRITE_ERRORS } } },
      async (request) => {
        const p = requireStaff(request);
        const v = await saveDraft(ctx(), p, request.params.id, request.body.content, metaOf(request));
        return presentVersionDetail(db(), (await findItem(db(), v.item_id))!, v);
      },
    );

    const transition = (action: 'submit' | 'publish', summary: string) =>
      app.post(
        `/console/catalogue/versions/:id/${action}`,
        { schema: { tags, summary, params: IdParams, response: { 200: VersionDetail, ...WRITE_ERRORS } } },
        async (request) => {
          const p = requireStaff(request);
          const v = (await reviewVersion(ctx(), p, request.params.id, action, null, metaOf(request)))!;
          return presentVersionDetail(db(), (await findItem(db(), v.item_id))!, v);
        },
      );
    transition('submit', '提交审核（运行质量检查）');
    transition('publish', '发布（事项发布人员，且不得为审核人）');

    app.post(
      '/console/catalogue/versions/:id/approve',
      {
        schema: {
          tags,
          summary: '审核通过（事项审核人员，不得审核本人提交的版本）',
          params: IdParams,
          body: CommentBody,
          response: { 200: VersionDetail, ...WRITE_ERRORS },
        },
      },
      async (request) => {
        const p = requireStaff(request);
        const v = (await reviewVersion(ctx(), p, request.params.id, 'approve', request.body.comment ?? null, metaOf(request)))!;
        return presentVersionDetail(db(), (await findItem(db(), v.item_id))!, v);
      },
    );

    app.post(
      '/console/catalogue/versions/:id/reject',
      { schema: { tags, summary: '退回修改', params: IdParams, body: RejectBody, response: { 200: VersionDetail, ...WRITE_ERRORS } } },
      async (request) => {
        const p = requireStaff(request);
        const v = (await reviewVersion(ctx(), p, request.params.id, 'reject', request.body.comment, metaOf(request)))!;
        return presentVersionDetail(db(), (await findItem(db(), v.item_id))!, v);
      },
    );

    app.delete(
      '/console/catalogue/versions/:id',
      {
        schema: {
          tags,
          summary: '丢弃草稿（第 2 版起）',
          params: IdParams,
          response: { 200: Type.Object({ ok: Type.Literal(true) }), ...WRITE_ERRORS },
        },
      },
      async (request) => {
        await reviewVersion(ctx(), requireStaff(request), request.params.id, 'discard', null, metaOf(request));
        return { ok: true as const };
      },
    );

    app.get(
      '/console/catalogue/diff',
      { schema: { tags, summary: '两个版本的差异', querystring: DiffQuery, response: { 200: Diff, ...errors(400, 401, 403, 404) } } },
      async (request) => {
        const p = requireStaff(request);
        const a = await loadVersion(p, request.query.from);
        const b = await loadVersion(p, request.query.to);
        if (a.item.id !== b.item.id) throw new DomainError('VALIDATION_FAILED', '只能比较同一事项的两个版本');
        return { from: presentVersionSummary(a.v), to: presentVersionSummary(b.v), changes: diffContents(a.v.content, b.v.content) };
      },
    );
  };
}
