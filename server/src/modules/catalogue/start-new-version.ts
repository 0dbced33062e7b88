/**
 * Start editing a published (or withdrawn) item: a new draft version copied from the latest version. A
 * published version itself never changes (it is evidence: later applications pin it).
 */
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import { isUniqueViolation } from '../../lib/pg-errors.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import { recordAudit } from '../audit/record-audit.js';
import { actorOf, type Principal } from '../identity/principal.js';
import { assertCanEdit } from './catalogue-policy.js';
import { latestVersion, openVersionOf } from './catalogue.queries.js';

export async function startNewVersion(deps: { db: Db; now: Date }, p: Principal, itemId: string, meta: RequestMeta) {
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const item = await trx.selectFrom('catalogue_items').selectAll().where('id', '=', itemId).forUpdate().executeTakeFirst();
      if (!item) throw new DomainError('NOT_FOUND', '事项不存在');
      assertCanEdit(p, item.department_id);
      const open = await openVersionOf(trx, itemId);
      if (open)
        throw new DomainError('CATALOGUE_STATE_CONFLICT', '该事项已有未发布的版本，请在该版本上继续编辑', { openVersionId: open.id });
      const latest = (await latestVersion(trx, itemId))!;
      const row = await trx
        .insertInto('item_versions')
        .values({
          item_id: itemId,
          version_no: latest.version_no + 1,
          status: 'draft',
          content: JSON.stringify(latest.content),
          content_digest: latest.content_digest,
          created_by: p.accountId,
          created_at: deps.now,
          updated_at: deps.now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await trx.updateTable('catalogue_items').set({ updated_at: deps.now }).where('id', '=', itemId).execute();
      await recordAudit(
        trx,
        {
          actor: actorOf(p),
          action: 'catalogue.version.create',
          targetType: 'item_version',
          targetId: row.id,
          requestId: meta.requestId,
          detail: { itemId, versionNo: row.version_no, copiedFrom: latest.id },
        },
        deps.now,
      );
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new DomainError('CATALOGUE_STATE_CONFLICT', '该事项已有未发布的版本');
    throw err;
  }
}
