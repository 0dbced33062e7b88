/** Create a catalogue item (实施清单) with its first draft version. */
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import { isUniqueViolation } from '../../lib/pg-errors.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import { recordAudit } from '../audit/record-audit.js';
import { actorOf, type Principal } from '../identity/principal.js';
import { assertCanEdit } from './catalogue-policy.js';
import { departmentOf } from './catalogue.queries.js';
import { checkReferences } from './check-references.js';
import { contentDigest } from './content-digest.js';
import type { ItemContent } from './item-content.js';

export interface CreateItemInput {
  implementationCode: string;
  departmentId: string;
  content: ItemContent;
}

export async function createItem(deps: { db: Db; now: Date }, p: Principal, input: CreateItemInput, meta: RequestMeta) {
  assertCanEdit(p, input.departmentId);
  if (!(await departmentOf(deps.db, input.departmentId))) throw new DomainError('NOT_FOUND', '实施部门不存在');
  await checkReferences(deps.db, input.content);
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const item = await trx
        .insertInto('catalogue_items')
        .values({
          implementation_code: input.implementationCode,
          department_id: input.departmentId,
          created_at: deps.now,
          updated_at: deps.now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const version = await trx
        .insertInto('item_versions')
        .values({
          item_id: item.id,
          version_no: 1,
          status: 'draft',
          content: JSON.stringify(input.content),
          content_digest: contentDigest(input.content),
          created_by: p.accountId,
          created_at: deps.now,
          updated_at: deps.now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(
        trx,
        {
          actor: actorOf(p),
          action: 'catalogue.item.create',
          targetType: 'catalogue_item',
          targetId: item.id,
          requestId: meta.requestId,
          after: { item, versionId: version.id, contentDigest: version.content_digest },
        },
        deps.now,
      );
      return { item, version };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new DomainError('ALREADY_EXISTS', '实施编码已存在');
    throw err;
  }
}
