/**
 * The review and publication steps of an item version:
 * draft —submit→ in_review —approve→ approved —publish→ published (the previous published → superseded);
 * in_review / approved —reject→ draft (with the reviewer's note). Submitting, approving and publishing each
 * run the quality rules (cn-standards §1.6) and refuse with the list of every problem. Each step is one
 * transaction with its audit record; the version row is locked, so two reviewers acting at once cannot
 * both succeed.
 */
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import { recordAudit } from '../audit/record-audit.js';
import { actorOf, type Principal } from '../identity/principal.js';
import { assertCanEdit, assertCanPublish, assertCanReview, assertStatus } from './catalogue-policy.js';
import { findVersion, lockVersion, type VersionRow } from './catalogue.queries.js';
import { checkQuality } from './quality-rules.js';
import { refreshSearchRow } from './refresh-search.js';

export type ReviewAction = 'submit' | 'approve' | 'reject' | 'publish' | 'discard';

function assertQuality(version: VersionRow) {
  const problems = checkQuality(version.content);
  if (problems.length) throw new DomainError('CATALOGUE_QUALITY_FAILED', `事项未通过质量检查，共 ${problems.length} 个问题`, { problems });
}

export async function reviewVersion(
  deps: { db: Db; now: Date },
  p: Principal,
  versionId: string,
  action: ReviewAction,
  comment: string | null,
  meta: RequestMeta,
): Promise<VersionRow | null> {
  const now = deps.now;
  return deps.db.transaction().execute(async (trx) => {
    // Lock order item → version, as withdrawal does, so concurrent steps queue instead of deadlocking.
    const peek = await findVersion(trx, versionId);
    if (!peek) throw new DomainError('NOT_FOUND', '事项版本不存在');
    const item = await trx.selectFrom('catalogue_items').selectAll().where('id', '=', peek.item_id).forUpdate().executeTakeFirstOrThrow();
    const version = await lockVersion(trx, versionId);
    if (!version) throw new DomainError('NOT_FOUND', '事项版本不存在');
    let result: VersionRow | null;
    switch (action) {
      case 'submit':
        assertCanEdit(p, item.department_id);
        assertStatus(version, 'draft');
        assertQuality(version);
        result = await trx
          .updateTable('item_versions')
          .set({ status: 'in_review', submitted_by: p.accountId, submitted_at: now, review_comment: null, updated_at: now })
          .where('id', '=', versionId)
          .returningAll()
          .executeTakeFirstOrThrow();
        break;
      case 'approve':
        assertCanReview(p, version);
        assertStatus(version, 'in_review');
        assertQuality(version);
        result = await trx
          .updateTable('item_versions')
          .set({ status: 'approved', reviewed_by: p.accountId, reviewed_at: now, review_comment: comment || null, updated_at: now })
          .where('id', '=', versionId)
          .returningAll()
          .executeTakeFirstOrThrow();
        break;
      case 'reject':
        if (version.status === 'approved') assertCanPublish(p, null);
        else assertCanReview(p, version);
        assertStatus(version, 'in_review', 'approved');
        result = await trx
          .updateTable('item_versions')
          .set({ status: 'draft', reviewed_by: null, reviewed_at: null, review_comment: comment, updated_at: now })
          .where('id', '=', versionId)
          .returningAll()
          .executeTakeFirstOrThrow();
        break;
      case 'publish': {
        assertCanPublish(p, version);
        assertStatus(version, 'approved');
        assertQuality(version);
        if (item.published_version_id) {
          await trx
            .updateTable('item_versions')
            .set({ status: 'superseded', ended_at: now, ended_reason: `被第 ${version.version_no} 版替代`, updated_at: now })
            .where('id', '=', item.published_version_id)
            .execute();
        }
        result = await trx
          .updateTable('item_versions')
          .set({ status: 'published', published_by: p.accountId, published_at: now, updated_at: now })
          .where('id', '=', versionId)
          .returningAll()
          .executeTakeFirstOrThrow();
        await trx
          .updateTable('catalogue_items')
          .set({ published_version_id: versionId, updated_at: now })
          .where('id', '=', item.id)
          .execute();
        await refreshSearchRow(trx, item.id);
        break;
      }
      case 'discard':
        assertCanEdit(p, item.department_id);
        assertStatus(version, 'draft');
        if (version.version_no === 1) throw new DomainError('CATALOGUE_STATE_CONFLICT', '首个版本不能丢弃；不再需要的事项请勿提交审核');
        await trx.deleteFrom('item_versions').where('id', '=', versionId).execute();
        result = null;
        break;
    }
    await recordAudit(
      trx,
      {
        actor: actorOf(p),
        action: `catalogue.version.${action}`,
        targetType: 'item_version',
        targetId: versionId,
        requestId: meta.requestId,
        before: { status: version.status },
        after: result ? { status: result.status } : null,
        detail: { itemId: item.id, versionNo: version.version_no, ...(comment ? { comment } : {}) },
      },
      now,
    );
    return result;
  });
}

/** Withdraw a published item from the public catalogue (撤回): its published version ends as withdrawn. */
export async function withdrawItem(deps: { db: Db; now: Date }, p: Principal, itemId: string, reason: string, meta: RequestMeta) {
  assertCanPublish(p, null);
  return deps.db.transaction().execute(async (trx) => {
    const item = await trx.selectFrom('catalogue_items').selectAll().where('id', '=', itemId).forUpdate().executeTakeFirst();
    if (!item) throw new DomainError('NOT_FOUND', '事项不存在');
    if (!item.published_version_id) throw new DomainError('CATALOGUE_STATE_CONFLICT', '该事项当前没有已发布的版本');
    const version = await trx
      .updateTable('item_versions')
      .set({ status: 'withdrawn', ended_at: deps.now, ended_reason: reason, updated_at: deps.now })
      .where('id', '=', item.published_version_id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx.updateTable('catalogue_items').set({ published_version_id: null, updated_at: deps.now }).where('id', '=', itemId).execute();
    await refreshSearchRow(trx, itemId);
    await recordAudit(
      trx,
      {
        actor: actorOf(p),
        action: 'catalogue.item.withdraw',
        targetType: 'catalogue_item',
        targetId: itemId,
        requestId: meta.requestId,
        detail: { versionId: version.id, versionNo: version.version_no, reason },
      },
      deps.now,
    );
    return version;
  });
}
