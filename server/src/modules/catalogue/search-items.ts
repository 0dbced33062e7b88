/**
 * Searching the published service catalogue (事项检索) and the as-you-type suggestions. The query is cut
 * like the stored documents (search-text.ts), widened with the everyday-word synonyms, or read as pinyin /
 * initials when typed in latin letters (exact and as a prefix: 'shebao':*); its words are OR-ed, so
 * 身份证丢了 still finds 居民身份证补领.
 *
 * Order: items whose name or alias matched (weight A) come first, then the rest (materials, result, 情形,
 * conditions, FAQ, department, basis). Within the name tier: the number of query words the name contains,
 * then ts_rank with weights {D 0.1, C 0.2, B 0.4, A 1.0} (which itself sums over the query words matched),
 * then a small popularity bonus, then the name. The other tier: ts_rank, popularity, name. Reading a
 * document costs a few microseconds, and a common word (身份证 is a material of most items) matches
 * thousands; so a tier with more than RANK_LIMIT rows is ordered without ts_rank (word count and popularity
 * only), which keeps every search one statement of a few GIN lookups and at most RANK_LIMIT documents
 * read. The name tier is found by the index alone thanks to the tagged weight-A lexemes (search-document.ts).
 * Filters are plain SQL conditions beside the text match; the total is counted with the same filters.
 */
import { sql, type Expression, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { DB } from '../../db/schema.js';
import { nameLexeme } from './search-document.js';
import { expandSynonyms, hasHan, isLatinQuery, normalizeText, sanitizeLexeme, segment, syllablesPerChar } from './search-text.js';

export interface SearchQuery {
  q?: string;
  audience?: 'person' | 'enterprise';
  departmentId?: string;
  theme?: string;
  itemType?: string;
  /** The minimum 网办深度等级. */
  onlineLevel?: number;
  /** At most this many trips to the office (到办事现场次数). */
  maxVisits?: number;
  limit: number;
  offset: number;
}

export interface NameSegment {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  itemId: string;
  implementationCode: string;
  name: string;
  /** The name cut into plain-text pieces, `hit` where a query word (or its pinyin) matched; never HTML. */
  nameHighlight: NameSegment[];
  departmentId: string;
  departmentName: string;
  itemType: string;
  onlineLevel: number;
  visits: number;
  /** 'name' when the name or an alias matched (weight A), else 'other' (materials, conditions…). */
  matchedIn: 'name' | 'other';
  rank: number;
}

/** Longest query read, and most lexemes OR-ed (bounds the SQL a single request can cause). */
const MAX_QUERY_LENGTH = 100;
const MAX_TERMS = 24;
/** ts_rank weights in PostgreSQL's order {D, C, B, A}. */
const WEIGHTS = sql.lit('{0.1,0.2,0.4,1.0}');

/** What a query string means to the search: exact lexemes, prefix lexemes, and the words to highlight. */
export interface QueryPlan {
  terms: string[];
  prefixes: string[];
  highlightWords: string[];
  /** The latin letters of a pinyin query (for highlighting by pinyin), else undefined. */
  latin?: string;
}

export function planQuery(q: string): QueryPlan {
  const text = normalizeText(q).trim().slice(0, MAX_QUERY_LENGTH);
  if (!text) return { terms: [], prefixes: [], highlightWords: [] };
  if (isLatinQuery(text)) {
    const latin = sanitizeLexeme(text);
    // A single letter would match half the catalogue as a prefix: exact only.
    return { terms: [latin], prefixes: latin.length >= 2 ? [latin] : [], highlightWords: [latin], latin };
  }
  const words = segment(text);
  // Single Chinese characters (开、取) only when the query has nothing longer; and only the longest words:
  // 身份 and 居民 inside 居民身份证 would match every item that merely names 居民户口簿 or 身份证明.
  const longer = words.filter((w) => !hasHan(w) || [...w].length >= 2);
  const candidates = longer.length ? longer : words;
  const base = candidates.filter((w) => !candidates.some((o) => o !== w && o.includes(w)));
  const synonyms = expandSynonyms(text).map(sanitizeLexeme).filter(Boolean);
  const terms = [...new Set([...base, ...synonyms])].slice(0, MAX_TERMS);
  return { terms, prefixes: [], highlightWords: terms };
}

/**
 * Counts stop at this many matches: the page says 「1000+ 项」 rather than reading every matching document
 * (an exact count of a broad word such as 登记 costs more than the page itself). Pages reach at most this far.
 */
export const COUNT_CAP = 1000;
const capped = (from: RawBuilder<unknown>, cap = COUNT_CAP) => sql`(SELECT count(*) FROM (SELECT 1 ${from} LIMIT ${cap + 1}) c)`;

/** Above this many candidate rows a tier is ordered without ts_rank (see the file header). */
export const RANK_LIMIT = 500;

/**
 * The tsquery text of a plan; every lexeme is sanitized (letters and digits only), so quoting is safe.
 * 'name' looks only for the weight-A (tagged) forms, 'all' for both forms.
 */
function tsqueryText(plan: QueryPlan, scope: 'name' | 'all'): string {
  const forms = (w: string) => (scope === 'name' ? [nameLexeme(w)] : [nameLexeme(w), w]);
  const exact = plan.terms.flatMap(forms).map((t) => `'${t}'`);
  const prefix = plan.prefixes.flatMap(forms).map((p) => `'${p}':*`);
  return [...exact, ...prefix].join(' | ');
}

/**
 * A tsquery as an InitPlan parameter, `(SELECT to_tsquery(…))`, not a constant. With a constant the planner
 * estimates the match from the lexeme statistics, prices `@@` as cheap, and for a common word (身份证 is a
 * material of most items) reads every document in a sequential scan: 40 ms on 10,000 items. Behind a
 * parameter it assumes a selective match and uses the GIN index, which answers in a few milliseconds even
 * when most rows match (measured on PostgreSQL 15, bench/catalogue-search.ts).
 */
const tsquery = (text: string): RawBuilder<unknown> => sql`(SELECT to_tsquery('simple', ${text}::text))`;

export interface SearchRow {
  item_id: string;
  implementation_code: string;
  name: string;
  department_id: string;
  department_name: string;
  item_type: string;
  online_level: number;
  visits: number;
  score: number;
  total?: number;
}

function filtersOf(q: SearchQuery): Array<Expression<SqlBool>> {
  const f: Array<Expression<SqlBool>> = [];
  if (q.audience === 'person') f.push(sql<boolean>`s.for_person`);
  if (q.audience === 'enterprise') f.push(sql<boolean>`s.for_enterprise`);
  if (q.departmentId !== undefined) f.push(sql<boolean>`s.department_id = ${q.departmentId}::uuid`);
  if (q.theme !== undefined) f.push(sql<boolean>`s.themes @> ARRAY[${q.theme}::text]`);
  if (q.itemType !== undefined) f.push(sql<boolean>`s.item_type = ${q.itemType}`);
  if (q.onlineLevel !== undefined) f.push(sql<boolean>`s.online_level >= ${q.onlineLevel}`);
  if (q.maxVisits !== undefined) f.push(sql<boolean>`s.visits <= ${q.maxVisits}`);
  return f;
}

function whereOf(conditions: Array<Expression<SqlBool>>): RawBuilder<unknown> {
  return conditions.length ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``;
}

function pageOf(q: SearchQuery) {
  return { limit: Math.min(Math.max(Math.trunc(q.limit), 1), 100), offset: Math.max(Math.trunc(q.offset), 0) };
}

const HIT_COLUMNS = sql`s.item_id, s.implementation_code, s.name, s.department_id, d.name AS department_name, s.item_type, s.online_level, s.visits`;
const POPULARITY_BONUS = sql`0.01::float8 * ln(1 + greatest(s.popularity, 0))`;

/**
 * The page of a list without a query: most viewed first, with the filtered count. The count is its own
 * scan (a window count would carry every row through the sort) and departments join the page only.
 */
export function listSql(q: SearchQuery, countCap = COUNT_CAP): RawBuilder<SearchRow> {
  const { limit, offset } = pageOf(q);
  const where = whereOf(filtersOf(q));
  return sql<SearchRow>`
    SELECT ${HIT_COLUMNS}, s.popularity::float8 AS score, ${capped(sql`FROM item_search s ${where}`, countCap)} AS total
    FROM (
      SELECT s.item_id, s.implementation_code, s.name, s.department_id, s.item_type, s.online_level, s.visits, s.popularity
      FROM item_search s
      ${where}
      ORDER BY s.popularity DESC, s.name, s.item_id
      LIMIT ${limit} OFFSET ${offset}
    ) s JOIN departments d ON d.id = s.department_id
    ORDER BY s.popularity DESC, s.name, s.item_id`;
}

/**
 * A page of a text search, with the counts, in one statement. Tier 'name' (items whose name or alias
 * matched, found through the tagged weight-A lexemes) comes before tier 'other' (the remaining matches); the
 * second tier's branch is gated on the page reaching past the first, so PostgreSQL skips it otherwise. A tier
 * larger than `rankLimit` is ordered without ts_rank.
 */
export function searchSql(
  q: SearchQuery,
  plan: QueryPlan,
  rankLimit = RANK_LIMIT,
  countCap = COUNT_CAP,
): RawBuilder<SearchRow & { named: number; in_name: boolean | null }> {
  const { limit, offset } = pageOf(q);
  const filters = filtersOf(q);
  const all = tsquery(tsqueryText(plan, 'all'));
  const named = tsquery(tsqueryText(plan, 'name'));
  const rank = (tierSize: RawBuilder<unknown>) =>
    sql`CASE WHEN ${tierSize} <= ${rankLimit} THEN ts_rank(${WEIGHTS}::float4[], s.document, ${all})::float8 ELSE 0::float8 END`;
  // Query words found in the name: a plain byte search (lower() only for a latin word, it is slow on UTF-8).
  const nameTerms = plan.latin ? [] : plan.terms;
  const found = (t: string) => (hasHan(t) ? sql`(strpos(s.name, ${t}) > 0)::int` : sql`(strpos(lower(s.name), ${t}) > 0)::int`);
  const nameWords = nameTerms.length ? sql`0.1::float8 * (${sql.join(nameTerms.map(found), sql` + `)})` : sql`0::float8`;
  const namedCount = sql`(SELECT named FROM counts)`;
  const othersCount = sql`(SELECT total - named FROM counts)`;
  const columns = sql`s.item_id, s.implementation_code, s.name, s.department_id, s.item_type, s.online_level, s.visits`;
  const count = (query: RawBuilder<unknown>) =>
    capped(sql`FROM item_search s ${whereOf([sql<boolean>`s.document @@ ${query}`, ...filters])}`, countCap);
  return sql`
    WITH counts AS MATERIALIZED (SELECT ${count(all)} AS total, ${count(named)} AS named),
    page AS (
      SELECT * FROM (
        (SELECT ${columns}, true AS in_name,
                1::float8 + ${nameWords} + ${rank(namedCount)} + ${POPULARITY_BONUS} AS score
         FROM item_search s
         ${whereOf([sql<boolean>`s.document @@ ${named}`, ...filters])}
         ORDER BY score DESC, s.name, s.item_id
         LIMIT ${offset + limit})
        UNION ALL
        (SELECT ${columns}, false AS in_name, ${rank(othersCount)} + ${POPULARITY_BONUS} AS score
         FROM item_search s
         ${whereOf([
           sql<boolean>`${namedCount} < ${offset + limit}`,
           sql<boolean>`s.document @@ ${all}`,
           sql<boolean>`s.item_id NOT IN (SELECT n.item_id FROM item_search n WHERE n.document @@ ${named})`,
           ...filters,
         ])}
         ORDER BY score DESC, s.name, s.item_id
         LIMIT greatest(0, ${offset + limit} - ${namedCount}))
      ) u
      ORDER BY in_name DESC, score DESC, name, item_id
      LIMIT ${limit} OFFSET ${offset}
    )
    SELECT c.total, c.named, p.*, d.name AS department_name
    FROM counts c LEFT JOIN page p ON true LEFT JOIN departments d ON d.id = p.department_id
    ORDER BY p.in_name DESC, p.score DESC, p.name, p.item_id`;
}

export async function searchItems(
  db: Kysely<DB>,
  q: SearchQuery,
  options: { rankLimit?: number; countCap?: number } = {},
): Promise<{ items: SearchHit[]; total: number; totalCapped: boolean }> {
  const { offset } = pageOf(q);
  const cap = options.countCap ?? COUNT_CAP;
  const result = (items: SearchHit[], n: number) => ({ items, total: Math.min(n, cap), totalCapped: n > cap });
  if (q.q === undefined) {
    const rows = (await listSql(q, cap).execute(db)).rows;
    const total = rows.length ? Number(rows[0]!.total) : offset > 0 ? await countAll(db, q, cap) : 0;
    return result(
      rows.map((r) => toHit(r, undefined, false)),
      total,
    );
  }
  const plan = planQuery(q.q);
  if (plan.terms.length === 0 && plan.prefixes.length === 0) return result([], 0);
  const rows = (await searchSql(q, plan, options.rankLimit, cap).execute(db)).rows;
  const total = Number(rows[0]?.total ?? 0);
  return result(
    rows.filter((r) => r.item_id !== null).map((r) => toHit(r, plan, r.in_name === true)),
    total,
  );
}

function toHit(r: SearchRow, plan: QueryPlan | undefined, inName: boolean): SearchHit {
  return {
    itemId: r.item_id,
    implementationCode: r.implementation_code,
    name: r.name,
    nameHighlight: plan ? highlightName(r.name, plan) : [{ text: r.name, hit: false }],
    departmentId: r.department_id,
    departmentName: r.department_name,
    itemType: r.item_type,
    onlineLevel: Number(r.online_level),
    visits: Number(r.visits),
    matchedIn: inName ? 'name' : 'other',
    rank: plan ? Math.round(Number(r.score) * 1e6) / 1e6 : 0,
  };
}

/** The filtered count alone, for a list page past the last item (the window count is then not available). */
async function countAll(db: Kysely<DB>, q: SearchQuery, cap: number): Promise<number> {
  const r = await sql<{ n: number }>`SELECT ${capped(sql`FROM item_search s ${whereOf(filtersOf(q))}`, cap)} AS n`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

/**
 * The name cut into pieces, `hit` where a query word occurs in it (the query's own words and the synonyms
 * that appear in the name); for a pinyin query, the characters whose pinyin or initials spell it.
 */
export function highlightName(name: string, plan: Pick<QueryPlan, 'highlightWords' | 'latin'>): NameSegment[] {
  const hit = new Array<boolean>(name.length).fill(false);
  const haystack = normalizeText(name).toLowerCase();
  // NFKC keeps CJK and full-width punctuation one unit each; if a name ever changes length, skip word marks.
  if (haystack.length === name.length) {
    for (const word of plan.highlightWords) {
      if (!word) continue;
      for (let i = haystack.indexOf(word); i >= 0; i = haystack.indexOf(word, i + 1)) hit.fill(true, i, i + word.length);
    }
  }
  if (plan.latin && plan.latin.length >= 2) {
    const span = pinyinSpan(name, plan.latin);
    if (span) hit.fill(true, span[0], span[1]);
  }
  const out: NameSegment[] = [];
  for (let i = 0; i < name.length; i++) {
    const last = out[out.length - 1];
    if (last && last.hit === hit[i]) last.text += name[i];
    else out.push({ text: name[i]!, hit: hit[i]! });
  }
  return out;
}

/**
 * The first run of Chinese characters of `name` whose pinyin spells `latin`, each character written in full
 * (shenfenzheng) or by its initial (sfz), the last one possibly cut short (shenfenzh); [start, end) or null.
 */
export function pinyinSpan(name: string, latin: string): [number, number] | null {
  const sy = syllablesPerChar(name);
  if ([...name].length !== name.length) return null; // characters outside the BMP: keep it simple, no pinyin marks
  const from = (ci: number, qi: number): number => {
    if (qi === latin.length) return ci;
    const s = sy[ci];
    if (!s) return -1;
    const rest = latin.slice(qi);
    if (s.startsWith(rest)) return ci + 1;
    if (rest.startsWith(s)) {
      const end = from(ci + 1, qi + s.length);
      if (end >= 0) return end;
    }
    return s[0] === rest[0] ? from(ci + 1, qi + 1) : -1;
  };
  for (let start = 0; start < name.length; start++) {
    const end = from(start, 0);
    if (end > start) return [start, end];
  }
  return null;
}

/**
 * As-you-type suggestions: published items whose name or alias words (or their pinyin / initials) start
 * with what was typed, names containing the text itself first, then the most viewed. Uses the GIN index
 * (prefixes of the tagged weight-A lexemes) alone: text typed across a word boundary (证换) finds nothing,
 * which a suggestion list can afford; the search itself still reads it.
 */
export async function suggestItems(
  db: Kysely<DB>,
  prefix: string,
  limit = 8,
): Promise<Array<{ implementationCode: string; name: string }>> {
  const text = normalizeText(prefix).trim().slice(0, MAX_QUERY_LENGTH);
  const max = Math.min(Math.max(Math.trunc(limit), 1), 20);
  if (!text) return [];
  let parts: string[];
  if (isLatinQuery(text)) parts = [sanitizeLexeme(text)];
  else {
    const words = segment(text);
    // Keep the words not contained in a longer one (身份证 covers 身份): every part must match.
    parts = words.filter((w) => !words.some((o) => o !== w && o.includes(w))).slice(0, 8);
  }
  parts = parts.filter(Boolean);
  if (parts.length === 0) return [];
  const query = parts.map((p) => `'${nameLexeme(p)}':*`).join(' & ');
  const rows = (
    await sql<{ implementation_code: string; name: string }>`
      SELECT implementation_code, name FROM item_search
      WHERE document @@ ${tsquery(query)}
      ORDER BY strpos(name, ${text}) = 0, strpos(name, ${text}), popularity DESC, length(name), name
      LIMIT ${max}`.execute(db)
  ).rows;
  return rows.map((r) => ({ implementationCode: r.implementation_code, name: r.name }));
}
