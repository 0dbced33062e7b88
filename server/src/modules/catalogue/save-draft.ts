/** Change the content of a draft version. Only drafts change; anything else answers CATALOGUE_STATE_CONFLICT. */
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import { recordAudit } from '../audit/record-audit.js';
import { actorOf, type Principal } from '../identity/principal.js';
import { assertCanEdit, assertStatus } from './catalogue-policy.js';
import { findItem, lockVersion } from './catalogue.queries.js';
import { checkReferences } from './check-references.js';
import { contentDigest } from './content-digest.js';
import type { ItemContent } from './item-content.js';

export async function saveDraft(deps: { db: Db; now: Date }, p: Principal, versionId: string, content: ItemContent, meta: RequestMeta) {
  return deps.db.transaction().execute(async (trx) => {
    const version = await lockVersion(trx, versionId);
    if (!version) throw new DomainError('NOT_FOUND', '事项版本不存在');
    const item = (await findItem(trx, version.item_id))!;
    assertCanEdit(p, item.department_id);
    assertStatus(version, 'draft');
    await checkReferences(trx, content);
    const digest = contentDigest(content);
    if (digest === version.content_digest) return version;
    const row = await trx
      .updateTable('item_versions')
      .set({ content: JSON.stringify(content), content_digest: digest, updated_at: deps.now })
      .where('id', '=', versionId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx.updateTable('catalogue_items').set({ updated_at: deps.now }).where('id', '=', item.id).execute();
    await recordAudit(
      trx,
      {
        actor: actorOf(p),
        action: 'catalogue.version.save',
        targetType: 'item_version',
        targetId: versionId,
        requestId: meta.requestId,
        before: version.content,
        after: content,
        detail: { itemId: item.id, versionNo: version.version_no },
      },
      deps.now,
    );
    return row;
  });
}
