/**
 * Keeps `item_search` in step with what the public sees: one row per item with a published version, rebuilt
 * from that version's content whenever it is published, withdrawn or its department renamed. Call it inside
 * the transaction that changes the item, so the search never shows a version that did not commit.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { buildSearchDocument, documentSql } from './search-document.js';

/** 服务对象 codes of legal persons and organisations (A.4: 2 企业法人 … 6 其他组织). */
const ORGANISATION_AUDIENCES = ['2', '3', '4', '5', '6'];

export async function refreshSearchRow(db: Kysely<DB>, itemId: string): Promise<void> {
  const row = await db
    .selectFrom('catalogue_items as i')
    .innerJoin('item_versions as v', 'v.id', 'i.published_version_id')
    .innerJoin('departments as d', 'd.id', 'i.department_id')
    .select([
      'i.id',
      'i.implementation_code',
      'i.department_id',
      'i.popularity',
      'v.id as version_id',
      'v.content',
      'd.name as department_name',
    ])
    .where('i.id', '=', itemId)
    .executeTakeFirst();

  if (!row) {
    await db.deleteFrom('item_search').where('item_id', '=', itemId).execute();
    return;
  }

  const content = row.content;
  const values = {
    version_id: row.version_id,
    implementation_code: row.implementation_code,
    name: content.name,
    department_id: row.department_id,
    for_person: content.audiences.includes('1'),
    for_enterprise: content.audiences.some((a) => ORGANISATION_AUDIENCES.includes(a)),
    themes: [...new Set([...content.personThemes, ...content.enterpriseThemes])],
    item_type: content.itemType,
    online_level: content.onlineLevel,
    visits: content.visits,
    popularity: row.popularity,
    document: documentSql(buildSearchDocument({ content, departmentName: row.department_name })),
  };
  await db
    .insertInto('item_search')
    .values({ item_id: itemId, ...values })
    .onConflict((oc) =>
      oc.column('item_id').doUpdateSet((eb) => {
        const set: Record<string, unknown> = {};
        for (const column of Object.keys(values) as Array<keyof typeof values>) set[column] = eb.ref(`excluded.${column}`);
        return set;
      }),
    )
    .execute();
}
