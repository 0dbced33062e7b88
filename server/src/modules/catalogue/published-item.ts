/**
 * The published version of an item, for other modules that act on it (applications): its id, department
 * and content. Only a published version can be applied for.
 */
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import type { ItemContent } from './item-content.js';

export interface PublishedItem {
  itemId: string;
  implementationCode: string;
  versionId: string;
  departmentId: string;
  content: ItemContent;
}

export async function getPublishedItem(db: Db, by: { code: string } | { itemId: string }): Promise<PublishedItem> {
  let q = db
    .selectFrom('catalogue_items as i')
    .innerJoin('item_versions as v', 'v.id', 'i.published_version_id')
    .select(['i.id', 'i.implementation_code', 'i.department_id', 'v.id as version_id', 'v.content']);
  q = 'code' in by ? q.where('i.implementation_code', '=', by.code) : q.where('i.id', '=', by.itemId);
  const row = await q.executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', '事项不存在或未发布');
  return {
    itemId: row.id,
    implementationCode: row.implementation_code,
    versionId: row.version_id,
    departmentId: row.department_id,
    content: row.content as ItemContent,
  };
}
