// Search text: segmentation with the catalogue's words, pinyin and initials, synonyms, lexeme safety,
// the search document's weights, the query plan and the name highlight.
import { describe, expect, it } from 'vitest';
import { highlightName, pinyinSpan, planQuery } from './search-items.js';
import { buildSearchDocument, NAME_TAG, nameLexeme } from './search-document.js';
import {
  expandSynonyms,
  fullPinyinOf,
  initialsOf,
  isLatinQuery,
  MAX_LEXEME_LENGTH,
  pinyinTokens,
  sanitizeLexeme,
  segment,
} from './search-text.js';
import { parseSynonymLine, SYNONYM_LINES, SYNONYMS } from './synonyms.js';
import { validItemContent } from './test-fixtures.js';

describe('segment', () => {
  it('keeps 身份证 and the 业务办理项 verb 换领 of 居民身份证换领', () => {
    const words = segment('居民身份证换领（补领）');
    expect(words).toEqual(expect.arrayContaining(['居民身份证', '身份证', '换领', '补领']));
    expect(words).not.toContain('（');
    expect(words).not.toContain('换');
  });

  it('keeps the words the stock dictionary splits (申领, 社会保障卡, 个体工商户, 设立登记)', () => {
    expect(segment('社会保障卡申领')).toEqual(expect.arrayContaining(['社会保障卡', '申领']));
    expect(segment('个体工商户设立登记')).toEqual(expect.arrayContaining(['个体工商户', '设立登记', '设立', '登记']));
    expect(segment('住房公积金提取')).toEqual(expect.arrayContaining(['住房公积金', '公积金', '提取']));
  });

  it('drops punctuation, whitespace and stopwords, and repeats', () => {
    expect(segment('我要 怎么办理、如何 办理护照？护照！')).toEqual(['护照']);
    expect(segment('  ，。！ ')).toEqual([]);
    expect(segment('')).toEqual([]);
  });

  it('in full mode also yields the dictionary words a long word hides', () => {
    expect(segment('建设工程规划许可证核发', { all: true })).toContain('许可证');
  });

  it('lower-cases latin text and reads full-width letters', () => {
    expect(segment('ＩＣＰ许可')).toEqual(expect.arrayContaining(['icp', '许可']));
  });
});

describe('pinyin', () => {
  it('gives the full toneless pinyin and the initials of Chinese words of two or more characters', () => {
    expect(pinyinTokens(['身份证', '卡', 'abc'])).toEqual(['shenfenzheng', 'sfz']);
    expect(pinyinTokens(['社保卡'], { fullOnly: true })).toEqual(['shebaoka']);
  });

  it('writes ü as v, as pinyin keyboards do', () => {
    expect(fullPinyinOf('绿色')).toBe('lvse');
  });

  it('gives the initials of a whole name, skipping brackets and latin', () => {
    expect(initialsOf('居民身份证换领')).toBe('jmsfzhl');
    expect(initialsOf('居民身份证换领（补领）')).toBe('jmsfzhlbl');
    expect(initialsOf('ABC')).toBe('');
  });
});

describe('synonyms', () => {
  it('has at least 40 well-formed entries', () => {
    expect(SYNONYM_LINES.length).toBeGreaterThanOrEqual(40);
    expect(SYNONYMS).toHaveLength(SYNONYM_LINES.length);
  });

  it('rejects a malformed line', () => {
    expect(() => parseSynonymLine('身份证 居民身份证')).toThrow();
    expect(() => parseSynonymLine(' => 补领')).toThrow();
  });

  it('maps everyday words to the formal ones', () => {
    expect(expandSynonyms('身份证丢了怎么办')).toEqual(expect.arrayContaining(['居民身份证', '补领', '挂失']));
    expect(expandSynonyms('我要开饭店')).toEqual(expect.arrayContaining(['食品经营许可', '餐饮', '个体工商户']));
    expect(expandSynonyms('营业执照')).toEqual(expect.arrayContaining(['设立登记', '个体工商户']));
    expect(expandSynonyms('低保')).toContain('最低生活保障');
  });

  it('works both ways only where the entry says <=>', () => {
    expect(expandSynonyms('社会保障卡申领')).toContain('社保卡');
    expect(expandSynonyms('社保卡')).toContain('社会保障卡');
    expect(expandSynonyms('结婚登记')).not.toContain('领证');
    expect(expandSynonyms('社会保障卡申领', { bothWaysOnly: true })).toEqual(['社保卡']);
    expect(expandSynonyms('居民身份证补领', { bothWaysOnly: true })).toEqual([]); // both members already there
    expect(expandSynonyms('营业执照', { bothWaysOnly: true })).toEqual([]);
  });

  it('finds a phrase only as whole words (领证 is not inside 申领证件)', () => {
    expect(expandSynonyms('我想领证')).toContain('结婚登记');
    expect(expandSynonyms('申领证件')).not.toContain('结婚登记');
  });
});

describe('sanitizeLexeme', () => {
  it('strips everything the tsquery parser would read as syntax', () => {
    expect(sanitizeLexeme(`a'b:c d\\e&f|g!h(i)j<k>l-m"n`)).toBe('abcdefghijklmn');
    expect(sanitizeLexeme('ＳＦＺ')).toBe('sfz');
    expect(sanitizeLexeme('x'.repeat(100))).toHaveLength(MAX_LEXEME_LENGTH);
  });

  it('leaves only safe lexemes in segment output, whatever the input', () => {
    const words = segment(`身份证'); DROP TABLE x; -- :* & | ! <-> \\ "证"`);
    for (const w of words) expect(w).toMatch(/^[\p{L}\p{N}]{1,60}$/u);
  });
});

describe('buildSearchDocument', () => {
  const doc = buildSearchDocument({
    content: validItemContent({ name: '居民身份证换领（补领）', aliases: ['换身份证'] }),
    departmentName: '示范市公安局',
  });

  it('puts the name, its synonyms, pinyin and whole-name initials in A, tagged as name lexemes', () => {
    const words = ['居民身份证', '身份证', '换领', 'sfz', 'shenfenzheng', 'jmsfzhl', 'jmsfzhlbl'];
    expect(doc.a).toEqual(expect.arrayContaining(words.map(nameLexeme)));
    expect(doc.a.every((w) => w.startsWith(NAME_TAG))).toBe(true);
    expect(doc.a).not.toContain('身份证');
    expect(nameLexeme('身份证')).toBe('0身份证');
  });

  it('puts materials and the result in B (full pinyin, no initials), conditions and FAQ in C, department and basis in D', () => {
    expect(doc.b).toEqual(expect.arrayContaining(['营业执照', '许可证', 'yingyezhizhao', '新办']));
    expect(doc.b).not.toContain('yyzz');
    expect(doc.c).toEqual(expect.arrayContaining(['营业执照', '纸质']));
    expect(doc.d).toEqual(expect.arrayContaining(['公安局', '安全法', '实行']));
    for (const list of [doc.a, doc.b, doc.c, doc.d]) for (const w of list) expect(w).toMatch(/^[\p{L}\p{N}]{1,60}$/u);
  });
});

describe('planQuery', () => {
  it('reads latin letters as pinyin with a prefix match', () => {
    expect(isLatinQuery('She Bao')).toBe(true);
    expect(planQuery('She Bao')).toMatchObject({ terms: ['shebao'], prefixes: ['shebao'], latin: 'shebao' });
    expect(planQuery('s').prefixes).toEqual([]);
  });

  it('adds synonyms and drops single characters when longer words exist', () => {
    const plan = planQuery('身份证丢了');
    expect(plan.terms).toEqual(expect.arrayContaining(['身份证', '居民身份证', '补领', '挂失']));
    expect(plan.terms).not.toContain('丢');
    expect(plan.terms).not.toContain('身份'); // inside 身份证: would match every 身份证明
    expect(planQuery('居民户口簿').terms).toEqual(expect.arrayContaining(['居民户口簿', '户口本']));
    expect(planQuery('居民户口簿').terms).not.toContain('居民');
    expect(planQuery('怎么办理').terms).toEqual([]);
  });
});

describe('highlightName', () => {
  it('marks the query words and synonyms that occur in the name', () => {
    expect(highlightName('居民身份证换领（补领）', planQuery('身份证丢了'))).toEqual([
      { text: '居民身份证', hit: true }, // 居民身份证 is a synonym of 身份证
      { text: '换领（', hit: false },
      { text: '补领', hit: true },
      { text: '）', hit: false },
    ]);
  });

  it('marks the characters a pinyin query spells, by initials or in full', () => {
    expect(highlightName('居民身份证换领', planQuery('sfz'))).toEqual([
      { text: '居民', hit: false },
      { text: '身份证', hit: true },
      { text: '换领', hit: false },
    ]);
    expect(pinyinSpan('社会保障卡申领', 'shehuibaoz')).toEqual([0, 4]);
    expect(pinyinSpan('结婚登记', 'sfz')).toBeNull();
  });
});
