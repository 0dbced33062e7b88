/**
 * Upload of one file (e.g. an application material 申请材料): checked for emptiness, size, type (from the
 * bytes; the name's extension must agree) and viruses, then stored under a server-generated key, then
 * recorded with an audit record in one transaction.
 *
 * Order matters: the bytes are stored BEFORE the row is inserted. If the insert fails afterwards the stored
 * object is orphaned — harmless (nothing refers to it, its key is random) and a cleanup job may sweep
 * objects without a row. The opposite order could leave a row pointing at nothing.
 */
import { createHash } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import { recordAudit } from '../audit/record-audit.js';
import { actorOf, type Principal } from '../identity/principal.js';
import { detectFileType, EXTENSIONS, nameMatchesType } from './detect-file-type.js';
import { newStorageKey, type FileStorage, StoredFileMissingError } from './file-storage.js';
import type { UploadTables } from './uploads.tables.js';
import { VirusScanError, type VirusScanner } from './virus-scan.js';

export type UploadRow = Selectable<UploadTables['uploads']>;

export interface UploadDeps {
  db: Db;
  storage: FileStorage;
  scanner: VirusScanner;
  now: Date;
  maxBytes: number;
}

export const ALLOWED_EXTENSIONS = Object.values(EXTENSIONS).flat();

/** A file name we keep: no path, no control characters, 1–200 characters. Returns it trimmed. */
export function checkFileName(fileName: string): string {
  const name = fileName.trim();
  if (name.length === 0 || name.length > 200) throw new DomainError('VALIDATION_FAILED', '文件名长度应为 1 至 200 个字符');
  if (/[\\/]/.test(name) || [...name].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) {
    throw new DomainError('VALIDATION_FAILED', '文件名不能包含路径或控制字符');
  }
  return name;
}

export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? `${mb} MB` : `${mb.toFixed(1)} MB`;
}

export async function uploadFile(
  deps: UploadDeps,
  p: Principal,
  input: { fileName: string; bytes: Buffer },
  meta: RequestMeta,
): Promise<UploadRow> {
  const fileName = checkFileName(input.fileName);
  const { bytes } = input;
  if (bytes.length === 0) throw new DomainError('VALIDATION_FAILED', '文件为空，请重新选择文件');
  if (bytes.length > deps.maxBytes) {
    throw new DomainError('FILE_TOO_LARGE', `文件不能超过 ${formatMegabytes(deps.maxBytes)}`, { maxBytes: deps.maxBytes });
  }
  const type = detectFileType(bytes);
  if (!type || !nameMatchesType(fileName, type)) {
    throw new DomainError('UNSUPPORTED_FILE_TYPE', '仅支持 PDF、OFD、JPG、PNG 文件，且文件内容须与扩展名一致', {
      allowed: ALLOWED_EXTENSIONS,
      detected: type?.ext ?? null,
    });
  }

  let scanned: Awaited<ReturnType<VirusScanner['scan']>>;
  try {
    scanned = await deps.scanner.scan(bytes);
  } catch (err) {
    if (err instanceof VirusScanError) throw new DomainError('NOT_READY', '病毒查杀服务暂不可用，请稍后再上传');
    throw err;
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (!scanned.clean) {
    // Refused files are not stored; the refusal itself is audited (who tried to upload what).
    await deps.db.transaction().execute((trx) =>
      recordAudit(
        trx,
        {
          actor: actorOf(p),
          action: 'upload.refused_infected',
          targetType: 'upload',
          requestId: meta.requestId,
          detail: { fileName, sizeBytes: bytes.length, sha256, signature: scanned.signature ?? null },
        },
        deps.now,
      ),
    );
    throw new DomainError('FILE_INFECTED', undefined, { signature: scanned.signature ?? null });
  }

  const storageKey = newStorageKey(deps.now);
  await deps.storage.put(storageKey, bytes);
  return deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('uploads')
      .values({
        owner_account_id: p.accountId,
        file_name: fileName,
        media_type: type.mediaType,
        size_bytes: bytes.length,
        sha256,
        storage_key: storageKey,
        scan_status: deps.scanner.kind === 'none' ? 'not_scanned' : 'clean',
        created_at: deps.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(
      trx,
      {
        actor: actorOf(p),
        action: 'upload.create',
        targetType: 'upload',
        targetId: row.id,
        requestId: meta.requestId,
        detail: { fileName, mediaType: row.media_type, sizeBytes: row.size_bytes, sha256, scanStatus: row.scan_status },
      },
      deps.now,
    );
    return row;
  });
}

export function findUpload(db: Db, id: string): Promise<UploadRow | undefined> {
  return db.selectFrom('uploads').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The upload's row and bytes; NOT_FOUND when either is missing. Access checks are the caller's. */
export async function readUpload(deps: { db: Db; storage: FileStorage }, id: string): Promise<{ row: UploadRow; bytes: Buffer }> {
  const row = await findUpload(deps.db, id);
  if (!row) throw new DomainError('NOT_FOUND', '文件不存在');
  try {
    return { row, bytes: await deps.storage.get(row.storage_key) };
  } catch (err) {
    if (err instanceof StoredFileMissingError) throw new DomainError('NOT_FOUND', '文件内容已不存在，请重新上传');
    throw err;
  }
}
