/** Console catalogue API around the items: attachments, export and import, 一件事 bundles, code mappings. */
import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../../app.js';
import { DomainError } from '../../errors.js';
import { requireStaff } from '../../http/auth.js';
import { errors, IdParams } from '../../http/schemas.js';
import { departmentScope } from '../identity/principal.js';
import { metaOf } from '../identity/routes.js';
import { listConsoleBundles, saveBundle, setBundleStatus } from './bundles.js';
import { readFile, uploadFile } from './catalogue-files.js';
import { listMappings, saveMapping } from './code-mappings.js';
import { exportCatalogue } from './export-catalogue.js';
import { importCatalogue } from './import-catalogue.js';
import { CATALOGUE_ROLES, tags, WRITE_ERRORS } from './routes-console.js';
import { attachmentHeader, sendFile } from './routes-public.js';
import { BundleBody, CodeMapping, CodeMappingBody, ConsoleBundle, ExportQuery, FileMeta, ImportBody, ImportResult } from './schemas.js';

export function consoleCatalogueAssetRoutes(deps: AppDeps): FastifyPluginAsync {
  const ctx = () => ({ db: deps.database.db, now: deps.clock.now() });
  const db = () => deps.database.db;
  return async (app) => {
    app.post(
      '/console/catalogue/files',
      {
        bodyLimit: 15 * 1024 * 1024,
        schema: {
          tags,
          summary: '上传附件（空白表格、示例样表、结果样本），按文件内容校验类型',
          body: Type.Object(
            {
              fileName: Type.String({ minLength: 1, maxLength: 200 }),
              contentBase64: Type.String({ minLength: 4, maxLength: 14_000_000 }),
            },
            { additionalProperties: false },
          ),
          response: { 201: FileMeta, ...errors(400, 401, 403, 413, 415) },
        },
      },
      async (request, reply) => {
        const p = requireStaff(request);
        return reply.status(201).send(await uploadFile(ctx(), p, request.body.fileName, request.body.contentBase64, metaOf(request)));
      },
    );

    app.get(
      '/console/catalogue/export',
      {
        schema: {
          tags,
          summary: '导出事项目录（GB/T 39046 字段名与代码；可按对接系统转换代码）',
          querystring: ExportQuery,
          response: { 200: Type.String({ description: 'JSON document or CSV (UTF-8 with BOM)' }), ...errors(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const p = requireStaff(request);
        if (!p.roles.some((r) => ['admin', 'catalogue_editor', 'catalogue_reviewer', 'catalogue_publisher', 'supervisor'].includes(r)))
          throw new DomainError('FORBIDDEN');
        const out = await exportCatalogue(db(), departmentScope(p), { versions: 'published', ...request.query }, deps.clock.now());
        return reply
          .header('content-type', out.mediaType)
          .header('content-disposition', attachmentHeader(out.fileName))
          .header('x-item-count', String(out.count))
          .send(out.body);
      },
    );

    app.post(
      '/console/catalogue/import',
      {
        bodyLimit: 25 * 1024 * 1024,
        schema: {
          tags,
          summary: '导入事项目录（全部成功或全部不写入；逐行报告错误）',
          body: ImportBody,
          response: { 200: ImportResult, ...errors(400, 401, 403) },
        },
      },
      async (request) => importCatalogue(ctx(), requireStaff(request), request.body, metaOf(request)),
    );

    app.get(
      '/console/catalogue/files/:id',
      {
        schema: {
          tags,
          summary: '下载附件（含草稿中的附件，仅工作人员）',
          params: IdParams,
          response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }), ...errors(401, 403, 404) },
        },
      },
      async (request, reply) => {
        requireStaff(request);
        const file = await readFile(db(), request.params.id);
        if (!file) throw new DomainError('NOT_FOUND', '文件不存在');
        return sendFile(reply, file, { inline: false, cache: 'private' });
      },
    );

    app.get(
      '/console/catalogue/bundles',
      {
        schema: {
          tags,
          summary: '一件事（全部状态）',
          response: { 200: Type.Object({ items: Type.Array(ConsoleBundle) }), ...errors(401, 403) },
        },
      },
      async (request) => {
        const p = requireStaff(request);
        if (!p.roles.some((r) => CATALOGUE_ROLES.includes(r))) throw new DomainError('FORBIDDEN');
        return { items: await listConsoleBundles(db()) };
      },
    );
    app.post(
      '/console/catalogue/bundles',
      { schema: { tags, summary: '新建一件事', body: BundleBody, response: { 201: ConsoleBundle, ...WRITE_ERRORS } } },
      async (request, reply) => reply.status(201).send(await saveBundle(ctx(), requireStaff(request), null, request.body, metaOf(request))),
    );
    app.put(
      '/console/catalogue/bundles/:id',
      { schema: { tags, summary: '修改一件事', params: IdParams, body: BundleBody, response: { 200: ConsoleBundle, ...WRITE_ERRORS } } },
      async (request) => saveBundle(ctx(), requireStaff(request), request.params.id, request.body, metaOf(request)),
    );
    for (const [action, status] of [
      ['publish', 'published'],
      ['withdraw', 'withdrawn'],
    ] as const) {
      app.post(
        `/console/catalogue/bundles/:id/${action}`,
        {
          schema: {
            tags,
            summary: action === 'publish' ? '发布一件事' : '撤回一件事',
            params: IdParams,
            response: { 200: ConsoleBundle, ...WRITE_ERRORS },
          },
        },
        async (request) => setBundleStatus(ctx(), requireStaff(request), request.params.id, status, metaOf(request)),
      );
    }

    app.get(
      '/console/catalogue/code-mappings',
      {
        schema: {
          tags,
          summary: '代码映射（各对接系统）',
          querystring: Type.Object({ integration: Type.Optional(Type.String({ maxLength: 40 })) }, { additionalProperties: false }),
          response: { 200: Type.Object({ items: Type.Array(CodeMapping) }), ...errors(401, 403) },
        },
      },
      async (request) => {
        requireStaff(request);
        return { items: await listMappings(db(), request.query.integration) };
      },
    );
    app.put(
      '/console/catalogue/code-mappings',
      {
        schema: {
          tags,
          summary: '设置或删除（externalCode 为 null）一条代码映射',
          body: CodeMappingBody,
          response: { 200: CodeMappingBody, ...WRITE_ERRORS },
        },
      },
      async (request) => saveMapping(ctx(), requireStaff(request), request.body, metaOf(request)),
    );
  };
}
