/**
 * Catalogue files: blank forms (空白表格), filled samples (示例样表) and result samples (结果样本). The type
 * is decided from the bytes, not from the name: the extension must agree with the content's signature.
 * Files are written once and never changed (a new upload is a new file).
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import { recordAudit } from '../audit/record-audit.js';
import { actorOf, type Principal } from '../identity/principal.js';
import { EDIT_ROLES } from './catalogue-policy.js';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (b: Buffer, sig: number[]) => sig.every((v, i) => b[i] === v);

const TYPES: Record<string, { mediaType: string; matches(b: Buffer): boolean }> = {
  pdf: { mediaType: 'application/pdf', matches: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  png: { mediaType: 'image/png', matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  jpg: { mediaType: 'image/jpeg', matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  jpeg: { mediaType: 'image/jpeg', matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  ofd: { mediaType: 'application/ofd', matches: (b) => startsWith(b, ZIP) },
  docx: { mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', matches: (b) => startsWith(b, ZIP) },
  xlsx: { mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', matches: (b) => startsWith(b, ZIP) },
  doc: { mediaType: 'application/msword', matches: (b) => startsWith(b, OLE) },
  xls: { mediaType: 'application/vnd.ms-excel', matches: (b) => startsWith(b, OLE) },
  html: { mediaType: 'text/html; charset=utf-8', matches: isUtf8Html },
  htm: { mediaType: 'text/html; charset=utf-8', matches: isUtf8Html },
};

function isUtf8Html(b: Buffer): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    return false;
  }
  return /^<(!doctype html|html)/i.test(text.replace(/^\uFEFF/, '').trimStart());
}

/** The media type of a file whose name and content agree, or UNSUPPORTED_FILE_TYPE. */
export function detectFileType(fileName: string, bytes: Buffer): string {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  const type = TYPES[ext];
  if (!type || !type.matches(bytes)) {
    throw new DomainError('UNSUPPORTED_FILE_TYPE', undefined, { allowed: Object.keys(TYPES), fileName });
  }
  return type.mediaType;
}

export async function storeFile(db: Db, file: { fileName: string; bytes: Buffer; createdBy: string | null }, now: Date) {
  const mediaType = detectFileType(file.fileName, file.bytes);
  return db
    .insertInto('catalogue_files')
    .values({
      file_name: file.fileName,
      media_type: mediaType,
      size: file.bytes.length,
      sha256: createHash('sha256').update(file.bytes).digest('hex'),
      content: file.bytes,
      created_by: file.createdBy,
      created_at: now,
    })
    .returning(['id', 'file_name', 'media_type', 'size', 'sha256'])
    .executeTakeFirstOrThrow();
}

export async function uploadFile(deps: { db: Db; now: Date }, p: Principal, fileName: string, contentBase64: string, meta: RequestMeta) {
  if (p.kind !== 'staff' || !p.roles.some((r) => EDIT_ROLES.includes(r))) throw new DomainError('FORBIDDEN');
  if (/[\\/]/.test(fileName) || [...fileName].some((c) => c.charCodeAt(0) < 0x20))
    throw new DomainError('VALIDATION_FAILED', '文件名不能包含路径或控制字符');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(contentBase64)) throw new DomainError('VALIDATION_FAILED', '文件内容不是有效的 Base64');
  const bytes = Buffer.from(contentBase64, 'base64');
  if (bytes.length === 0) throw new DomainError('VALIDATION_FAILED', '文件为空');
  if (bytes.length > MAX_FILE_BYTES) throw new DomainError('PAYLOAD_TOO_LARGE', '文件不能超过 10 MB');
  return deps.db.transaction().execute(async (trx) => {
    const row = await storeFile(trx, { fileName, bytes, createdBy: p.accountId }, deps.now);
    await recordAudit(
      trx,
      {
        actor: actorOf(p),
        action: 'catalogue.file.upload',
        targetType: 'catalogue_file',
        targetId: row.id,
        requestId: meta.requestId,
        detail: { fileName, size: row.size, sha256: row.sha256 },
      },
      deps.now,
    );
    return { id: row.id, fileName: row.file_name, mediaType: row.media_type, size: row.size, sha256: row.sha256 };
  });
}

export function readFile(db: Db, id: string) {
  return db.selectFrom('catalogue_files').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * A file the public may download: one that a published or superseded version refers to (superseded ones
 * stay readable because applications pin their version). Uploads of drafts are for staff only, so nothing
 * reaches the portal without review and publication.
 */
export function readPublishedFile(db: Db, id: string) {
  const ref = (json: string) => sql<boolean>`v.content->'materials' @> ${json}::jsonb`;
  return db
    .selectFrom('catalogue_files')
    .selectAll()
    .where('id', '=', id)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('item_versions as v')
          .select(sql`1`.as('one'))
          .where('v.status', 'in', ['published', 'superseded'])
          .where((eb) =>
            eb.or([
              eb(sql`v.content->>'resultSampleFileId'`, '=', id),
              ref(JSON.stringify([{ blankFormFileId: id }])),
              ref(JSON.stringify([{ sampleFileId: id }])),
            ]),
          ),
      ),
    )
    .executeTakeFirst();
}
