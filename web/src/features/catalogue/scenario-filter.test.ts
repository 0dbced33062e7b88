import { describe, expect, it } from 'vitest';
import { chosenOptions, conditionsInWords, materialApplies, materialsFor, promisedDaysFor, type ScenarioLike } from './scenario-filter';

const scenarios: ScenarioLike[] = [
  {
    key: 'reason',
    question: '您补领的原因是？',
    options: [
      { key: 'lost', label: '遗失', promisedLimitDays: null, note: '' },
      { key: 'damaged', label: '损坏', promisedLimitDays: 10, note: '请携带损坏的证件' },
    ],
  },
  {
    key: 'agent',
    question: '是否委托他人办理？',
    options: [
      { key: 'self', label: '本人办理', promisedLimitDays: null, note: '' },
      { key: 'agent', label: '委托代办', promisedLimitDays: 15, note: '代办人须携带本人身份证' },
    ],
  },
];

const m = (key: string, appliesWhen: Array<{ scenario: string; options: string[] }>) => ({ key, appliesWhen });
const always = m('id-card', []);
const oldCard = m('old-card', [{ scenario: 'reason', options: ['damaged'] }]);
const proxy = m('proxy', [{ scenario: 'agent', options: ['agent'] }]);
const both = m('both', [
  { scenario: 'reason', options: ['lost', 'damaged'] },
  { scenario: 'agent', options: ['agent'] },
]);
const materials = [always, oldCard, proxy, both];

describe('materialApplies', () => {
  it('keeps a material without conditions whatever the answers', () => {
    expect(materialApplies(always, {})).toBe(true);
    expect(materialApplies(always, { reason: 'lost', agent: 'self' })).toBe(true);
  });
  it('keeps a conditional material while its scenario is unanswered', () => {
    expect(materialApplies(oldCard, {})).toBe(true);
    expect(materialApplies(oldCard, { agent: 'self' })).toBe(true);
  });
  it('keeps it when the answer is one of its options, drops it otherwise', () => {
    expect(materialApplies(oldCard, { reason: 'damaged' })).toBe(true);
    expect(materialApplies(oldCard, { reason: 'lost' })).toBe(false);
  });
  it('needs every condition to hold', () => {
    expect(materialApplies(both, { reason: 'lost' })).toBe(true);
    expect(materialApplies(both, { reason: 'lost', agent: 'agent' })).toBe(true);
    expect(materialApplies(both, { reason: 'lost', agent: 'self' })).toBe(false);
  });
});

describe('materialsFor', () => {
  it('lists everything before any answer', () => {
    expect(materialsFor(materials, {})).toEqual(materials);
  });
  it('filters by the answers, keeping the guide order', () => {
    expect(materialsFor(materials, { reason: 'lost', agent: 'self' }).map((x) => x.key)).toEqual(['id-card']);
    expect(materialsFor(materials, { reason: 'damaged', agent: 'agent' }).map((x) => x.key)).toEqual([
      'id-card',
      'old-card',
      'proxy',
      'both',
    ]);
    expect(materialsFor(materials, { agent: 'agent' }).map((x) => x.key)).toEqual(['id-card', 'old-card', 'proxy', 'both']);
  });
  it('treats an answer to an unknown scenario as irrelevant', () => {
    expect(materialsFor(materials, { other: 'x' })).toEqual(materials);
  });
});

describe('chosenOptions and promisedDaysFor', () => {
  it('names the chosen options in the guide order and ignores unknown answers', () => {
    const chosen = chosenOptions(scenarios, { agent: 'agent', reason: 'nope' });
    expect(chosen.map((c) => [c.scenario.key, c.option.label])).toEqual([['agent', '委托代办']]);
  });
  it('keeps the item limit without an override', () => {
    expect(promisedDaysFor(5, scenarios, {})).toBe(5);
    expect(promisedDaysFor(5, scenarios, { reason: 'lost', agent: 'self' })).toBe(5);
  });
  it('uses the override of the chosen option, the longest of several', () => {
    expect(promisedDaysFor(5, scenarios, { reason: 'damaged' })).toBe(10);
    expect(promisedDaysFor(5, scenarios, { reason: 'damaged', agent: 'agent' })).toBe(15);
  });
  it('lets an override shorten the limit too', () => {
    expect(promisedDaysFor(20, scenarios, { reason: 'damaged' })).toBe(10);
  });
});

describe('conditionsInWords', () => {
  it('turns keys into the question and option labels', () => {
    expect(conditionsInWords(both, scenarios)).toEqual([
      { question: '您补领的原因是？', options: ['遗失', '损坏'] },
      { question: '是否委托他人办理？', options: ['委托代办'] },
    ]);
  });
  it('falls back to the keys when the guide does not know them', () => {
    expect(conditionsInWords(m('x', [{ scenario: 'gone', options: ['a'] }]), scenarios)).toEqual([{ question: 'gone', options: ['a'] }]);
  });
});
