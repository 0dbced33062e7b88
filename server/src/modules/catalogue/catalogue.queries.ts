/** Reading catalogue items, versions and files. Console reads take the caller's department scope. */
import { sql, type Selectable } from 'kysely';
import type { Db } from '../../db/database.js';
import type { DepartmentScope } from '../identity/principal.js';
import type { CatalogueTables } from './catalogue.tables.js';
import type { ItemContent } from './item-content.js';

export type ItemRow = Selectable<CatalogueTables['catalogue_items']>;
export type VersionRow = Selectable<CatalogueTables['item_versions']>;

export function findItem(db: Db, id: string) {
  return db.selectFrom('catalogue_items').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findItemByCode(db: Db, code: string) {
  return db.selectFrom('catalogue_items').selectAll().where('implementation_code', '=', code).executeTakeFirst();
}

export function findVersion(db: Db, id: string) {
  return db.selectFrom('item_versions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The version row locked for a state change (concurrent reviewers: one wins, the other sees the new state). */
export function lockVersion(db: Db, id: string) {
  return db.selectFrom('item_versions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export function versionsOf(db: Db, itemId: string) {
  return db.selectFrom('item_versions').selectAll().where('item_id', '=', itemId).orderBy('version_no', 'desc').execute();
}

export function latestVersion(db: Db, itemId: string) {
  return db.selectFrom('item_versions').selectAll().where('item_id', '=', itemId).orderBy('version_no', 'desc').limit(1).executeTakeFirst();
}

export function openVersionOf(db: Db, itemId: string) {
  return db
    .selectFrom('item_versions')
    .selectAll()
    .where('item_id', '=', itemId)
    .where('status', 'in', ['draft', 'in_review', 'approved'])
    .executeTakeFirst();
}

export async function accountNames(db: Db, ids: Array<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((i): i is string => i !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('accounts').select(['id', 'display_name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

export function departmentOf(db: Db, id: string) {
  return db.selectFrom('departments').select(['id', 'name', 'uscc']).where('id', '=', id).executeTakeFirst();
}

/** Every file id an item content refers to (result sample, blank forms, filled samples). */
export function fileIdsOf(content: ItemContent): string[] {
  const ids = [content.resultSampleFileId, ...content.materials.flatMap((m) => [m.blankFormFileId, m.sampleFileId])];
  return [...new Set(ids.filter((i): i is string => i !== null))];
}

export async function fileMetas(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('catalogue_files')
    .select(['id', 'file_name', 'media_type', 'size', 'sha256'])
    .where('id', 'in', ids)
    .execute()
    .then((rows) => rows.map((r) => ({ id: r.id, fileName: r.file_name, mediaType: r.media_type, size: r.size, sha256: r.sha256 })));
}

export interface ConsoleItemFilter {
  q?: string;
  departmentId?: string;
  status?: 'draft' | 'in_review' | 'approved' | 'published' | 'withdrawn';
  limit: number;
  offset: number;
}

/** Items for the console list: the latest version's name, the published version, any open version. */
export async function listConsoleItems(db: Db, scope: DepartmentScope, f: ConsoleItemFilter) {
  let base = db
    .selectFrom('catalogue_items as i')
    .innerJoin('departments as d', 'd.id', 'i.department_id')
    .innerJoin('item_versions as lv', (j) =>
      j
        .onRef('lv.item_id', '=', 'i.id')
        .on('lv.version_no', '=', sql<number>`(SELECT max(version_no) FROM item_versions x WHERE x.item_id = i.id)`),
    )
    .leftJoin('item_versions as pv', 'pv.id', 'i.published_version_id')
    .leftJoin('item_versions as ov', (j) => j.onRef('ov.item_id', '=', 'i.id').on('ov.status', 'in', ['draft', 'in_review', 'approved']));
  if (!scope.all)
    base = base.where('i.department_id', 'in', scope.departmentIds.length ? scope.departmentIds : ['00000000-0000-0000-0000-000000000000']);
  if (f.departmentId) base = base.where('i.department_id', '=', f.departmentId);
  if (f.q) {
    // The keyword is literal text: LIKE's own wildcards in it are escaped.
    const pattern = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    base = base.where((eb) => eb.or([eb(sql`lv.content->>'name'`, 'like', pattern), eb('i.implementation_code', 'like', pattern)]));
  }
  if (f.status === 'published') base = base.where('i.published_version_id', 'is not', null);
  else if (f.status === 'withdrawn') base = base.where('lv.status', '=', 'withdrawn');
  else if (f.status) base = base.where('ov.status', '=', f.status);
  const [rows, count] = await Promise.all([
    base
      .select([
        'i.id',
        'i.implementation_code',
        'i.department_id',
        'd.name as department_name',
        sql<string>`lv.content->>'name'`.as('name'),
        'pv.version_no as published_version_no',
        'ov.id as open_id',
        'ov.version_no as open_version_no',
        'ov.status as open_status',
        'lv.updated_at',
      ])
      .orderBy('lv.updated_at', 'desc')
      .orderBy('i.implementation_code')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
