/**
 * Text → search lexemes for the service catalogue: Chinese word segmentation (jieba, search mode, taught the
 * words of the catalogue), pinyin and pinyin initials (so 'sfz' and 'shenfenzheng' find 身份证), and the
 * everyday-word synonyms of synonyms.ts. The same functions build the stored documents (search-document.ts)
 * and the queries (search-items.ts), so both sides always cut a text the same way.
 *
 * Every lexeme is safe to hand to PostgreSQL's to_tsvector / to_tsquery ('simple'): lower case, letters and
 * digits only (no quotes, colons, spaces, backslashes, & | ! ( ) < > or hyphens, which the text-search
 * parser would split or read as operators), at most 60 characters.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { pinyin } from 'pinyin-pro';
import { SYNONYMS } from './synonyms.js';

export const MAX_LEXEME_LENGTH = 60;

/**
 * Words of the catalogue the stock dictionary cuts badly or not at all (it splits 换领 / 申领 / 补领 into
 * single characters, and does not know 社保卡 or 个体工商户). Verbs of the 业务办理项 (新设、变更、延续、注销,
 * cn-standards.md §1.1) come first, then certificates, insurance and licence words.
 */
export const DOMAIN_WORDS: readonly string[] = [
  ...[
    '换领',
    '申领',
    '补领',
    '补发',
    '补办',
    '换证',
    '换发',
    '核发',
    '注销',
    '设立',
    '变更',
    '延续',
    '登记',
    '备案',
    '挂失',
    '提取',
    '缴存',
  ],
  ...['核准', '认定', '审批', '许可', '确认', '查询', '转移', '迁移', '续期', '年检', '年审', '办结', '送达'],
  ...['居民身份证', '身份证', '临时身份证', '居住证', '户口', '户籍', '户口簿', '出生医学证明', '结婚证', '离婚证', '护照', '通行证'],
  ...['社保卡', '社会保障卡', '社保', '医保', '医疗保险', '养老保险', '失业保险', '失业保险金', '工伤保险', '生育保险'],
  ...['公积金', '住房公积金', '最低生活保障', '低保', '特困人员', '临时救助', '残疾人证'],
  ...['营业执照', '个体工商户', '个体户', '设立登记', '变更登记', '注销登记', '企业设立登记', '食品经营', '食品经营许可', '食品生产许可'],
  ...['施工许可', '施工许可证', '建设工程规划许可', '不动产', '不动产登记', '不动产权证书', '宅基地'],
  ...['纳税申报', '发票领用', '个人所得税', '道路货物运输', '道路旅客运输', '机动车驾驶证', '机动车登记'],
  ...['教师资格', '医师执业注册', '执业注册', '执业医师', '药品经营许可', '烟草专卖零售许可', '网络预约出租汽车'],
];

/** Words that carry no meaning in a search: single characters and question words (我要、怎么、如何、办理…). */
export const STOPWORDS: ReadonlySet<string> = new Set([
  ...[
    '的',
    '了',
    '和',
    '与',
    '及',
    '或',
    '在',
    '我',
    '你',
    '他',
    '她',
    '要',
    '想',
    '去',
    '把',
    '被',
    '给',
    '是',
    '有',
    '个',
    '吗',
    '呢',
    '吧',
    '啊',
    '呀',
  ],
  ...['办', '弄', '搞', '请', '能', '会', '该', '哪', '啥', '咋', '什', '么', '等', '之', '其'],
  ...['怎么', '怎么办', '怎样', '如何', '办理', '我要', '我想', '想要', '需要', '可以', '能否', '哪里', '在哪', '在哪里', '去哪'],
  ...['哪儿', '什么', '哪些', '多少', '请问', '一下', '咨询', '应该', '是否', '自己', '怎么样'],
]);

let instance: Jieba | undefined;

/**
 * The segmenter, built once: the stock dictionary plus DOMAIN_WORDS and the formal words of the synonym list
 * (not the everyday phrases of one-way entries: 领证 taught as a word would be cut out of 申领证件).
 */
function jieba(): Jieba {
  if (instance) return instance;
  const j = Jieba.withDict(dict);
  const words = new Set([...DOMAIN_WORDS, ...SYNONYMS.flatMap((e) => e.words)]);
  // A frequency well above the stock words of the same characters keeps each of these whole.
  j.loadDict(Buffer.from([...words].map((w) => `${w} 200000 n`).join('\n') + '\n'));
  instance = j;
  return j;
}

const HAN = /\p{Script=Han}/u;
const ALL_HAN = /^\p{Script=Han}+$/u;
const LATIN_QUERY = /^[a-z][a-z\s']*$/i;

/** One lexeme made safe for to_tsvector / to_tsquery: lower case, letters and digits only, ≤ 60 characters. */
export function sanitizeLexeme(word: string): string {
  return word
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')
    .slice(0, MAX_LEXEME_LENGTH);
}

/** Full-width letters and brackets to their plain forms (Ａ → A, （ → ( ), as typed by Chinese IMEs. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC');
}

function uniq(words: Iterable<string>): string[] {
  return [...new Set(words)];
}

/**
 * Cuts a text into search words (jieba search mode: 居民身份证 also yields 居民、身份、身份证), sanitized, without
 * punctuation, whitespace or stopwords, in order of first appearance and without repeats. `all` adds every
 * dictionary word of two or more characters found anywhere in the text (jieba full mode), so a stored name
 * cut as 建设工程规划许可 + 证 still holds 许可证; used for the short, important fields of a document.
 */
export function segment(text: string, opts: { all?: boolean } = {}): string[] {
  const normalized = normalizeText(text);
  if (!normalized.trim()) return [];
  const raw = jieba().cutForSearch(normalized, true);
  if (opts.all)
    raw.push(
      ...jieba()
        .cutAll(normalized)
        .filter((w) => [...w].length >= 2),
    );
  const out: string[] = [];
  for (const token of raw) {
    if (STOPWORDS.has(token)) continue;
    const word = sanitizeLexeme(token);
    if (word && !STOPWORDS.has(word)) out.push(word);
  }
  return uniq(out);
}

/** The toneless pinyin syllables of a Chinese text (ü written v, as typed: 绿 → lv). */
function syllables(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', v: true });
}

/** Initials of every Chinese character of a text, in order (居民身份证换领 → jmsfzhl); other characters are skipped. */
export function initialsOf(text: string): string {
  const han = [...normalizeText(text)].filter((c) => HAN.test(c)).join('');
  if (!han) return '';
  return sanitizeLexeme(pinyin(han, { pattern: 'first', toneType: 'none', type: 'array' }).join(''));
}

/** Full toneless pinyin of the Chinese characters of a text, joined (身份证 → shenfenzheng). */
export function fullPinyinOf(text: string): string {
  const han = [...normalizeText(text)].filter((c) => HAN.test(c)).join('');
  if (!han) return '';
  return sanitizeLexeme(syllables(han).join(''));
}

/**
 * Pinyin lexemes of words: for every all-Chinese word of two or more characters its full toneless pinyin
 * (身份证 → shenfenzheng) and, unless `fullOnly`, its initials (→ sfz).
 */
export function pinyinTokens(words: readonly string[], opts: { fullOnly?: boolean } = {}): string[] {
  const out: string[] = [];
  for (const word of words) {
    if (word.length < 2 || !ALL_HAN.test(word)) continue;
    out.push(fullPinyinOf(word));
    if (!opts.fullOnly) out.push(initialsOf(word));
  }
  return uniq(out.filter(Boolean));
}

/**
 * Whether `phrase` occurs in the text as a word of its own: one of the search-mode words, or a run of whole
 * words of the plain cut. So 领证 is found in 我想领证 but not inside 申领证件 (申领 | 证件).
 */
function occursAsWords(phrase: string, searchWords: ReadonlySet<string>, cut: readonly string[], text: string): boolean {
  if (!text.includes(phrase)) return false;
  if (searchWords.has(phrase)) return true;
  const starts = new Set<number>();
  const ends = new Set<number>();
  let pos = 0;
  for (const w of cut) {
    starts.add(pos);
    pos += w.length;
    ends.add(pos);
  }
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    if (starts.has(i) && ends.has(i + phrase.length)) return true;
  }
  return false;
}

/**
 * Synonyms of the phrases found in a text (as words, see occursAsWords): `=>` entries add their right-hand
 * words, `<=>` entries every other member of the group. `bothWaysOnly` keeps only the `<=>` entries (used for
 * the stored documents: a one-way entry is for what people type, not for what an item's name means).
 */
export function expandSynonyms(text: string, opts: { bothWaysOnly?: boolean } = {}): string[] {
  const normalized = normalizeText(text).toLowerCase();
  if (!normalized.trim()) return [];
  const searchWords = new Set(jieba().cutForSearch(normalized, true));
  const cut = jieba().cut(normalized, true);
  const out: string[] = [];
  for (const entry of SYNONYMS) {
    if (opts.bothWaysOnly && !entry.both) continue;
    const found = entry.phrases.filter((p) => occursAsWords(p.toLowerCase(), searchWords, cut, normalized));
    if (found.length === 0) continue;
    for (const w of entry.words) if (!found.includes(w)) out.push(w);
  }
  return uniq(out);
}

/** Whether a query is typed in latin letters (pinyin or initials such as 'sfz', 'shebaoka', 'she bao'). */
export function isLatinQuery(text: string): boolean {
  return LATIN_QUERY.test(normalizeText(text).trim());
}

/** Whether the text contains any Chinese character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

const syllableCache = new Map<string, string[]>();
const SYLLABLE_CACHE_SIZE = 5000;

/**
 * Toneless pinyin syllables of each character of a text (non-Chinese characters give ''), for highlighting.
 * Item names repeat across pages and districts, so the last few thousand are remembered.
 */
export function syllablesPerChar(text: string): string[] {
  const cached = syllableCache.get(text);
  if (cached) return cached;
  const chars = [...text];
  const han = chars.filter((c) => HAN.test(c)).join('');
  const sy = han ? syllables(han) : [];
  let k = 0;
  const out = chars.map((c) => (HAN.test(c) ? (sy[k++] ?? '').toLowerCase() : ''));
  if (syllableCache.size >= SYLLABLE_CACHE_SIZE) syllableCache.delete(syllableCache.keys().next().value!);
  syllableCache.set(text, out);
  return out;
}
