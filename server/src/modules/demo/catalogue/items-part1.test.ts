/**
 * The demo items of 市场监管局, 公安局 and 民政局 (items-scjg/gaj/mzj.ts) are publishable as the seed stores them:
 * every item passes the quality rules Q01–Q17 and the ItemContent schema, codes and slugs are unique, and
 * the blank forms belong to materials and carry only placeholder personal numbers.
 */
import { Ajv } from 'ajv';
import addFormatsImport from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ItemContent } from '../../catalogue/item-content.js';
import { checkQuality } from '../../catalogue/quality-rules.js';
import { DEMO_DEPARTMENTS } from '../demo-data.js';
import type { DemoItem } from './demo-item.js';
import { GAJ_ITEMS } from './items-gaj.js';
import { MZJ_ITEMS } from './items-mzj.js';
import { SCJG_ITEMS } from './items-scjg.js';

const addFormats = addFormatsImport as unknown as (ajv: Ajv) => Ajv;
const validateContent = addFormats(new Ajv({ allErrors: true, strict: false })).compile(ItemContent);

/** The result sample the seed generates from `resultName`. */
const DUMMY_FILE_ID = '00000000-0000-4000-8000-000000000001';
const stored = (item: DemoItem): ItemContent => ({ ...item.content, hallId: null, resultSampleFileId: DUMMY_FILE_ID });

const PARTS: ReadonlyArray<{ key: string; block: string; items: DemoItem[]; slugs: string[] }> = [
  {
    key: 'scjg',
    block: '101',
    items: SCJG_ITEMS,
    slugs: [
      'individual-business-registration',
      'company-establishment',
      'food-business-licence',
      'individual-business-deregistration',
      'special-equipment-registration',
    ],
  },
  {
    key: 'gaj',
    block: '102',
    items: GAJ_ITEMS,
    slugs: ['id-card', 'birth-registration', 'household-move-in', 'residence-permit', 'passport'],
  },
  {
    key: 'mzj',
    block: '103',
    items: MZJ_ITEMS,
    slugs: [
      'marriage-registration',
      'divorce-registration',
      'minimum-living-allowance',
      'elderly-care-filing',
      'social-organisation-registration',
    ],
  },
];
const ALL = PARTS.flatMap((p) => p.items);

/** A real-looking 18-character 公民身份号码 or 统一社会信用代码 (samples must use XXXXXXXXXXXXXXXXXX). */
const PERSONAL_NUMBER = /\d{17}[\dX]|[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}/;
/** A mobile number (samples use 0999- landlines only). */
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;

describe('demo catalogue items of scjg, gaj and mzj', () => {
  for (const part of PARTS) {
    it(`${part.key} has exactly its assigned slugs, department, code block and phone`, () => {
      const department = DEMO_DEPARTMENTS.find((d) => d.key === part.key)!;
      expect(part.items.map((i) => i.slug)).toEqual(part.slugs);
      for (const item of part.items) {
        expect(item.department, item.slug).toBe(part.key);
        expect(item.codeSuffix, item.slug).toMatch(new RegExp(`^${part.block}\\d{10}$`));
        expect(item.content.basicCode, item.slug).toMatch(new RegExp(`^${part.block}\\d{9}$`));
        expect(item.content.consultPhone, item.slug).toBe(department.phone);
      }
    });
  }

  it.each(ALL.map((i) => [i.slug, i] as const))('%s passes every publishing quality rule', (_slug, item) => {
    const problems = checkQuality(stored(item));
    expect(problems, problems.map((p) => `${p.rule} ${p.path}: ${p.message}`).join('\n')).toEqual([]);
  });

  it.each(ALL.map((i) => [i.slug, i] as const))('%s is valid ItemContent', (_slug, item) => {
    const valid = validateContent(stored(item));
    expect(valid, JSON.stringify(validateContent.errors, null, 2)).toBe(true);
  });

  it('slugs, codeSuffix and basicCode are unique', () => {
    for (const pick of [(i: DemoItem) => i.slug, (i: DemoItem) => i.codeSuffix, (i: DemoItem) => i.content.basicCode]) {
      const values = ALL.map(pick);
      expect(new Set(values).size).toBe(values.length);
    }
  });

  it.each(ALL.map((i) => [i.slug, i] as const))('%s has a realistic guide: aliases, materials, FAQs, online address', (_slug, item) => {
    const c = item.content;
    expect(c.aliases.length).toBeGreaterThanOrEqual(2);
    expect(c.aliases.length).toBeLessThanOrEqual(5);
    expect(c.materials.length).toBeGreaterThanOrEqual(3);
    expect(c.materials.length).toBeLessThanOrEqual(8);
    expect(c.faqs.length).toBeGreaterThanOrEqual(2);
    expect(c.faqs.length).toBeLessThanOrEqual(4);
    expect(item.popularity).toBeGreaterThanOrEqual(100);
    expect(item.popularity).toBeLessThanOrEqual(5000);
    expect(c.address).toContain('示范市东城区人民路 1 号 示范市政务服务中心');
    if (c.isOnline) expect(c.onlineUrl).toBe(`https://zwfw.shifan.gov.cn/apply/${item.slug}`);
    // Every 行政许可 cites a law in its basis and explains its statutory limit.
    if (c.itemType === '01') expect(c.legalLimitExplanation).toMatch(/《.+》/);
  });

  it.each(ALL.map((i) => [i.slug, i] as const))('%s has forms that belong to its materials and fill every blank', (_slug, item) => {
    const keys = new Set(item.content.materials.map((m) => m.key));
    const forms = Object.entries(item.forms);
    expect(forms.length).toBeGreaterThanOrEqual(1);
    for (const [key, form] of forms) {
      expect(keys.has(key), `form ${key} is not a material of ${item.slug}`).toBe(true);
      expect(form.fields.length).toBeGreaterThanOrEqual(8);
      expect(form.fields.length).toBeLessThanOrEqual(16);
      expect(new Set(form.fields).size).toBe(form.fields.length);
      expect(Object.keys(form.sample ?? {}).sort()).toEqual([...form.fields].sort());
      for (const [field, value] of Object.entries(form.sample ?? {})) {
        expect(value.trim(), `${key}.${field}`).not.toBe('');
        expect(value, `${key}.${field} must not look like a real ID number`).not.toMatch(PERSONAL_NUMBER);
        expect(value, `${key}.${field} must use a 0999- number`).not.toMatch(MOBILE);
      }
    }
  });

  it('most items have a 办理情形 that changes the materials', () => {
    const withScenarioMaterials = ALL.filter((i) => i.content.materials.some((m) => m.appliesWhen.length > 0));
    expect(withScenarioMaterials.length).toBeGreaterThanOrEqual(13);
  });
});
