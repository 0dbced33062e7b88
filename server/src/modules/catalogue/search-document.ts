/**
 * The search document of one published item: its words in four weights, as PostgreSQL's tsvector ranks
 * them (A most important). A = what the item is called (name, aliases, their synonyms, pinyin and initials,
 * the initials of the whole name); B = what a person brings and gets (materials, result, 办理情形 answers);
 * C = when it applies (受理条件, questions of the FAQ); D = who and why (department, 设定依据).
 *
 * Weight-A lexemes are stored with the tag NAME_TAG in front ('0身份证', '0sfz'). The GIN index does not
 * know weights, so without the tag "items whose name matches" could only be found by reading every matching
 * document (thousands for 身份证, which most items ask for as a material); with it, the index finds them
 * directly and the search ranks only those (search-items.ts). Queries look a word up in both forms.
 */
import { sql, type RawBuilder } from 'kysely';
import type { ItemContent } from './item-content.js';
import { expandSynonyms, fullPinyinOf, initialsOf, MAX_LEXEME_LENGTH, pinyinTokens, sanitizeLexeme, segment } from './search-text.js';

export interface SearchDocument {
  a: string[];
  b: string[];
  c: string[];
  d: string[];
}

/** At most this many lexemes per weight (a 4000-character 设定依据 must not make a huge vector). */
const MAX_LEXEMES_PER_WEIGHT = 2000;

function words(texts: readonly string[], all = false): string[] {
  return texts.flatMap((t) => segment(t, { all }));
}

/** The name without bracketed parts: 居民身份证换领（补领） → 居民身份证换领. */
function withoutBrackets(name: string): string {
  return name.replace(/[(（[【][^)）\]】]*[)）\]】]/g, '');
}

/**
 * Prefix of every weight-A lexeme. A digit: pinyin, initials and Chinese words never start with 0, so only
 * an untagged number such as 0999 could ever equal a tagged lexeme; the 'simple' parser keeps a digit-led
 * word whole (numword), on PostgreSQL and PGlite alike (search-items.api.test.ts checks the stored lexemes).
 */
export const NAME_TAG = '0';

/** A word as stored in weight A. */
export function nameLexeme(word: string): string {
  return (NAME_TAG + word).slice(0, MAX_LEXEME_LENGTH);
}

function finish(list: readonly string[]): string[] {
  return [...new Set(list.map(sanitizeLexeme).filter(Boolean))].slice(0, MAX_LEXEMES_PER_WEIGHT);
}

export function buildSearchDocument(input: { content: ItemContent; departmentName: string }): SearchDocument {
  const { content } = input;

  const titles = [content.name, ...content.aliases];
  const synonyms = titles.flatMap((t) => expandSynonyms(t, { bothWaysOnly: true }));
  const aWords = [...words(titles, true), ...words(synonyms)];
  const wholeNames = titles.flatMap((t) => [t, withoutBrackets(t)]);
  const a = finish([...aWords, ...pinyinTokens(aWords), ...wholeNames.flatMap((t) => [initialsOf(t), fullPinyinOf(t)])]).map(nameLexeme);

  const bTexts = [
    ...content.materials.map((m) => m.name),
    content.resultName,
    ...content.scenarios.flatMap((s) => s.options.map((o) => o.label)),
  ];
  const bWords = words(bTexts, true);
  const b = finish([...bWords, ...pinyinTokens(bWords, { fullOnly: true })]);

  const c = finish(words([content.acceptanceConditions, ...content.faqs.map((f) => f.question)]));
  const d = finish(words([input.departmentName, content.legalBasis]));
  return { a, b, c, d };
}

/**
 * The weighted tsvector of a document as a SQL expression. The lexemes travel as bound parameters (never
 * spliced into the SQL text); they are already sanitized, so the 'simple' parser keeps each one whole.
 */
export function documentSql(doc: SearchDocument): RawBuilder<string> {
  const part = (words: string[], weight: 'A' | 'B' | 'C' | 'D') =>
    sql`setweight(to_tsvector('simple', ${words.join(' ')}::text), ${sql.lit(weight)})`;
  return sql<string>`(${part(doc.a, 'A')} || ${part(doc.b, 'B')} || ${part(doc.c, 'C')} || ${part(doc.d, 'D')})`;
}
