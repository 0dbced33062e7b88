/** Public catalogue API: code lists, search, suggestions, home, guides, files, bundles. No login needed. */
import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import type { AppDeps } from '../../app.js';
import { DomainError } from '../../errors.js';
import { errors, IdParams } from '../../http/schemas.js';
import { bundleDetail, listPublishedBundles } from './bundles.js';
import { readPublishedFile } from './catalogue-files.js';
import { catalogueHome } from './catalogue-home.js';
import { listCodeLists } from './code-mappings.js';
import { getGuide } from './guide.js';
import {
  BundleDetail,
  BundleSummary,
  CatalogueHome,
  CodeLists,
  CodeParams,
  Guide,
  SearchQuery,
  SearchResult,
  Suggestions,
  SuggestQuery,
} from './schemas.js';
import { searchItems, suggestItems } from './search-items.js';
import { Type } from 'typebox';

const tags = ['catalogue'];

/** RFC 5987 attachment header, so Chinese file names survive every browser. */
export function attachmentHeader(fileName: string, inline = false) {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Sends a catalogue file; HTML never runs scripts, submits forms or navigates (sandboxed), even inline. */
export function sendFile(
  reply: FastifyReply,
  file: { media_type: string; file_name: string; content: Buffer },
  opts: { inline: boolean; cache: 'public' | 'private' },
) {
  return reply
    .header('content-type', file.media_type)
    .header('content-disposition', attachmentHeader(file.file_name, opts.inline))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; sandbox")
    .header('cache-control', opts.cache === 'public' ? 'public, max-age=86400, immutable' : 'private, no-store')
    .send(file.content);
}

export function publicCatalogueRoutes(deps: AppDeps): FastifyPluginAsync {
  const db = () => deps.database.db;
  return async (app) => {
    app.get('/catalogue/code-lists', { schema: { tags, summary: '事项代码表（国家标准代码）', response: { 200: CodeLists } } }, async () =>
      listCodeLists(db()),
    );

    app.get(
      '/catalogue/home',
      { schema: { tags, summary: '事项库首页：主题、部门、热门事项、一件事', response: { 200: CatalogueHome } } },
      async () => catalogueHome(db()),
    );

    app.get(
      '/catalogue/search',
      {
        schema: {
          tags,
          summary: '事项检索（中文分词、拼音、首字母、同义词）',
          querystring: SearchQuery,
          response: { 200: SearchResult, ...errors(400) },
        },
      },
      async (request) => {
        const { items, total, totalCapped } = await searchItems(db(), request.query);
        return {
          items: items.map((h) => ({
            implementationCode: h.implementationCode,
            name: h.name,
            nameHighlight: h.nameHighlight,
            departmentId: h.departmentId,
            departmentName: h.departmentName,
            itemType: h.itemType,
            onlineLevel: h.onlineLevel,
            visits: h.visits,
            matchedIn: h.matchedIn,
          })),
          total,
          totalCapped,
        };
      },
    );

    app.get(
      '/catalogue/suggest',
      { schema: { tags, summary: '输入联想', querystring: SuggestQuery, response: { 200: Suggestions, ...errors(400) } } },
      async (request) => ({ items: await suggestItems(db(), request.query.q) }),
    );

    app.get(
      '/catalogue/guides/:code',
      { schema: { tags, summary: '办事指南（一次告知）', params: CodeParams, response: { 200: Guide, ...errors(404) } } },
      async (request) => getGuide(db(), request.params.code, { countView: true }),
    );

    app.get(
      '/catalogue/files/:id',
      {
        schema: {
          tags,
          summary: '下载空白表格、示例样表或结果样本',
          params: IdParams,
          querystring: Type.Object({ inline: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
          response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }), ...errors(404) },
        },
      },
      async (request, reply) => {
        const file = await readPublishedFile(db(), request.params.id);
        if (!file) throw new DomainError('NOT_FOUND', '文件不存在');
        return sendFile(reply, file, { inline: request.query.inline === true, cache: 'public' });
      },
    );

    app.get(
      '/catalogue/bundles',
      { schema: { tags, summary: '一件事列表', response: { 200: Type.Object({ items: Type.Array(BundleSummary) }) } } },
      async () => ({
        items: await listPublishedBundles(db()),
      }),
    );

    app.get(
      '/catalogue/bundles/:code',
      { schema: { tags, summary: '一件事详情与合并材料清单', params: CodeParams, response: { 200: BundleDetail, ...errors(404) } } },
      async (request) => bundleDetail(db(), request.params.code),
    );
  };
}
