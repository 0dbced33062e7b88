/**
 * Import a catalogue file (JSON or CSV, GB/T 39046 exchange columns). All or nothing: every row is checked
 * first and every invalid row is reported; when any row is invalid nothing is written. Valid files become
 * drafts — new items get version 1, existing items a new draft version (or their open draft is updated) —
 * which still go through review and publishing like any edit.
 */
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import { isUniqueViolation } from '../../lib/pg-errors.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import { recordAudit } from '../audit/record-audit.js';
import { actorOf, type Principal } from '../identity/principal.js';
import { fileIdsOf, latestVersion, openVersionOf } from './catalogue.queries.js';
import { codeMapperFor } from './code-mappings.js';
import { contentDigest } from './content-digest.js';
import { fromCsv, fromExchangeRecord, fromJsonDocument, type ExchangeItem } from './exchange-format.js';

export interface ImportRowError {
  row: number;
  implementationCode?: string;
  errors: Array<{ field: string; message: string }>;
}

function invalid(rows: ImportRowError[]): never {
  throw new DomainError('CATALOGUE_IMPORT_INVALID', `导入文件有 ${rows.length} 行错误，未写入任何数据`, { rows });
}

/** Row numbers as a person sees them: CSV lines (header = 1), JSON items from 1. */
function parse(format: 'json' | 'csv', data: string): { records: unknown[]; firstRow: number } {
  if (format === 'json') {
    const doc = fromJsonDocument(data);
    if (!doc.ok) invalid([{ row: 0, errors: doc.errors }]);
    return { records: doc.records, firstRow: 1 };
  }
  const csv = fromCsv(data);
  if (!csv.ok) {
    const byRow = new Map<number, ImportRowError>();
    for (const e of csv.errors)
      (byRow.get(e.row) ?? byRow.set(e.row, { row: e.row, errors: [] }).get(e.row)!).errors.push({ field: e.field, message: e.message });
    invalid([...byRow.values()]);
  }
  return { records: csv.records, firstRow: 2 };
}

export async function importCatalogue(
  deps: { db: Db; now: Date },
  p: Principal,
  input: { format: 'json' | 'csv'; integration?: string; data: string },
  meta: RequestMeta,
) {
  if (p.kind !== 'staff' || !p.roles.includes('admin')) throw new DomainError('FORBIDDEN', '只有系统管理员可以导入事项目录');
  const { records, firstRow } = parse(input.format, input.data);
  if (records.length === 0) invalid([{ row: 0, errors: [{ field: '', message: '文件中没有事项' }] }]);
  const map = await codeMapperFor(deps.db, input.integration);
  const departments = await deps.db.selectFrom('departments').select(['id', 'uscc']).execute();
  const halls = new Set((await deps.db.selectFrom('halls').select('id').execute()).map((h) => h.id));

  const problems: ImportRowError[] = [];
  const valid: Array<{ row: number; item: ExchangeItem; departmentId: string }> = [];
  const seen = new Map<string, number>();
  for (const [i, record] of records.entries()) {
    const row = firstRow + i;
    const parsed = fromExchangeRecord(record, map);
    if (!parsed.ok) {
      const code =
        typeof record === 'object' && record && 'task_code' in record ? String((record as { task_code: unknown }).task_code) : undefined;
      problems.push({ row, ...(code ? { implementationCode: code } : {}), errors: parsed.errors });
      continue;
    }
    const { item } = parsed;
    const errors: Array<{ field: string; message: string }> = [];
    const dept = departments.find((d) => d.uscc === item.departmentUscc);
    if (!dept) errors.push({ field: 'dept_code', message: `实施主体代码 ${item.departmentUscc} 不是本系统的部门` });
    const dup = seen.get(item.implementationCode);
    if (dup !== undefined) errors.push({ field: 'task_code', message: `实施编码与第 ${dup} 行重复` });
    seen.set(item.implementationCode, row);
    if (item.content.hallId && !halls.has(item.content.hallId)) errors.push({ field: 'ow_hall_id', message: '办理大厅在本系统中不存在' });
    const fileIds = fileIdsOf(item.content);
    if (fileIds.length) {
      const found = new Set(
        (await deps.db.selectFrom('catalogue_files').select('id').where('id', 'in', fileIds).execute()).map((f) => f.id),
      );
      for (const id of fileIds) if (!found.has(id)) errors.push({ field: 'materials', message: `附件 ${id} 在本系统中不存在，请先上传` });
    }
    const existing = await deps.db
      .selectFrom('catalogue_items')
      .selectAll()
      .where('implementation_code', '=', item.implementationCode)
      .executeTakeFirst();
    if (existing && dept && existing.department_id !== dept.id)
      errors.push({ field: 'dept_code', message: '不能通过导入更改事项的实施主体' });
    if (existing) {
      const open = await openVersionOf(deps.db, existing.id);
      if (open && open.status !== 'draft') errors.push({ field: 'task_code', message: '该事项有正在审核或待发布的版本，请先处理后再导入' });
    }
    if (errors.length) problems.push({ row, implementationCode: item.implementationCode, errors });
    else valid.push({ row, item, departmentId: dept!.id });
  }
  if (problems.length) invalid(problems);

  try {
    return await writeImport(deps, p, input, valid, records.length, meta);
  } catch (err) {
    if (isUniqueViolation(err)) throw new DomainError('CATALOGUE_STATE_CONFLICT', '导入期间事项被同时修改，未写入任何数据，请重新导入');
    throw err;
  }
}

function writeImport(
  deps: { db: Db; now: Date },
  p: Principal,
  input: { format: 'json' | 'csv'; integration?: string },
  valid: Array<{ item: ExchangeItem; departmentId: string }>,
  rowCount: number,
  meta: RequestMeta,
) {
  return deps.db.transaction().execute(async (trx) => {
    const counts = { created: 0, updated: 0, unchanged: 0 };
    for (const { item, departmentId } of valid) {
      const digest = contentDigest(item.content);
      const content = JSON.stringify(item.content);
      const existing = await trx
        .selectFrom('catalogue_items')
        .selectAll()
        .where('implementation_code', '=', item.implementationCode)
        .forUpdate()
        .executeTakeFirst();
      if (!existing) {
        const created = await trx
          .insertInto('catalogue_items')
          .values({ implementation_code: item.implementationCode, department_id: departmentId, created_at: deps.now, updated_at: deps.now })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('item_versions')
          .values({
            item_id: created.id,
            version_no: 1,
            status: 'draft',
            content,
            content_digest: digest,
            created_by: p.accountId,
            created_at: deps.now,
            updated_at: deps.now,
          })
          .execute();
        counts.created++;
        continue;
      }
      const latest = (await latestVersion(trx, existing.id))!;
      if (latest.status === 'in_review' || latest.status === 'approved') {
        // Submitted between the check above and this transaction: refuse the whole import, as the check would have.
        throw new DomainError('CATALOGUE_STATE_CONFLICT', `事项 ${item.implementationCode} 刚刚进入审核，未写入任何数据，请稍后重新导入`);
      }
      if (latest.content_digest === digest) {
        counts.unchanged++;
        continue;
      }
      if (latest.status === 'draft') {
        await trx
          .updateTable('item_versions')
          .set({ content, content_digest: digest, updated_at: deps.now })
          .where('id', '=', latest.id)
          .execute();
      } else {
        await trx
          .insertInto('item_versions')
          .values({
            item_id: existing.id,
            version_no: latest.version_no + 1,
            status: 'draft',
            content,
            content_digest: digest,
            created_by: p.accountId,
            created_at: deps.now,
            updated_at: deps.now,
          })
          .execute();
      }
      await trx.updateTable('catalogue_items').set({ updated_at: deps.now }).where('id', '=', existing.id).execute();
      counts.updated++;
    }
    await recordAudit(
      trx,
      {
        actor: actorOf(p),
        action: 'catalogue.import',
        targetType: 'catalogue',
        requestId: meta.requestId,
        detail: {
          format: input.format,
          integration: input.integration ?? null,
          rows: rowCount,
          ...counts,
          codes: valid.map((v) => v.item.implementationCode),
        },
      },
      deps.now,
    );
    return counts;
  });
}
