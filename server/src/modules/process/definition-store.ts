/**
 * Stored process definitions: a draft per item that administrators edit, published versions that
 * applications run on (frozen by migration 0010), and the use cases that change them — each in one
 * transaction with its audit record. Publishing runs `validateDefinition`; any problem refuses it.
 */
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import { recordAudit } from '../audit/record-audit.js';
import { actorOf, inScope, departmentScope, type Principal } from '../identity/principal.js';
import type { ProcessDefinition } from './definition.js';
import { definitionShapeErrors } from './definition-shape.js';
import { validateDefinition } from './validate-definition.js';

export const DESIGN_ROLES = ['admin', 'department_head'] as const;

export async function publishedDefinitionOf(db: Db, itemId: string) {
  return db
    .selectFrom('process_definitions')
    .selectAll()
    .where('item_id', '=', itemId)
    .where('status', '=', 'published')
    .executeTakeFirst();
}

export function definitionsOf(db: Db, itemId: string) {
  return db.selectFrom('process_definitions').selectAll().where('item_id', '=', itemId).orderBy('version_no', 'desc').execute();
}

export async function findDefinition(db: Db, id: string) {
  return db.selectFrom('process_definitions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Administrators design any item's process; a department head designs their own department's. */
export async function assertCanDesign(db: Db, p: Principal, itemId: string) {
  if (!p.roles.some((r) => (DESIGN_ROLES as readonly string[]).includes(r))) throw new DomainError('FORBIDDEN');
  const item = await db.selectFrom('catalogue_items').select('department_id').where('id', '=', itemId).executeTakeFirst();
  if (!item) throw new DomainError('NOT_FOUND', '事项不存在');
  const scope = p.roles.includes('admin')
    ? departmentScope(p)
    : { all: false as const, departmentIds: p.departmentId ? [p.departmentId] : [] };
  if (!inScope(scope, item.department_id)) throw new DomainError('OUT_OF_SCOPE');
}

export function checkShape(definition: unknown): ProcessDefinition {
  const problems = definitionShapeErrors(definition);
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', '流程定义结构不正确', { problems: problems.slice(0, 20) });
  return definition as ProcessDefinition;
}

/** Creates or replaces the item's draft definition. */
export async function saveDefinitionDraft(
  deps: { db: Db; now: Date },
  p: Principal,
  input: { itemId: string; definition: unknown },
  meta: RequestMeta,
) {
  await assertCanDesign(deps.db, p, input.itemId);
  const definition = checkShape(input.definition);
  return deps.db.transaction().execute(async (trx) => {
    await trx.selectFrom('catalogue_items').select('id').where('id', '=', input.itemId).forUpdate().execute();
    const draft = await trx
      .selectFrom('process_definitions')
      .selectAll()
      .where('item_id', '=', input.itemId)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    const latest = await trx
      .selectFrom('process_definitions')
      .select((eb) => eb.fn.max('version_no').as('v'))
      .where('item_id', '=', input.itemId)
      .executeTakeFirst();
    const row = draft
      ? await trx
          .updateTable('process_definitions')
          .set({ definition: JSON.stringify(definition), updated_at: deps.now })
          .where('id', '=', draft.id)
          .returningAll()
          .executeTakeFirstOrThrow()
      : await trx
          .insertInto('process_definitions')
          .values({
            item_id: input.itemId,
            version_no: Number(latest?.v ?? 0) + 1,
            status: 'draft',
            definition: JSON.stringify(definition),
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
        action: 'process.definition.save',
        targetType: 'process_definition',
        targetId: row.id,
        requestId: meta.requestId,
        after: { versionNo: row.version_no },
      },
      deps.now,
    );
    return { row, problems: validateDefinition(definition) };
  });
}

/** Publishes a draft (the previous published version retires; running applications keep theirs). */
export async function publishDefinition(deps: { db: Db; now: Date }, p: Principal, definitionId: string, meta: RequestMeta) {
  const found = await findDefinition(deps.db, definitionId);
  if (!found) throw new DomainError('NOT_FOUND', '流程定义不存在');
  await assertCanDesign(deps.db, p, found.item_id);
  return deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('process_definitions')
      .selectAll()
      .where('id', '=', definitionId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (row.status !== 'draft') throw new DomainError('CONFLICT', '只有草稿状态的流程可以发布');
    const problems = validateDefinition(row.definition as ProcessDefinition);
    if (problems.length > 0) throw new DomainError('PROCESS_DEFINITION_INVALID', undefined, { problems });
    await trx
      .updateTable('process_definitions')
      .set({ status: 'retired', updated_at: deps.now })
      .where('item_id', '=', row.item_id)
      .where('status', '=', 'published')
      .execute();
    const published = await trx
      .updateTable('process_definitions')
      .set({ status: 'published', published_at: deps.now, published_by: p.accountId, updated_at: deps.now })
      .where('id', '=', row.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(
      trx,
      {
        actor: actorOf(p),
        action: 'process.definition.publish',
        targetType: 'process_definition',
        targetId: row.id,
        requestId: meta.requestId,
        after: { versionNo: row.version_no },
      },
      deps.now,
    );
    return published;
  });
}
