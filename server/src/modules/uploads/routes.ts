/**
 * Uploads API. The browser sends the file as the raw request body (`application/octet-stream`, via XHR
 * so it can show progress) with the name in the query string; no base64, no multipart. Reading is for
 * the owner only; staff reach applicants' files through the application routes.
 */
import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import { Type, type Static } from 'typebox';
import type { AppDeps } from '../../app.js';
import { DomainError } from '../../errors.js';
import { requireUser } from '../../http/auth.js';
import { errors, IdParams } from '../../http/schemas.js';
import { attachmentHeader } from '../catalogue/routes-public.js';
import { metaOf } from '../identity/routes.js';
import { findUpload, formatMegabytes, readUpload, uploadFile, type UploadRow } from './upload-file.js';

const tags = ['uploads'];

export const UploadMeta = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    fileName: Type.String(),
    mediaType: Type.String(),
    sizeBytes: Type.Integer(),
    sha256: Type.String({ description: 'SHA-256 of the bytes, hex' }),
    scanStatus: Type.Union([Type.Literal('not_scanned'), Type.Literal('clean')]),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'UploadMeta', description: '已上传文件 / uploaded file' },
);
export type UploadMeta = Static<typeof UploadMeta>;

export function presentUpload(row: UploadRow): UploadMeta {
  return {
    id: row.id,
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    scanStatus: row.scan_status,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/**
 * The raw body, kept out of sight of the app-wide preValidation hook that walks request bodies looking
 * for NUL characters (walking a Buffer's entries would visit every byte). Private field = no entries.
 */
class RawBody {
  readonly #bytes: Buffer;
  constructor(bytes: Buffer) {
    this.#bytes = bytes;
  }
  get bytes(): Buffer {
    return this.#bytes;
  }
}

export function uploadRoutes(deps: AppDeps): FastifyPluginAsync {
  const maxBytes = deps.config.uploadMaxBytes;
  return async (app) => {
    // Scoped to this plugin: only these routes accept raw bytes.
    app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: maxBytes }, (_request, body, done) => {
      done(null, new RawBody(body as Buffer));
    });

    app.post(
      '/uploads',
      {
        bodyLimit: maxBytes,
        // Refuse an oversized file from its Content-Length before reading it.
        onRequest: async (request) => {
          const length = Number(request.headers['content-length']);
          if (Number.isFinite(length) && length > maxBytes) {
            throw new DomainError('FILE_TOO_LARGE', `文件不能超过 ${formatMegabytes(maxBytes)}`, { maxBytes });
          }
        },
        schema: {
          tags,
          summary: '上传文件（请求体为文件原始字节，Content-Type: application/octet-stream；按内容识别 PDF、OFD、JPG、PNG）',
          consumes: ['application/octet-stream'],
          querystring: Type.Object({ fileName: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false }),
          response: { 201: UploadMeta, ...errors(400, 401, 403, 413, 415, 422, 503) },
        },
      },
      async (request, reply) => {
        const p = requireUser(request);
        const body = request.body as unknown;
        if (!(body instanceof RawBody)) throw new DomainError('UNSUPPORTED_MEDIA_TYPE', '请以 application/octet-stream 上传文件内容');
        const row = await uploadFile(
          { db: deps.database.db, storage: deps.storage, scanner: deps.scanner, now: deps.clock.now(), maxBytes },
          p,
          { fileName: request.query.fileName, bytes: body.bytes },
          metaOf(request),
        );
        return reply.status(201).send(presentUpload(row));
      },
    );

    app.get(
      '/uploads/:id/meta',
      {
        schema: {
          tags,
          summary: '已上传文件的信息（仅上传人）',
          params: IdParams,
          response: { 200: UploadMeta, ...errors(401, 403, 404) },
        },
      },
      async (request) => {
        const p = requireUser(request);
        const row = await findUpload(deps.database.db, request.params.id);
        if (!row) throw new DomainError('NOT_FOUND', '文件不存在');
        if (row.owner_account_id !== p.accountId) throw new DomainError('FORBIDDEN', '只能查看本人上传的文件');
        return presentUpload(row);
      },
    );

    app.get(
      '/uploads/:id',
      {
        schema: {
          tags,
          summary: '下载已上传文件（仅上传人）',
          params: IdParams,
          response: { 200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary' }), ...errors(401, 403, 404) },
        },
      },
      async (request, reply) => {
        const p = requireUser(request);
        const row = await findUpload(deps.database.db, request.params.id);
        if (!row) throw new DomainError('NOT_FOUND', '文件不存在');
        if (row.owner_account_id !== p.accountId) throw new DomainError('FORBIDDEN', '只能下载本人上传的文件');
        const { bytes } = await readUpload({ db: deps.database.db, storage: deps.storage }, row.id);
        return reply
          .header('content-type', row.media_type)
          .header('content-disposition', attachmentHeader(row.file_name))
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header('cache-control', 'private, no-store')
          .header('x-sha256', row.sha256)
          .send(bytes);
      },
    );
  };
}
