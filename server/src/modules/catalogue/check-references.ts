/** An item content may only point at a hall and at catalogue files that exist. */
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import { fileIdsOf } from './catalogue.queries.js';
import type { ItemContent } from './item-content.js';

export async function checkReferences(db: Db, content: ItemContent): Promise<void> {
  const problems: Array<{ field: string; message: string }> = [];
  if (content.hallId && !(await db.selectFrom('halls').select('id').where('id', '=', content.hallId).executeTakeFirst())) {
    problems.push({ field: 'hallId', message: '办理大厅不存在' });
  }
  const ids = fileIdsOf(content);
  if (ids.length) {
    const found = new Set((await db.selectFrom('catalogue_files').select('id').where('id', 'in', ids).execute()).map((r) => r.id));
    const paths: Array<[string, string | null]> = [
      ['resultSampleFileId', content.resultSampleFileId],
      ...content.materials.flatMap((m, i): Array<[string, string | null]> => [
        [`materials/${i}/blankFormFileId`, m.blankFormFileId],
        [`materials/${i}/sampleFileId`, m.sampleFileId],
      ]),
    ];
    for (const [field, id] of paths) if (id && !found.has(id)) problems.push({ field, message: '附件不存在，请重新上传' });
  }
  if (problems.length) throw new DomainError('VALIDATION_FAILED', '事项内容引用了不存在的大厅或附件', problems);
}
