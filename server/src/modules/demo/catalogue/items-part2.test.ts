/**
 * The demo items of 卫健委 (wjw), 教育局 (jyj) and 人社局 (rsj) are publishable as the seed will store them:
 * every item passes the quality rules Q01–Q17 and the ItemContent schema, slugs and codes are unique, and
 * every blank form belongs to a material of its item and has a complete filled sample.
 */
import { describe, expect, it } from 'vitest';
import { validatorCompiler } from '../../../http/validation.js';
import { ItemContent } from '../../catalogue/item-content.js';
import { checkQuality } from '../../catalogue/quality-rules.js';
import type { DemoItem } from './demo-item.js';
import { JYJ_ITEMS } from './items-jyj.js';
import { RSJ_ITEMS } from './items-rsj.js';
import { WJW_ITEMS } from './items-wjw.js';

const ITEMS: DemoItem[] = [...WJW_ITEMS, ...JYJ_ITEMS, ...RSJ_ITEMS];
/** What the seed does: the hall and the generated result sample are filled in before the content is stored. */
const RESULT_SAMPLE_ID = '00000000-0000-4000-8000-0000000000aa';
const stored = (item: DemoItem): ItemContent => ({ ...item.content, hallId: null, resultSampleFileId: RESULT_SAMPLE_ID });

const validate = validatorCompiler({ schema: ItemContent, method: 'POST', url: '/', httpPart: 'body' });

const duplicatesOf = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);

describe('demo items of wjw, jyj and rsj', () => {
  it('are the slugs the bundles reference, in their departments', () => {
    expect(WJW_ITEMS.map((i) => i.slug)).toEqual([
      'birth-medical-certificate',
      'physician-registration',
      'nurse-registration',
      'medical-institution-licence',
      'birth-service-registration',
    ]);
    expect(JYJ_ITEMS.map((i) => i.slug)).toEqual(['private-school-establishment', 'teacher-qualification', 'school-enrolment']);
    expect(RSJ_ITEMS.map((i) => i.slug)).toEqual([
      'social-security-card',
      'retirement-approval',
      'urban-rural-pension',
      'unemployment-benefit',
      'employee-insurance-registration',
      'employment-card',
      'resident-medical-insurance',
    ]);
    expect(WJW_ITEMS.every((i) => i.department === 'wjw')).toBe(true);
    expect(JYJ_ITEMS.every((i) => i.department === 'jyj')).toBe(true);
    expect(RSJ_ITEMS.every((i) => i.department === 'rsj')).toBe(true);
  });

  it('have unique slugs, 13-digit code suffixes and basic codes inside the department block', () => {
    expect(duplicatesOf(ITEMS.map((i) => i.slug))).toEqual([]);
    expect(duplicatesOf(ITEMS.map((i) => i.codeSuffix))).toEqual([]);
    expect(duplicatesOf(ITEMS.map((i) => i.content.basicCode))).toEqual([]);
    const block = { wjw: '201', jyj: '202', rsj: '203' } as Record<string, string>;
    for (const item of ITEMS) {
      expect(item.codeSuffix, item.slug).toMatch(/^\d{13}$/);
      expect(item.content.basicCode, item.slug).toMatch(/^\d{12}$/);
      expect(item.codeSuffix.slice(0, 3), item.slug).toBe(block[item.department]);
      expect(item.content.basicCode.slice(0, 3), item.slug).toBe(block[item.department]);
    }
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

    it('has 3–8 materials, 2–4 FAQs, a few aliases and a plausible popularity', () => {
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
          // Samples never carry an ID number, real or fictional-looking (18 digits, last may be X).
          expect(value, `${key}/${field}`).not.toMatch(/\d{17}[\dX]/);
          if (/电话/.test(field)) expect(value, `${key}/${field}`).toMatch(/^0999-\d{3,8}$/);
        }
      }
    });
  });

  it('phones are the department hotline for 咨询 and 12345 for 投诉', () => {
    const phone = { wjw: '0999-12320', jyj: '0999-6103001', rsj: '0999-12333' } as Record<string, string>;
    for (const item of ITEMS) {
      expect(item.content.consultPhone, item.slug).toBe(phone[item.department]);
      expect(item.content.complaintPhone, item.slug).toBe('0999-12345');
    }
  });

  it('every item has a 办理情形 that changes its materials', () => {
    const without = ITEMS.filter((i) => !i.content.materials.some((m) => m.appliesWhen.length > 0)).map((i) => i.slug);
    expect(without).toEqual([]);
  });
});
