/**
 * The structural diff of two item versions: scalar fields, keyed arrays matched by key (materials,
 * scenarios, options), unkeyed arrays by index (fees, faqs), labels and deterministic order.
 */
import { describe, expect, it } from 'vitest';
import { ItemContent, type Material } from './item-content.js';
import { immediateItemContent, validItemContent } from './test-fixtures.js';
import { diffContents, FIELD_LABELS, type FieldChange } from './version-diff.js';

const healthCertificate = (): Material => ({
  ...validItemContent().materials[0]!,
  key: 'health-certificate',
  name: '从业人员健康证明',
  kind: '2',
  format: '1',
  originalCopies: 0,
  photocopyCopies: 1,
});
const summary = (changes: FieldChange[]) => changes.map((c) => `${c.kind} ${c.path}`);

describe('diffContents', () => {
  it('finds nothing between identical contents, even with a different key order', () => {
    const a = validItemContent();
    const b = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(a).reverse()))) as ItemContent;
    expect(diffContents(a, validItemContent())).toEqual([]);
    expect(diffContents(a, b)).toEqual([]);
  });

  it('reports one changed scalar with its label and both values', () => {
    expect(diffContents(validItemContent(), validItemContent({ promisedLimitDays: 8 }))).toEqual([
      { path: 'promisedLimitDays', label: '承诺办结时限', kind: 'changed', before: 10, after: 8 },
    ]);
  });

  it('reports an array of scalars as one value', () => {
    expect(diffContents(validItemContent(), validItemContent({ handlingForms: ['1', '2', '3', '4'] }))).toEqual([
      { path: 'handlingForms', label: '办理形式', kind: 'changed', before: ['1', '2', '4'], after: ['1', '2', '3', '4'] },
    ]);
  });

  it('reports a material inserted in the middle as exactly one addition', () => {
    const after = validItemContent();
    after.materials.splice(1, 0, healthCertificate());
    expect(diffContents(validItemContent(), after)).toEqual([
      {
        path: 'materials/health-certificate',
        label: '申请材料 › 从业人员健康证明',
        kind: 'added',
        before: null,
        after: healthCertificate(),
      },
    ]);
  });

  it('reports a removed material as one removal', () => {
    const before = validItemContent();
    const after = validItemContent();
    after.materials.splice(1, 1);
    expect(diffContents(before, after)).toEqual([
      { path: 'materials/business-licence', label: '申请材料 › 营业执照', kind: 'removed', before: before.materials[1], after: null },
    ]);
  });

  it('reports a changed field inside a kept material by key, labelled with the material name', () => {
    const after = validItemContent();
    after.materials.splice(0, 0, healthCertificate());
    after.materials[2]!.originalCopies = 2;
    expect(diffContents(validItemContent(), after)).toEqual([
      expect.objectContaining({ kind: 'added', path: 'materials/health-certificate' }),
      {
        path: 'materials/business-licence/originalCopies',
        label: '申请材料 › 营业执照 › 原件份数',
        kind: 'changed',
        before: 1,
        after: 2,
      },
    ]);
  });

  it('reports a reordering of materials once, not per material', () => {
    const after = validItemContent();
    after.materials.reverse();
    expect(diffContents(validItemContent(), after)).toEqual([
      {
        path: 'materials',
        label: '申请材料 › 顺序',
        kind: 'changed',
        before: ['application', 'business-licence', 'old-permit'],
        after: ['old-permit', 'business-licence', 'application'],
      },
    ]);
  });

  it('reports a scenario option added, and a changed option field, by key', () => {
    const after = validItemContent();
    const options = after.scenarios[0]!.options;
    options.splice(1, 0, { key: 'renew', label: '延续', promisedLimitDays: null, note: '' });
    options[2]!.promisedLimitDays = 7;
    expect(diffContents(validItemContent(), after)).toEqual([
      {
        path: 'scenarios/situation/options/renew',
        label: '办理情形 › 您办理的是哪种情形？ › 选项 › 延续',
        kind: 'added',
        before: null,
        after: { key: 'renew', label: '延续', promisedLimitDays: null, note: '' },
      },
      {
        path: 'scenarios/situation/options/change/promisedLimitDays',
        label: '办理情形 › 您办理的是哪种情形？ › 选项 › 变更许可事项 › 承诺办结时限',
        kind: 'changed',
        before: 5,
        after: 7,
      },
    ]);
  });

  it('compares fees by index, field by field', () => {
    const after = immediateItemContent();
    after.fees[0]!.standard = '每页0.3元';
    expect(diffContents(immediateItemContent(), after)).toEqual([
      {
        path: 'fees/0/standard',
        label: '收费项目 › 档案材料复印费 › 收费标准',
        kind: 'changed',
        before: '每页0.5元',
        after: '每页0.3元',
      },
    ]);
  });

  it('reports an appended FAQ as one addition at its index', () => {
    const faq = { question: '可以委托他人办理吗？', answer: '可以，受托人须持委托书和本人身份证。' };
    const after = validItemContent();
    after.faqs.push(faq);
    expect(diffContents(validItemContent(), after)).toEqual([
      { path: 'faqs/1', label: '常见问题 › 可以委托他人办理吗？', kind: 'added', before: null, after: faq },
    ]);
  });

  it('compares nested material objects field by field and a null replacement as one value', () => {
    const after = validItemContent();
    after.materials[1]!.replacedBy!.label = '电子营业执照';
    after.materials[0]!.replacedBy = { kind: 'registry', ref: 'application_form', label: '在线填报' };
    expect(summary(diffContents(validItemContent(), after))).toEqual([
      'changed materials/application/replacedBy',
      'changed materials/business-licence/replacedBy/label',
    ]);
  });

  it('orders changes by schema field order, whatever the order of edits', () => {
    const after = validItemContent({ faqs: [], name: '食品经营许可（新办）', visits: 1 });
    after.materials[0]!.required = false;
    expect(summary(diffContents(validItemContent(), after))).toEqual([
      'changed name',
      'changed visits',
      'changed materials/application/required',
      'removed faqs/0',
    ]);
  });

  it('falls back to positions when material keys are duplicated (an invalid draft)', () => {
    const before = validItemContent();
    before.materials[2]!.key = 'application';
    const after = validItemContent();
    after.materials[2]!.key = 'application';
    after.materials[2]!.paperSpec = 'A4';
    expect(summary(diffContents(before, after))).toEqual(['changed materials/2/paperSpec']);
  });

  it('labels every top-level field of the schema in Chinese', () => {
    expect(Object.keys(FIELD_LABELS).sort()).toEqual(Object.keys(ItemContent.properties).sort());
    for (const label of Object.values(FIELD_LABELS)) expect(label).toMatch(/^[\u4e00-\u9fff]+$/);
  });
});
