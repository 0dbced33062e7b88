/**
 * Export the catalogue as JSON or CSV with the GB/T 39046 / national exchange column names and codes,
 * translated for an integration through its code mappings when one is named.
 */
import type { Db } from '../../db/database.js';
import type { DepartmentScope } from '../identity/principal.js';
import { codeMapperFor } from './code-mappings.js';
import { toCsv, toExchangeRecord, toJsonDocument } from './exchange-format.js';

export async function exportCatalogue(
  db: Db,
  scope: DepartmentScope,
  opts: { format: 'json' | 'csv'; integration?: string; versions: 'published' | 'latest' },
  now: Date,
) {
  let q = db
    .selectFrom('catalogue_items as i')
    .innerJoin('departments as d', 'd.id', 'i.department_id')
    .innerJoin('item_versions as v', 'v.item_id', 'i.id')
    .select(['i.implementation_code', 'd.uscc', 'd.name as department_name', 'v.version_no', 'v.status', 'v.content'])
    .orderBy('i.implementation_code');
  // Staff of one department export their own department's items (drafts of others stay private).
  if (!scope.all)
    q = q.where('i.department_id', 'in', scope.departmentIds.length ? scope.departmentIds : ['00000000-0000-0000-0000-000000000000']);
  q =
    opts.versions === 'published'
      ? q.whereRef('v.id', '=', 'i.published_version_id')
      : q.whereRef('v.version_no', '=', (eb) =>
          eb
            .selectFrom('item_versions as x')
            .select((e) => e.fn.max('x.version_no').as('m'))
            .whereRef('x.item_id', '=', 'i.id'),
        );
  const rows = await q.execute();
  const map = await codeMapperFor(db, opts.integration);
  const records = rows.map((r) =>
    toExchangeRecord(
      {
        implementationCode: r.implementation_code,
        departmentUscc: r.uscc,
        departmentName: r.department_name,
        versionNo: r.version_no,
        status: r.status,
        content: r.content,
      },
      map,
    ),
  );
  const stamp = now.toISOString().slice(0, 10);
  return opts.format === 'json'
    ? {
        body: toJsonDocument(records, { exportedAt: now.toISOString(), integration: opts.integration ?? null }),
        mediaType: 'application/json; charset=utf-8',
        fileName: `事项目录-${stamp}.json`,
        count: records.length,
      }
    : { body: toCsv(records), mediaType: 'text/csv; charset=utf-8', fileName: `事项目录-${stamp}.csv`, count: records.length };
}
