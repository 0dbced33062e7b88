/**
 * The public guide (办事指南, 一次告知) of a published item: the content of its published version, the
 * implementing department, the hall with its windows, the downloadable files and the bundles it is in.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import { fileIdsOf, fileMetas } from './catalogue.queries.js';

export async function getGuide(db: Db, implementationCode: string, opts: { countView: boolean }) {
  const row = await db
    .selectFrom('catalogue_items as i')
    .innerJoin('item_versions as v', 'v.id', 'i.published_version_id')
    .innerJoin('departments as d', 'd.id', 'i.department_id')
    .select([
      'i.id as item_id',
      'i.implementation_code',
      'v.id as version_id',
      'v.version_no',
      'v.published_at',
      'v.content',
      'd.id as dept_id',
      'd.name as dept_name',
      'd.uscc',
    ])
    .where('i.implementation_code', '=', implementationCode)
    .executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', '事项不存在或未发布');
  const content = row.content;
  const [hall, windows, files, bundles] = await Promise.all([
    content.hallId ? db.selectFrom('halls').selectAll().where('id', '=', content.hallId).executeTakeFirst() : undefined,
    content.hallId
      ? db
          .selectFrom('hall_windows')
          .select(['number', 'name', 'kind', 'department_id'])
          .where('hall_id', '=', content.hallId)
          .where('status', '=', 'open')
          .where((eb) => eb.or([eb('department_id', '=', row.dept_id), eb('kind', '=', 'comprehensive')]))
          .orderBy('number')
          .execute()
      : [],
    fileMetas(db, fileIdsOf(content)),
    db
      .selectFrom('bundle_items as bi')
      .innerJoin('bundles as b', 'b.id', 'bi.bundle_id')
      .select(['b.code', 'b.name'])
      .where('bi.item_id', '=', row.item_id)
      .where('b.status', '=', 'published')
      .orderBy('b.name')
      .execute(),
  ]);
  if (opts.countView) {
    await db
      .updateTable('catalogue_items')
      .set({ popularity: sql`popularity + 1` })
      .where('id', '=', row.item_id)
      .execute();
    await db
      .updateTable('item_search')
      .set({ popularity: sql`popularity + 1` })
      .where('item_id', '=', row.item_id)
      .execute();
  }
  return {
    implementationCode: row.implementation_code,
    versionId: row.version_id,
    versionNo: row.version_no,
    publishedAt: row.published_at!.toISOString(),
    department: { id: row.dept_id, name: row.dept_name, uscc: row.uscc },
    hall: hall
      ? {
          id: hall.id,
          name: hall.name,
          address: hall.address,
          openingHours: hall.opening_hours,
          phone: hall.phone,
          windows: windows.map((w) => ({ number: w.number, name: w.name, kind: w.kind })),
        }
      : null,
    content,
    files,
    bundles,
  };
}
