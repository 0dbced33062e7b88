/** The catalogue home: themes and departments with their item counts, popular items and bundles. */
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { listPublishedBundles } from './bundles.js';
import { CODE_LISTS } from './code-lists.js';
import { searchItems } from './search-items.js';

export async function catalogueHome(db: Db) {
  const [themeCounts, departments, popular, bundles, total] = await Promise.all([
    db
      .selectFrom(sql<{ theme: string }>`(SELECT unnest(themes) AS theme FROM item_search)`.as('t'))
      .select(['t.theme', (eb) => eb.fn.countAll<string>().as('n')])
      .groupBy('t.theme')
      .execute(),
    db
      .selectFrom('departments as d')
      .innerJoin('item_search as s', 's.department_id', 'd.id')
      .select(['d.id', 'd.name', (eb) => eb.fn.countAll<string>().as('n')])
      .groupBy(['d.id', 'd.name', 'd.sort_order'])
      .orderBy('d.sort_order')
      .orderBy('d.name')
      .execute(),
    searchItems(db, { limit: 8, offset: 0 }),
    listPublishedBundles(db),
    db
      .selectFrom('item_search')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const count = new Map(themeCounts.map((t) => [t.theme, Number(t.n)]));
  const themes = (list: readonly { code: string; label: string }[]) =>
    list.map((t) => ({ code: t.code, label: t.label, count: count.get(t.code) ?? 0 }));
  return {
    personThemes: themes(CODE_LISTS.person_theme),
    enterpriseThemes: themes(CODE_LISTS.enterprise_theme),
    departments: departments.map((d) => ({ id: d.id, name: d.name, count: Number(d.n) })),
    popular: popular.items,
    bundles,
    total: Number(total.n),
  };
}
