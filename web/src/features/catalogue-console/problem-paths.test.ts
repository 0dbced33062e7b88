import { describe, expect, it } from 'vitest';
import { fieldProblemsOf, formFieldOf, groupByRule, namePathOf, problemsPerTab, qualityProblemsOf, tabOf } from './problem-paths';

describe('namePathOf', () => {
  it('reads quality-rule paths', () => {
    expect(namePathOf('materials/2/issuedBy')).toEqual(['materials', 2, 'issuedBy']);
    expect(namePathOf('caseType')).toEqual(['caseType']);
  });
  it('reads schema-validation paths without the body and content prefix', () => {
    expect(namePathOf('body.content.scenarios.0.options.1.key')).toEqual(['scenarios', 0, 'options', 1, 'key']);
    expect(namePathOf('body.implementationCode')).toEqual(['implementationCode']);
  });
  it('gives null for an empty path', () => {
    expect(namePathOf('body')).toBeNull();
    expect(namePathOf('')).toBeNull();
  });
});

describe('tabOf', () => {
  it('finds the tab of a top-level field and of list entries', () => {
    expect(tabOf(['visitsReason'])).toBe('handling');
    expect(tabOf(['materials', 1, 'name'])).toBe('materials');
    expect(tabOf(['charged'])).toBe('fees');
    expect(tabOf(['resultSampleFileId'])).toBe('result');
    expect(tabOf(['implementationCode'])).toBeUndefined();
    expect(tabOf(null)).toBeUndefined();
  });
});

describe('formFieldOf', () => {
  it('keeps plain fields and stops list entries at their field', () => {
    expect(formFieldOf(['consultPhone'])).toEqual(['consultPhone']);
    expect(formFieldOf(['aliases', 3])).toEqual(['aliases']);
    expect(formFieldOf(['fees', 0, 'basis'])).toEqual(['fees', 0, 'basis']);
  });
  it('has no field for a whole list', () => {
    expect(formFieldOf(['fees'])).toBeNull();
    expect(formFieldOf(['materials', 2])).toBeNull();
  });
  it('marks a scenario by its question and options by their field', () => {
    expect(formFieldOf(['scenarios', 1])).toEqual(['scenarios', 1, 'question']);
    expect(formFieldOf(['scenarios', 0, 'options', 2, 'promisedLimitDays'])).toEqual(['scenarios', 0, 'options', 2, 'promisedLimitDays']);
    expect(formFieldOf(['scenarios', 0, 'options', 2])).toEqual(['scenarios', 0, 'options', 2, 'label']);
  });
  it('stops at controls that edit a whole value', () => {
    expect(formFieldOf(['materials', 0, 'appliesWhen', 1, 'options', 0])).toEqual(['materials', 0, 'appliesWhen']);
    expect(formFieldOf(['materials', 0, 'replacedBy', 'label'])).toEqual(['materials', 0, 'replacedBy']);
  });
  it('ignores fields the editor does not have', () => {
    expect(formFieldOf(['implementationCode'])).toBeNull();
  });
});

describe('grouping', () => {
  const problems = [
    { rule: 'Q06', path: 'fees/0/name', message: 'a' },
    { rule: 'Q07', path: 'consultPhone', message: 'b' },
    { rule: 'Q06', path: 'fees/1/basis', message: 'c' },
  ];
  it('groups by rule in first-seen order', () => {
    expect(groupByRule(problems).map((g) => [g.rule, g.problems.map((p) => p.message)])).toEqual([
      ['Q06', ['a', 'c']],
      ['Q07', ['b']],
    ]);
  });
  it('counts problems per tab', () => {
    expect(problemsPerTab(problems)).toEqual({ fees: 2, handling: 1 });
  });
});

describe('error details', () => {
  it('reads quality problems and skips malformed entries', () => {
    expect(qualityProblemsOf({ problems: [{ rule: 'Q01', path: 'caseType', message: 'm' }, { rule: 1 }] })).toEqual([
      { rule: 'Q01', path: 'caseType', message: 'm' },
    ]);
    expect(qualityProblemsOf(undefined)).toEqual([]);
  });
  it('reads field problems', () => {
    expect(
      fieldProblemsOf([{ field: 'hallId', message: '办理大厅不存在' }, { field: 'body.content.name', rule: 'minLength' }, 'x']),
    ).toEqual([
      { path: 'hallId', message: '办理大厅不存在' },
      { path: 'body.content.name', message: '' },
    ]);
    expect(fieldProblemsOf({})).toEqual([]);
  });
});
