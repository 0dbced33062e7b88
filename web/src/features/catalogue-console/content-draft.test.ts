import { describe, expect, it } from 'vitest';
import {
  emptyContent,
  emptyMaterial,
  emptyScenario,
  missingChoices,
  nextKey,
  normalizeDraft,
  sameContent,
  toContent,
} from './content-draft';

describe('nextKey', () => {
  it('takes the first free number', () => {
    expect(nextKey('m', [])).toBe('m1');
    expect(nextKey('m', ['m1', 'm2', 'application'])).toBe('m3');
    expect(nextKey('m', ['m2'])).toBe('m1');
    expect(nextKey('s', ['m1', undefined])).toBe('s1');
  });
});

describe('empty entries', () => {
  it('gives a new scenario two options with their own keys', () => {
    const s = emptyScenario('s1');
    expect(s.options.map((o) => o.key)).toEqual(['o1', 'o2']);
  });
  it('gives a new material its key and no files', () => {
    expect(emptyMaterial('m3')).toMatchObject({ key: 'm3', blankFormFileId: null, sampleFileId: null, appliesWhen: [] });
  });
});

describe('normalizeDraft', () => {
  it('fills fields a form left undefined and keeps nulls where null is allowed', () => {
    const d = normalizeDraft({ name: '食品经营许可', hallId: undefined, legalLimitDays: null, serviceScope: undefined });
    expect(d.name).toBe('食品经营许可');
    expect(d.hallId).toBeNull();
    expect(d.legalLimitDays).toBeNull();
    expect(d.serviceScope).toBeNull();
    expect(d.materials).toEqual([]);
  });
  it('does not let a null overwrite a default that may not be null', () => {
    expect(normalizeDraft({ address: null }).address).toBe('');
  });
  it('completes list entries and drops half-made conditions and blank aliases', () => {
    const d = normalizeDraft({
      aliases: [' 办证 ', ''],
      materials: [
        {
          key: 'm1',
          name: '申请书',
          appliesWhen: [
            { scenario: 's1', options: [] },
            { scenario: 's1', options: ['o1'] },
          ],
        } as never,
      ],
      scenarios: [{ key: 's1', question: '哪种情形？', options: [{ key: 'o1', label: '新办' } as never] }],
    });
    expect(d.aliases).toEqual(['办证']);
    expect(d.materials[0]).toMatchObject({
      key: 'm1',
      name: '申请书',
      kind: '1',
      replacedBy: null,
      appliesWhen: [{ scenario: 's1', options: ['o1'] }],
    });
    expect(d.scenarios[0]?.options[0]).toEqual({ key: 'o1', label: '新办', promisedLimitDays: null, note: '' });
  });
});

describe('toContent', () => {
  it('refuses while a required choice is empty', () => {
    expect(toContent(emptyContent())).toBeNull();
    expect(missingChoices(emptyContent())).toContain('itemType');
  });
  it('gives the content once every choice is made', () => {
    const content = toContent({
      ...emptyContent(),
      itemType: '01',
      exerciseLevel: '4',
      powerSource: '1',
      subjectNature: '1',
      caseType: '1',
      resultType: '4',
      promisedLimitDays: 0,
    });
    expect(content?.itemType).toBe('01');
    expect(content?.promisedLimitDays).toBe(0);
  });
});

describe('sameContent', () => {
  it('ignores key order but not values', () => {
    expect(sameContent({ a: 1, b: { c: [1, 2], d: 'x' } }, { b: { d: 'x', c: [1, 2] }, a: 1 })).toBe(true);
    expect(sameContent({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
  });
});
