// Catalogue search on a real database: everyday words, pinyin and initials find the right items, name
// matches rank above material matches, every filter narrows, highlights, suggestions, and the search row
// follows publication.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { freshDatabase } from '../../../test/db.js';
import { makeDepartment, makeStaff } from '../../../test/factories.js';
import type { ItemContent, Material } from './item-content.js';
import { refreshSearchRow } from './refresh-search.js';
import { buildSearchDocument } from './search-document.js';
import { searchItems, suggestItems, type SearchQuery } from './search-items.js';
import { validItemContent } from './test-fixtures.js';

let database: Database;
let reviewerId: string;
const dept: Record<'police' | 'hrss' | 'market' | 'civil' | 'fund' | 'housing', string> = {
  police: '',
  hrss: '',
  market: '',
  civil: '',
  fund: '',
  housing: '',
};
const ids: Record<string, string> = {};

function material(key: string, name: string): Material {
  return { ...validItemContent().materials[0]!, key, name, blankFormFileId: null, sampleFileId: null };
}

/** Inserts an item with one published version and builds its search row, as publishing does. */
async function publish(key: string, departmentId: string, popularity: number, overrides: Partial<ItemContent>) {
  const db = database.db;
  const now = new Date('2026-03-01T08:00:00Z');
  const content = validItemContent({ scenarios: [], ...overrides });
  const item = await db
    .insertInto('catalogue_items')
    .values({
      implementation_code: `T${randomBytes(6).toString('hex')}`,
      department_id: departmentId,
      popularity,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const version = await db
    .insertInto('item_versions')
    .values({
      item_id: item.id,
      version_no: 1,
      status: 'published',
      content: JSON.stringify(content),
      content_digest: 'test',
      created_at: now,
      updated_at: now,
      reviewed_by: reviewerId,
      reviewed_at: now,
      published_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('catalogue_items').set({ published_version_id: version.id }).where('id', '=', item.id).execute();
    await refreshSearchRow(trx, item.id);
  });
  ids[key] = item.id;
}

const person = { audiences: ['1'], enterpriseThemes: [] as string[] };

beforeAll(async () => {
  database = await freshDatabase();
  const db = database.db;
  dept.police = (await makeDepartment(db, '示范市公安局')).id;
  dept.hrss = (await makeDepartment(db, '示范市人力资源和社会保障局')).id;
  dept.market = (await makeDepartment(db, '示范市市场监督管理局')).id;
  dept.civil = (await makeDepartment(db, '示范市民政局')).id;
  dept.fund = (await makeDepartment(db, '示范市住房公积金管理中心')).id;
  dept.housing = (await makeDepartment(db, '示范市住房和城乡建设局')).id;
  reviewerId = (await makeStaff(db, { departmentId: dept.market, roles: ['catalogue_reviewer'] })).id;

  await publish('idCard', dept.police, 500, {
    ...person,
    name: '居民身份证换领（补领）',
    aliases: ['换身份证'],
    itemType: '20',
    personThemes: ['P04'],
    onlineLevel: 2,
    visits: 1,
    resultName: '居民身份证',
    materials: [material('household', '居民户口簿'), material('photo', '近期免冠照片')],
  });
  await publish('socialCard', dept.hrss, 300, {
    ...person,
    name: '社会保障卡申领',
    aliases: [],
    itemType: '20',
    personThemes: ['P03'],
    onlineLevel: 4,
    visits: 0,
    resultName: '社会保障卡',
    materials: [material('id', '居民身份证')],
  });
  await publish('food', dept.market, 200, {}); // the fixture: 食品经营许可, enterprises, E01, 行政许可, Ⅳ级, materials include 营业执照
  await publish('soleTrader', dept.market, 100, {
    name: '个体工商户设立登记',
    aliases: [],
    audiences: ['1', '6'],
    itemType: '07',
    personThemes: ['P03'],
    enterpriseThemes: ['E01'],
    onlineLevel: 3,
    visits: 1,
    resultName: '营业执照',
    materials: [material('application', '个体工商户登记（备案）申请书'), material('id', '经营者居民身份证')],
  });
  await publish('marriage', dept.civil, 400, {
    ...person,
    name: '结婚登记',
    aliases: [],
    itemType: '07',
    personThemes: ['P04'],
    onlineLevel: 1,
    visits: 1,
    resultName: '结婚证',
    materials: [material('id', '居民身份证'), material('household', '居民户口簿')],
  });
  await publish('fund', dept.fund, 250, {
    ...person,
    name: '住房公积金提取',
    aliases: ['公积金取款'],
    itemType: '20',
    personThemes: ['P05'],
    onlineLevel: 4,
    visits: 0,
    resultName: '',
    resultType: '4',
    materials: [material('id', '居民身份证'), material('contract', '购房合同')],
  });
  await publish('construction', dept.housing, 50, {
    name: '建筑工程施工许可证核发',
    aliases: [],
    itemType: '01',
    enterpriseThemes: ['E05'],
    onlineLevel: 3,
    visits: 1,
    resultName: '建筑工程施工许可证',
    materials: [material('licence', '营业执照'), material('plan', '建设工程规划许可证')],
  });
  await publish('subsistence', dept.civil, 80, {
    ...person,
    name: '最低生活保障审核确认',
    aliases: [],
    itemType: '05',
    personThemes: ['P08'],
    onlineLevel: 2,
    visits: 1,
    resultName: '',
    resultType: '4',
    materials: [material('id', '居民身份证'), material('income', '家庭收入情况声明')],
  });
});
afterAll(() => database.close());

const search = (q: Partial<SearchQuery>) => searchItems(database.db, { limit: 20, offset: 0, ...q });
const keyOf = (itemId: string) => Object.entries(ids).find(([, id]) => id === itemId)?.[0];
const keys = async (q: Partial<SearchQuery>) => (await search(q)).items.map((h) => keyOf(h.itemId));

describe('finding items by what people type', () => {
  it.each([
    ['sfz', 'idCard'],
    ['身份证丢了', 'idCard'],
    ['开饭店', 'food'],
    ['营业执照', 'soleTrader'],
    ['shebaoka', 'socialCard'],
    ['社保卡', 'socialCard'],
    ['低保', 'subsistence'],
    ['施工证', 'construction'],
    ['领证', 'marriage'],
    ['公积金', 'fund'],
    ['jiehun', 'marriage'],
    ['zfgjj', 'fund'],
  ])('%s → %s in the top 3', async (q, key) => {
    expect((await keys({ q })).slice(0, 3)).toContain(key);
  });

  it('puts the item that is the answer first for the everyday phrase', async () => {
    expect((await keys({ q: '身份证丢了' }))[0]).toBe('idCard');
    expect((await keys({ q: '营业执照' }))[0]).toBe('soleTrader');
    expect((await keys({ q: 'sfz' }))[0]).toBe('idCard');
  });

  it('ranks a name match above items that only need the word as a material', async () => {
    const { items, total } = await search({ q: '居民身份证' });
    expect(keyOf(items[0]!.itemId)).toBe('idCard');
    expect(items[0]!.matchedIn).toBe('name');
    const rest = items.slice(1).map((h) => keyOf(h.itemId));
    expect(rest).toEqual(expect.arrayContaining(['socialCard', 'marriage', 'fund', 'subsistence', 'soleTrader']));
    expect(items.slice(1).every((h) => h.matchedIn === 'other' && h.rank < items[0]!.rank)).toBe(true);
    expect(total).toBe(items.length);
  });

  it('pages across the name tier and the rest without losing or repeating an item', async () => {
    const full = (await search({ q: '居民身份证' })).items.map((h) => h.itemId);
    const paged: string[] = [];
    for (let offset = 0; offset < full.length; offset += 2) {
      const page = await search({ q: '居民身份证', limit: 2, offset });
      expect(page.total).toBe(full.length);
      paged.push(...page.items.map((h) => h.itemId));
    }
    expect(paged).toEqual(full);
  });

  it('orders a tier too big to rank by words in the name, then popularity', async () => {
    const ranked = await searchItems(database.db, { q: '居民身份证', limit: 20, offset: 0 });
    const unranked = await searchItems(database.db, { q: '居民身份证', limit: 20, offset: 0 }, { rankLimit: 0 });
    expect(unranked.total).toBe(ranked.total);
    expect(keyOf(unranked.items[0]!.itemId)).toBe('idCard');
    // the other tier by popularity: marriage 400, socialCard 300, fund 250, soleTrader 100, subsistence 80
    expect(unranked.items.slice(1).map((h) => keyOf(h.itemId))).toEqual(['marriage', 'socialCard', 'fund', 'soleTrader', 'subsistence']);
  });

  it('returns nothing for a query of stopwords only, and for words no item has', async () => {
    expect(await search({ q: '怎么办理' })).toEqual({ items: [], total: 0, totalCapped: false });
    expect(await search({ q: '火星移民' })).toEqual({ items: [], total: 0, totalCapped: false });
  });

  it('is not fooled by tsquery syntax in the query', async () => {
    const { items } = await search({ q: `身份证' | ! :* & (<->) \\` });
    expect(keyOf(items[0]!.itemId)).toBe('idCard');
  });
});

describe('highlight', () => {
  it('splits the name into plain-text pieces with the query words marked', async () => {
    const hit = (await search({ q: '身份证丢了' })).items[0]!;
    expect(hit.nameHighlight.map((s) => s.text).join('')).toBe('居民身份证换领（补领）');
    expect(hit.nameHighlight.filter((s) => s.hit).map((s) => s.text)).toEqual(['居民身份证', '补领']);
  });

  it('marks the characters an initials query spells', async () => {
    const hit = (await search({ q: 'shbzk' })).items[0]!;
    expect(keyOf(hit.itemId)).toBe('socialCard');
    expect(hit.nameHighlight).toEqual([
      { text: '社会保障卡', hit: true },
      { text: '申领', hit: false },
    ]);
  });
});

describe('filters', () => {
  it('lists by popularity without a query, with the total', async () => {
    const all = await search({});
    expect(all.total).toBe(8);
    expect(all.items.map((h) => keyOf(h.itemId))).toEqual([
      'idCard',
      'marriage',
      'socialCard',
      'fund',
      'food',
      'soleTrader',
      'subsistence',
      'construction',
    ]);
    const page = await search({ limit: 3, offset: 3 });
    expect(page.items.map((h) => keyOf(h.itemId))).toEqual(['fund', 'food', 'soleTrader']);
    expect(page.total).toBe(8);
    expect(await search({ limit: 3, offset: 30 })).toEqual({ items: [], total: 8, totalCapped: false });
  });

  it('narrows by audience, department, theme, item type, online level and visits', async () => {
    const set = async (q: Partial<SearchQuery>) => (await keys(q)).sort();
    expect(await set({ audience: 'enterprise' })).toEqual(['construction', 'food', 'soleTrader']);
    expect(await set({ audience: 'person' })).not.toEqual(expect.arrayContaining(['food']));
    expect(await set({ audience: 'person' })).toHaveLength(6);
    expect(await set({ departmentId: dept.civil })).toEqual(['marriage', 'subsistence']);
    expect(await set({ theme: 'P04' })).toEqual(['idCard', 'marriage']);
    expect(await set({ theme: 'E01' })).toEqual(['food', 'soleTrader']);
    expect(await set({ itemType: '01' })).toEqual(['construction', 'food']);
    expect(await set({ onlineLevel: 4 })).toEqual(['food', 'fund', 'socialCard']);
    expect(await set({ maxVisits: 0 })).toEqual(['food', 'fund', 'socialCard']);
  });

  it('applies the filters to a text query and its total', async () => {
    const all = await search({ q: '居民身份证' });
    const persons = await search({ q: '居民身份证', audience: 'person', maxVisits: 0 });
    expect(persons.items.map((h) => keyOf(h.itemId)).sort()).toEqual(['fund', 'socialCard']);
    expect(persons.total).toBe(2);
    expect(all.total).toBeGreaterThan(persons.total);
    const civil = await search({ q: '登记', departmentId: dept.civil });
    expect(civil.items.map((h) => keyOf(h.itemId))).toEqual(['marriage']);
  });
});

describe('suggestions', () => {
  it('suggests by Chinese prefix and by pinyin initials', async () => {
    const names = async (p: string) => (await suggestItems(database.db, p)).map((s) => s.name);
    expect(await names('社保')).toContain('社会保障卡申领');
    expect(await names('sb')).toContain('社会保障卡申领');
    expect((await names('结婚'))[0]).toBe('结婚登记');
    expect((await names('住房公'))[0]).toBe('住房公积金提取');
    expect(await names('jmsf')).toEqual(['居民身份证换领（补领）']);
    expect(await names('火星')).toEqual([]);
    expect(await names('  ')).toEqual([]);
  });

  it('respects the limit', async () => {
    expect(await suggestItems(database.db, '登记', 1)).toHaveLength(1);
  });
});

describe('the search row', () => {
  it('holds exactly the lexemes of the document, each kept whole by the text-search parser', async () => {
    const row = await sql<{ n: number; lexemes: string[] }>`
      SELECT array_length(tsvector_to_array(document), 1) AS n, tsvector_to_array(document) AS lexemes
      FROM item_search WHERE item_id = ${ids.idCard!}`.execute(database.db);
    const version = await database.db
      .selectFrom('catalogue_items as i')
      .innerJoin('item_versions as v', 'v.id', 'i.published_version_id')
      .select('v.content')
      .where('i.id', '=', ids.idCard!)
      .executeTakeFirstOrThrow();
    const doc = buildSearchDocument({ content: version.content, departmentName: '示范市公安局' });
    const expected = new Set([...doc.a, ...doc.b, ...doc.c, ...doc.d]);
    expect(new Set(row.rows[0]!.lexemes)).toEqual(expected);
    expect(Number(row.rows[0]!.n)).toBe(expected.size);
  });

  it('carries the item facts and follows withdrawal', async () => {
    const row = await database.db.selectFrom('item_search').selectAll().where('item_id', '=', ids.soleTrader!).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      name: '个体工商户设立登记',
      for_person: true,
      for_enterprise: true,
      item_type: '07',
      online_level: 3,
      visits: 1,
      popularity: 100,
      department_id: dept.market,
    });
    expect([...row.themes].sort()).toEqual(['E01', 'P03']);

    await database.db.transaction().execute(async (trx) => {
      await trx.updateTable('catalogue_items').set({ published_version_id: null }).where('id', '=', ids.construction!).execute();
      await refreshSearchRow(trx, ids.construction!);
    });
    expect(await keys({ q: '施工证' })).not.toContain('construction');
    expect(await database.db.selectFrom('item_search').select('item_id').where('item_id', '=', ids.construction!).execute()).toEqual([]);
  });
});

describe('count cap', () => {
  it('counts at most the cap and says the total is a lower bound', async () => {
    const all = await searchItems(database.db, { limit: 20, offset: 0 });
    expect(all.totalCapped).toBe(false);
    expect(all.total).toBeGreaterThan(3);
    const listed = await searchItems(database.db, { limit: 2, offset: 0 }, { countCap: 3 });
    expect(listed).toMatchObject({ total: 3, totalCapped: true });
    expect(listed.items).toHaveLength(2);
    const found = await searchItems(database.db, { q: '登记', limit: 20, offset: 0 });
    const cappedFound = await searchItems(database.db, { q: '登记', limit: 20, offset: 0 }, { countCap: 1 });
    expect(found.total).toBeGreaterThan(1);
    expect(cappedFound).toMatchObject({ total: 1, totalCapped: true });
  });
});
