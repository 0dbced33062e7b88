/**
 * Every demo item is publishable as the seed will store it — it passes the quality rules Q01–Q17 and the
 * ItemContent schema, slugs and codes are unique and inside the department's block, every blank form belongs
 * to a material and has a complete sample without ID numbers — and the 一件事 bundles reference items that
 * exist and suit the bundle's audience.
 */
import { describe, expect, it } from 'vitest';
import { validatorCompiler } from '../../../http/validation.js';
import { codesOf, LEGAL_PERSON_AUDIENCES } from '../../catalogue/code-lists.js';
import { ItemContent } from '../../catalogue/item-content.js';
import { checkQuality } from '../../catalogue/quality-rules.js';
import { DEMO_DEPARTMENTS } from '../demo-data.js';
import type { DemoItem } from './demo-item.js';
import { DEMO_BUNDLES, DEMO_ITEMS } from './index.js';

const ITEMS: DemoItem[] = DEMO_ITEMS;
const ALL_ITEMS = ITEMS;
/** The code block (first 3 digits of 基本编码 and of the 实施编码 suffix) given to each of these departments. */
/** Each department's block of basic codes and 实施编码 suffixes. */
const BLOCK: Record<string, string> = {
  scjg: '101',
  gaj: '102',
  mzj: '103',
  wjw: '201',
  jyj: '202',
  rsj: '203',
  zjj: '301',
  swj: '302',
  jtj: '303',
  gjj: '304',
};
/** What the seed does: the hall and the generated result sample are filled in before the content is stored. */
const RESULT_SAMPLE_ID = '00000000-0000-4000-8000-0000000000bb';
const stored = (item: DemoItem): ItemContent => ({ ...item.content, hallId: null, resultSampleFileId: RESULT_SAMPLE_ID });

const validate = validatorCompiler({ schema: ItemContent, method: 'POST', url: '/', httpPart: 'body' });

const duplicatesOf = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);

describe('demo items', () => {
  it('number at least 40, across every department but the 政务服务局', () => {
    expect(ITEMS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ITEMS.map((i) => i.department)).size).toBe(Object.keys(BLOCK).length);
  });

  it('have unique slugs, 13-digit code suffixes and 12-digit basic codes inside the department block', () => {
    expect(duplicatesOf(ITEMS.map((i) => i.slug))).toEqual([]);
    expect(duplicatesOf(ITEMS.map((i) => i.codeSuffix))).toEqual([]);
    expect(duplicatesOf(ITEMS.map((i) => i.content.basicCode))).toEqual([]);
    for (const item of ITEMS) {
      expect(item.codeSuffix, item.slug).toMatch(/^\d{13}$/);
      expect(item.content.basicCode, item.slug).toMatch(/^\d{12}$/);
      expect(item.codeSuffix.slice(0, 3), item.slug).toBe(BLOCK[item.department]);
      expect(item.content.basicCode.slice(0, 3), item.slug).toBe(BLOCK[item.department]);
    }
  });

  it('do not collide with the slugs and implementation codes of the other departments', () => {
    expect(duplicatesOf(ALL_ITEMS.map((i) => i.slug))).toEqual([]);
    expect(duplicatesOf(ALL_ITEMS.map((i) => `${i.department}:${i.codeSuffix}`))).toEqual([]);
  });

  describe.each(ITEMS.map((i) => [i.slug, i] as const))('%s', (_slug, item) => {
    it('validates against the ItemContent schema', () => {
      const ok = validate(stored(item));
      expect(ok, JSON.stringify((validate as unknown as { errors: unknown }).errors, null, 2)).toBe(true);
    });

    it('passes every publishing quality rule', () => {
      const problems = checkQuality(stored(item));
      expect(problems, problems.map((p) => `${p.rule} ${p.path}: ${p.message}`).join('\n')).toEqual([]);
    });

    it('has 3–8 materials, 2–4 FAQs, 2–5 aliases, a plausible popularity and its own online address', () => {
      const c = item.content;
      expect(c.materials.length).toBeGreaterThanOrEqual(3);
      expect(c.materials.length).toBeLessThanOrEqual(8);
      expect(c.faqs.length).toBeGreaterThanOrEqual(2);
      expect(c.faqs.length).toBeLessThanOrEqual(4);
      expect(c.aliases.length).toBeGreaterThanOrEqual(2);
      expect(c.aliases.length).toBeLessThanOrEqual(5);
      expect(item.popularity).toBeGreaterThanOrEqual(100);
      expect(item.popularity).toBeLessThanOrEqual(5000);
      expect(c.onlineUrl === '' || c.onlineUrl === `https://zwfw.shifan.gov.cn/apply/${item.slug}`).toBe(true);
      expect(c.address).toMatch(/^示范市东城区人民路 1 号 示范市政务服务中心 \d 楼 \d+ 号窗口/);
    });

    it('cites the legal basis by name and explains both time limits', () => {
      const c = item.content;
      expect(c.legalBasis).toMatch(/《[^》]+》/);
      expect(c.promisedLimitExplanation.trim()).not.toBe('');
      if (c.legalLimitDays !== null) expect(c.legalLimitExplanation).toMatch(/《[^》]+》/);
    });

    it('has at least one blank form, each for one of its materials, with 8–16 blanks and a full sample', () => {
      const keys = item.content.materials.map((m) => m.key);
      const forms = Object.entries(item.forms);
      expect(forms.length).toBeGreaterThanOrEqual(1);
      for (const [key, form] of forms) {
        expect(keys, `form ${key}`).toContain(key);
        expect(form.fields.length).toBeGreaterThanOrEqual(8);
        expect(form.fields.length).toBeLessThanOrEqual(16);
        expect(duplicatesOf(form.fields)).toEqual([]);
        expect(Object.keys(form.sample ?? {}).sort()).toEqual([...form.fields].sort());
        for (const [field, value] of Object.entries(form.sample ?? {})) {
          expect(value.trim(), `${key}/${field}`).not.toBe('');
          // Samples never carry an ID number, real or fictional-looking (18 digits, the last may be X).
          expect(value, `${key}/${field}`).not.toMatch(/\d{17}[\dX]/);
          if (/电话/.test(field)) expect(value, `${key}/${field}`).toMatch(/0999-\d{3,8}/);
        }
      }
    });
  });

  it('use the department hotline for 咨询 and 12345 for 投诉', () => {
    for (const item of ITEMS) {
      const dept = DEMO_DEPARTMENTS.find((d) => d.key === item.department)!;
      expect(item.content.consultPhone, item.slug).toBe(dept.phone);
      expect(item.content.complaintPhone, item.slug).toBe('0999-12345');
    }
  });

  it('give the 公积金中心 the nature of an 授权组织 and the other departments that of a 法定机关', () => {
    for (const item of ITEMS) {
      expect(item.content.subjectNature, item.slug).toBe(item.department === 'gjj' ? '2' : '1');
    }
  });

  it('let scenarios change the materials in most items', () => {
    const withMaterialScenarios = ITEMS.filter((i) => i.content.materials.some((m) => m.appliesWhen.length > 0));
    expect(withMaterialScenarios.length).toBeGreaterThanOrEqual(25);
  });
});

describe('demo bundles', () => {
  const bySlug = new Map(ALL_ITEMS.map((i) => [i.slug, i]));

  it('include the four 一件事 of the brief with their items in order', () => {
    const items = (code: string) => DEMO_BUNDLES.find((b) => b.code === code)?.items;
    expect(items('newborn')).toEqual([
      'birth-medical-certificate',
      'birth-registration',
      'resident-medical-insurance',
      'social-security-card',
    ]);
    expect(items('restaurant')).toEqual([
      'individual-business-registration',
      'food-business-licence',
      'tax-registration',
      'employee-insurance-registration',
    ]);
    expect(items('retirement')).toEqual(['retirement-approval', 'housing-fund-withdrawal', 'social-security-card']);
    expect(items('company')).toEqual([
      'company-establishment',
      'tax-registration',
      'employee-insurance-registration',
      'housing-fund-deposit-registration',
    ]);
  });

  it('have unique codes the bundles table accepts, a theme of their audience and a real description', () => {
    expect(DEMO_BUNDLES.length).toBeGreaterThanOrEqual(4);
    expect(duplicatesOf(DEMO_BUNDLES.map((b) => b.code))).toEqual([]);
    for (const b of DEMO_BUNDLES) {
      // bundles.code CHECK (code ~ '^[a-z][a-z0-9-]{1,39}$'), name 1–100 characters (0006_catalogue.sql).
      expect(b.code).toMatch(/^[a-z][a-z0-9-]{1,39}$/);
      expect(b.name.length).toBeGreaterThan(0);
      expect(b.name.length).toBeLessThanOrEqual(100);
      expect(b.name.endsWith('一件事'), b.code).toBe(true);
      expect(codesOf(b.audience === 'person' ? 'person_theme' : 'enterprise_theme'), b.code).toContain(b.theme);
      expect(b.description.length, b.code).toBeGreaterThanOrEqual(80);
      expect(b.items.length, b.code).toBeGreaterThanOrEqual(2);
      expect(duplicatesOf(b.items), b.code).toEqual([]);
    }
  });

  it('reference only items of the demo catalogue, and every item serves the bundle audience', () => {
    for (const b of DEMO_BUNDLES) {
      for (const slug of b.items) {
        const item = bySlug.get(slug);
        expect(item, `${b.code}: ${slug}`).toBeDefined();
        const audiences = item!.content.audiences;
        const serves = b.audience === 'person' ? audiences.includes('1') : LEGAL_PERSON_AUDIENCES.some((a) => audiences.includes(a));
        expect(serves, `${b.code}: ${slug} serves ${audiences.join(',')}`).toBe(true);
      }
    }
  });

  it('involve several departments each', () => {
    for (const b of DEMO_BUNDLES) {
      const departments = new Set(b.items.map((s) => bySlug.get(s)?.department));
      expect(departments.size, b.code).toBeGreaterThanOrEqual(2);
    }
  });
});
