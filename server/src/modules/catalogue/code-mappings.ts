/**
 * Per-integration code mappings (§1.4: provinces and systems number the same lists differently). The
 * national code is what we store; a mapping translates it on export and back on import.
 */
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import { isUniqueViolation } from '../../lib/pg-errors.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import { recordAudit } from '../audit/record-audit.js';
import { actorOf, type Principal } from '../identity/principal.js';
import type { CodeListKey } from './code-lists.js';

export async function listCodeLists(db: Db) {
  const rows = await db.selectFrom('code_list_entries').selectAll().orderBy('list_key').orderBy('sort_order').execute();
  const lists: Record<string, Array<{ code: string; label: string }>> = {};
  for (const r of rows) (lists[r.list_key] ??= []).push({ code: r.code, label: r.label });
  return { lists };
}

export function listMappings(db: Db, integration?: string) {
  let q = db.selectFrom('code_mappings').selectAll().orderBy('integration').orderBy('list_key').orderBy('national_code');
  if (integration) q = q.where('integration', '=', integration);
  return q
    .execute()
    .then((rows) =>
      rows.map((r) => ({ integration: r.integration, listKey: r.list_key, nationalCode: r.national_code, externalCode: r.external_code })),
    );
}

/** A translator for one integration: codes without a mapping pass through unchanged. */
export async function codeMapperFor(db: Db, integration: string | undefined) {
  const rows = integration ? await db.selectFrom('code_mappings').selectAll().where('integration', '=', integration).execute() : [];
  const out = new Map(rows.map((r) => [`${r.list_key}:${r.national_code}`, r.external_code]));
  const back = new Map(rows.map((r) => [`${r.list_key}:${r.external_code}`, r.national_code]));
  return (listKey: CodeListKey, code: string, direction: 'out' | 'in') =>
    (direction === 'out' ? out.get(`${listKey}:${code}`) : back.get(`${listKey}:${code}`)) ?? code;
}

export async function saveMapping(
  deps: { db: Db; now: Date },
  p: Principal,
  m: { integration: string; listKey: string; nationalCode: string; externalCode: string | null },
  meta: RequestMeta,
) {
  if (p.kind !== 'staff' || !p.roles.includes('admin')) throw new DomainError('FORBIDDEN');
  const entry = await deps.db
    .selectFrom('code_list_entries')
    .select('code')
    .where('list_key', '=', m.listKey)
    .where('code', '=', m.nationalCode)
    .executeTakeFirst();
  if (!entry)
    throw new DomainError('VALIDATION_FAILED', '代码表或国家代码不存在', [{ field: 'nationalCode', message: '代码表中没有该代码' }]);
  try {
    return await saveMappingRow(deps, p, m, meta);
  } catch (err) {
    // Two identical requests at once: the second meets the first's row.
    if (isUniqueViolation(err)) throw new DomainError('ALREADY_EXISTS', '该代码映射正被同时修改或外部代码已被使用，请刷新后重试');
    throw err;
  }
}

function saveMappingRow(
  deps: { db: Db; now: Date },
  p: Principal,
  m: { integration: string; listKey: string; nationalCode: string; externalCode: string | null },
  meta: RequestMeta,
) {
  return deps.db.transaction().execute(async (trx) => {
    const where = { integration: m.integration, list_key: m.listKey, national_code: m.nationalCode };
    await trx
      .deleteFrom('code_mappings')
      .where('integration', '=', where.integration)
      .where('list_key', '=', where.list_key)
      .where('national_code', '=', where.national_code)
      .execute();
    if (m.externalCode !== null) {
      const clash = await trx
        .selectFrom('code_mappings')
        .select('national_code')
        .where('integration', '=', m.integration)
        .where('list_key', '=', m.listKey)
        .where('external_code', '=', m.externalCode)
        .executeTakeFirst();
      if (clash) throw new DomainError('ALREADY_EXISTS', `外部代码 ${m.externalCode} 已对应国家代码 ${clash.national_code}`);
      await trx
        .insertInto('code_mappings')
        .values({ ...where, external_code: m.externalCode })
        .execute();
    }
    await recordAudit(
      trx,
      {
        actor: actorOf(p),
        action: 'catalogue.code_mapping.save',
        targetType: 'code_mapping',
        targetId: null,
        requestId: meta.requestId,
        after: m,
      },
      deps.now,
    );
    return m;
  });
}
