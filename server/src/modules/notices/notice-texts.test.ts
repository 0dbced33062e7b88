import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../errors.js';
import { NOTICE_KINDS, type NoticeData } from './notice-data.js';
import { chineseDate, chineseNumeral, listMarker } from './notice-format.js';
import { noticeText, noticeTitle } from './notice-texts.js';
import { sampleNotice } from './test-fixtures.js';

const allText = (d: NoticeData) => {
  const t = noticeText(d);
  return [
    t.title,
    t.salutation,
    ...t.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : b.type === 'list' ? b.items : b.rows.map((r) => r.join('：')))),
    t.closing ?? '',
  ].join('\n');
};

function validationField(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    if (isDomainError(err, 'VALIDATION_FAILED')) return (err.details as { field: string }).field;
    throw err;
  }
  throw new Error('expected VALIDATION_FAILED');
}

describe('noticeTitle', () => {
  it('gives every kind its own Chinese title', () => {
    const titles = NOTICE_KINDS.map(noticeTitle);
    expect(new Set(titles).size).toBe(NOTICE_KINDS.length);
    expect(noticeTitle('correction')).toBe('补正告知书');
    expect(noticeTitle('denial')).toBe('不予行政许可决定书');
  });
});

describe('noticeText', () => {
  it('cites the 行政许可法 article each kind rests on', () => {
    const cites: Record<string, string> = {
      acceptance: '第三十二条第一款第（五）项',
      correction: '第三十二条第一款第（四）项',
      refusal: '第三十二条第一款',
      special_procedure: '第四十五条',
      extension: '第四十二条第一款',
      grant: '第四十四条',
      denial: '第三十八条第二款',
    };
    for (const [kind, article] of Object.entries(cites)) {
      expect(allText(sampleNotice(kind as NoticeData['kind']))).toContain(`《中华人民共和国行政许可法》${article}`);
    }
  });

  it('states the remedies in refusals and denials only, or the text the caller supplies', () => {
    for (const kind of NOTICE_KINDS) {
      const hasRemedy = allText(sampleNotice(kind)).includes('行政复议');
      expect(hasRemedy, kind).toBe(kind === 'refusal' || kind === 'denial');
    }
    const custom = allText(sampleNotice('denial', { remedy: '如不服本决定，可向示范市人民政府申请行政复议。' }));
    expect(custom).toContain('向示范市人民政府申请行政复议');
    expect(custom).not.toContain('第四十六条');
  });

  it('uses 第四十二条第二款 and government approval for a joint-approval extension of 15 days', () => {
    const text = allText(sampleNotice('extension', { extraDays: 15 }));
    expect(text).toContain('第四十二条第二款');
    expect(text).toContain('经本级人民政府负责人批准');
    expect(text).toContain('延长十五日');
  });

  it('accepts a longer extension only with another legal basis named', () => {
    expect(validationField(() => noticeText(sampleNotice('extension', { extraDays: 30 })))).toBe('extraDays');
    expect(allText(sampleNotice('extension', { extraDays: 30, legalBasis: '《示范条例》第九条' }))).toContain(
      '第四十二条第二款和《示范条例》第九条的规定',
    );
  });

  it('does not double the full stop a clerk typed after a reason', () => {
    expect(allText(sampleNotice('refusal', { reason: '申请人不具备主体资格。' }))).toContain('申请人不具备主体资格。根据');
  });

  it('omits the submission date when it is unknown instead of inventing one', () => {
    const text = allText(sampleNotice('denial', { submittedAt: undefined }));
    expect(text).toContain('你（单位）提出的食品经营许可（新办）申请');
  });

  it('refuses to word a notice without the fields its kind needs', () => {
    expect(validationField(() => noticeText(sampleNotice('refusal', { reason: '  ' })))).toBe('reason');
    expect(validationField(() => noticeText(sampleNotice('denial', { reason: undefined })))).toBe('reason');
    expect(validationField(() => noticeText(sampleNotice('correction', { items: [] })))).toBe('items');
    expect(validationField(() => noticeText(sampleNotice('tolerance', { deadline: undefined })))).toBe('deadline');
    expect(validationField(() => noticeText(sampleNotice('special_procedure', { specialProcedure: undefined })))).toBe('specialProcedure');
    expect(validationField(() => noticeText(sampleNotice('extension', { extraDays: 0 })))).toBe('extraDays');
    expect(validationField(() => noticeText(sampleNotice('extension', { reason: undefined })))).toBe('reason');
  });
});

describe('notice formatting', () => {
  it('writes dates the GB/T 9704 way, as Beijing local dates', () => {
    expect(chineseDate('2026-03-04')).toBe('2026年3月4日');
    expect(chineseDate(new Date('2026-12-31T16:30:00Z'))).toBe('2027年1月1日'); // 00:30 on 1 January in Beijing
    expect(chineseDate('2026-03-04T02:30:00.000Z')).toBe('2026年3月4日');
    expect(() => chineseDate('4 March')).toThrow(RangeError);
  });

  it('numbers list items （一） … （九十九）', () => {
    expect([1, 10, 11, 20, 42, 99].map(chineseNumeral)).toEqual(['一', '十', '十一', '二十', '四十二', '九十九']);
    expect(listMarker(0)).toBe('（一）');
    expect(listMarker(99)).toBe('（100）');
  });
});
