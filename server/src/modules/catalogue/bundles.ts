/**
 * 一件事 bundles: several published items (possibly of several departments) presented as one life or
 * business event, with one merged, de-duplicated material list. The items run in parallel, so the
 * bundle's promised limit is the longest of its items'.
 */
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import { isUniqueViolation } from '../../lib/pg-errors.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import { recordAudit } from '../audit/record-audit.js';
import { actorOf, type Principal } from '../identity/principal.js';
import { PUBLISH_ROLES } from './catalogue-policy.js';
import type { ItemContent } from './item-content.js';
import { labelOf } from './code-lists.js';

/** The same document under different names in different guides: 《居民身份证》, 居民身份证 (原件) … */
export function materialKey(name: string): string {
  return name.replace(/[《》“”"'\s]/g, '').replace(/[（(](原件|复印件|原件及复印件|原件和复印件)[）)]$/, '');
}

export function mergeMaterials(items: Array<{ name: string; content: ItemContent }>) {
  const merged = new Map<string, { name: string; required: boolean; kinds: Set<string>; usedBy: string[] }>();
  for (const item of items) {
    for (const m of item.content.materials) {
      const key = materialKey(m.name);
      const entry = merged.get(key) ?? { name: m.name, required: false, kinds: new Set<string>(), usedBy: [] };
      entry.required ||= m.required && m.appliesWhen.length === 0;
      entry.kinds.add(labelOf('material_kind', m.kind) ?? m.kind);
      if (!entry.usedBy.includes(item.name)) entry.usedBy.push(item.name);
      merged.set(key, entry);
    }
  }
  return [...merged.values()].map((e) => ({ name: e.name, required: e.required, kinds: [...e.kinds], usedBy: e.usedBy }));
}

async function bundleItems(db: Db, bundleId: string) {
  return db
    .selectFrom('bundle_items as bi')
    .innerJoin('catalogue_items as i', 'i.id', 'bi.item_id')
    .innerJoin('departments as d', 'd.id', 'i.department_id')
    .leftJoin('item_versions as v', 'v.id', 'i.published_version_id')
    .select(['i.id', 'i.implementation_code', 'd.name as department_name', 'v.content', 'i.published_version_id'])
    .where('bi.bundle_id', '=', bundleId)
    .orderBy('bi.sort_order')
    .execute();
}

export async function listPublishedBundles(db: Db) {
  const rows = await db
    .selectFrom('bundles')
    .selectAll()
    .where('status', '=', 'published')
    .orderBy('audience', 'desc')
    .orderBy('name')
    .execute();
  return Promise.all(rows.map(async (b) => summary(b, await bundleItems(db, b.id))));
}

function summary(
  b: { code: string; name: string; audience: 'person' | 'enterprise'; theme: string | null; description: string },
  items: Array<{ department_name: string; published_version_id: string | null }>,
) {
  const live = items.filter((i) => i.published_version_id);
  return {
    code: b.code,
    name: b.name,
    audience: b.audience,
    theme: b.theme,
    description: b.description,
    itemCount: live.length,
    departmentCount: new Set(live.map((i) => i.department_name)).size,
  };
}

export async function bundleDetail(db: Db, code: string) {
  const b = await db.selectFrom('bundles').selectAll().where('code', '=', code).where('status', '=', 'published').executeTakeFirst();
  if (!b) throw new DomainError('NOT_FOUND', '一件事不存在或未发布');
  const rows = await bundleItems(db, b.id);
  const live = rows.filter((r) => r.content !== null).map((r) => ({ ...r, content: r.content! }));
  return {
    bundle: summary(b, rows),
    items: live.map((r) => ({
      implementationCode: r.implementation_code,
      name: r.content.name,
      departmentName: r.department_name,
      promisedLimitDays: r.content.promisedLimitDays,
      legalLimitDays: r.content.legalLimitDays,
      isOnline: r.content.isOnline,
    })),
    materials: mergeMaterials(live.map((r) => ({ name: r.content.name, content: r.content }))),
    promisedLimitDays: Math.max(0, ...live.map((r) => r.content.promisedLimitDays)),
    departments: [...new Set(live.map((r) => r.department_name))],
  };
}

// ------------------------------------------------------------------ console

export async function listConsoleBundles(db: Db) {
  const rows = await db.selectFrom('bundles').selectAll().orderBy('name').execute();
  return Promise.all(rows.map((b) => presentConsoleBundle(db, b)));
}

async function presentConsoleBundle(
  db: Db,
  b: {
    id: string;
    code: string;
    name: string;
    audience: 'person' | 'enterprise';
    theme: string | null;
    description: string;
    status: 'draft' | 'published' | 'withdrawn';
    updated_at: Date;
  },
) {
  const items = await db
    .selectFrom('bundle_items as bi')
    .innerJoin('catalogue_items as i', 'i.id', 'bi.item_id')
    .leftJoin('item_versions as v', 'v.id', 'i.published_version_id')
    .select(['i.implementation_code', 'i.published_version_id', 'v.content'])
    .select((eb) =>
      eb
        .selectFrom('item_versions as lv')
        .select((e) => e.ref('lv.content').$castTo<ItemContent>().as('c'))
        .whereRef('lv.item_id', '=', 'i.id')
        .orderBy('lv.version_no', 'desc')
        .limit(1)
        .as('latest'),
    )
    .where('bi.bundle_id', '=', b.id)
    .orderBy('bi.sort_order')
    .execute();
  return {
    id: b.id,
    code: b.code,
    name: b.name,
    audience: b.audience,
    theme: b.theme,
    description: b.description,
    status: b.status,
    items: items.map((i) => ({
      implementationCode: i.implementation_code,
      name: (i.content ?? (i.latest as ItemContent | null))?.name ?? i.implementation_code,
      published: i.published_version_id !== null,
    })),
    updatedAt: b.updated_at.toISOString(),
  };
}

export interface BundleInput {
  code: string;
  name: string;
  audience: 'person' | 'enterprise';
  theme: string | null;
  description: string;
  itemCodes: string[];
}

export async function saveBundle(deps: { db: Db; now: Date }, p: Principal, id: string | null, input: BundleInput, meta: RequestMeta) {
  if (p.kind !== 'staff' || !p.roles.includes('admin')) throw new DomainError('FORBIDDEN', '只有系统管理员可以编排一件事');
  if (input.theme && !input.theme.startsWith(input.audience === 'person' ? 'P' : 'E')) {
    throw new DomainError('VALIDATION_FAILED', '主题须与服务对象一致（个人用 P 开头的自然人主题，法人用 E 开头的法人主题）');
  }
  const items = await deps.db
    .selectFrom('catalogue_items')
    .select(['id', 'implementation_code'])
    .where('implementation_code', 'in', input.itemCodes)
    .execute();
  const missing = input.itemCodes.filter((c) => !items.some((i) => i.implementation_code === c));
  if (missing.length)
    throw new DomainError(
      'VALIDATION_FAILED',
      '一件事包含不存在的事项',
      missing.map((c) => ({ field: 'itemCodes', message: `事项 ${c} 不存在` })),
    );
  try {
    return await deps.db.transaction().execute(async (trx) => {
      // An edited bundle goes back to draft: changes reach the portal only when a publisher publishes them.
      const values = {
        code: input.code,
        name: input.name,
        audience: input.audience,
        theme: input.theme,
        description: input.description,
        status: 'draft' as const,
        updated_at: deps.now,
      };
      const row =
        id === null
          ? await trx
              .insertInto('bundles')
              .values({ ...values, created_at: deps.now })
              .returningAll()
              .executeTakeFirstOrThrow()
          : await trx.updateTable('bundles').set(values).where('id', '=', id).returningAll().executeTakeFirst();
      if (!row) throw new DomainError('NOT_FOUND', '一件事不存在');
      await trx.deleteFrom('bundle_items').where('bundle_id', '=', row.id).execute();
      const order = new Map(input.itemCodes.map((c, i) => [c, i]));
      await trx
        .insertInto('bundle_items')
        .values(items.map((i) => ({ bundle_id: row.id, item_id: i.id, sort_order: order.get(i.implementation_code)! })))
        .execute();
      await recordAudit(
        trx,
        {
          actor: actorOf(p),
          action: id ? 'catalogue.bundle.update' : 'catalogue.bundle.create',
          targetType: 'bundle',
          targetId: row.id,
          requestId: meta.requestId,
          after: { ...input },
        },
        deps.now,
      );
      return presentConsoleBundle(trx, row);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new DomainError('ALREADY_EXISTS', '一件事编码已存在');
    throw err;
  }
}

export async function setBundleStatus(
  deps: { db: Db; now: Date },
  p: Principal,
  id: string,
  status: 'published' | 'withdrawn',
  meta: RequestMeta,
) {
  if (p.kind !== 'staff' || !p.roles.some((r) => PUBLISH_ROLES.includes(r)))
    throw new DomainError('FORBIDDEN', '只有事项发布人员可以发布或撤回一件事');
  return deps.db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('bundles').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    if (!before) throw new DomainError('NOT_FOUND', '一件事不存在');
    if (before.status === status || (status === 'withdrawn' && before.status !== 'published')) {
      throw new DomainError('CATALOGUE_STATE_CONFLICT', undefined, { status: before.status });
    }
    if (status === 'published') {
      const unpublished = await trx
        .selectFrom('bundle_items as bi')
        .innerJoin('catalogue_items as i', 'i.id', 'bi.item_id')
        .select('i.implementation_code')
        .where('bi.bundle_id', '=', id)
        .where('i.published_version_id', 'is', null)
        .execute();
      if (unpublished.length) {
        throw new DomainError('CATALOGUE_STATE_CONFLICT', '一件事中有未发布的事项，不能发布', {
          items: unpublished.map((u) => u.implementation_code),
        });
      }
    }
    const row = await trx
      .updateTable('bundles')
      .set({ status, updated_at: deps.now })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(
      trx,
      {
        actor: actorOf(p),
        action: `catalogue.bundle.${status === 'published' ? 'publish' : 'withdraw'}`,
        targetType: 'bundle',
        targetId: id,
        requestId: meta.requestId,
        before: { status: before.status },
        after: { status },
      },
      deps.now,
    );
    return presentConsoleBundle(trx, row);
  });
}
