import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@onewindow/common/forms';
import type { UploadedFile } from '../uploads/upload-file';
import {
  bundleDocuments,
  bundleParts,
  carriedFields,
  changeForm,
  documentKey,
  documentOfMaterial,
  initialBundleState,
  missingDocuments,
  sameQuestions,
  type BundleItemContext,
} from './bundle-apply-state';
import type { Material } from './types';

const file = (id: string): UploadedFile => ({
  id,
  fileName: `${id}.pdf`,
  mediaType: 'application/pdf',
  sizeBytes: 10,
  sha256: 'ab'.repeat(32),
  scanStatus: 'clean',
  createdAt: '2026-01-05T00:00:00Z',
});

const material = (key: string, name: string, required: boolean, appliesWhen: Material['appliesWhen'] = []) =>
  ({ key, name, required, appliesWhen, replacedBy: null }) as unknown as Material;

const text = { type: 'string', minLength: 1, maxLength: 50 };
const form = (props: Record<string, unknown>, labels: Record<string, string>): FormDefinition => ({
  schema: { type: 'object', properties: props },
  ui: { order: Object.keys(props), fields: Object.fromEntries(Object.entries(labels).map(([k, label]) => [k, { label }])) },
});

const commitment = { type: 'boolean', const: true };
const birthCert: BundleItemContext = {
  itemCode: 'A',
  itemName: '出生医学证明签发',
  scenarios: [],
  materials: [material('ids', '父母双方居民身份证', true), material('record', '新生儿医学出生记录复印件', true)],
  prefill: { data: { applicantName: '张三' }, prefilled: ['applicantName'] },
  form: form(
    { applicantName: text, babyName: text, mother: { type: 'object', properties: { name: text } }, weight: text, commitment },
    { applicantName: '姓名', babyName: '新生儿姓名', mother: '母亲', weight: '体重', commitment: '本人承诺' },
  ),
};
const registration: BundleItemContext = {
  itemCode: 'B',
  itemName: '出生登记',
  scenarios: [
    {
      key: 'married',
      question: '父母是否已登记结婚？',
      options: [
        { key: 'yes', label: '是', promisedLimitDays: null, note: '' },
        { key: 'no', label: '否', promisedLimitDays: null, note: '' },
      ],
    },
  ] as BundleItemContext['scenarios'],
  materials: [
    material('parents', '《父母双方居民身份证》', true),
    material('marriage', '父母结婚证', true, [{ scenario: 'married', options: ['yes'] }]),
    material('dna', '亲子鉴定意见书', true, [{ scenario: 'married', options: ['no'] }]),
    material('cert', '出生医学证明（原件）', false),
  ],
  prefill: { data: { applicantName: '张三' }, prefilled: ['applicantName'] },
  form: form(
    // babyName asks the same; weight has another schema; mother has another label
    {
      applicantName: text,
      babyName: text,
      weight: { type: 'integer' },
      mother: { type: 'object', properties: { name: text } },
      commitment,
    },
    { applicantName: '姓名', babyName: '新生儿姓名', weight: '体重', mother: '母亲信息', commitment: '本人承诺' },
  ),
};
const insurance: BundleItemContext = {
  itemCode: 'C',
  itemName: '医保参保登记',
  scenarios: [],
  materials: [material('cert', '出生医学证明', true)],
  prefill: { data: {}, prefilled: [] },
  form: form({ babyName: text }, { babyName: '新生儿姓名' }),
};
const noForm: BundleItemContext = {
  itemCode: 'D',
  itemName: '无表事项',
  scenarios: [],
  materials: [],
  prefill: { data: {}, prefilled: [] },
  form: null,
};
const items = [birthCert, registration, insurance];

describe('documentKey', () => {
  it('is the catalogue rule: quotes, spaces and a trailing 原件/复印件 do not make another document', () => {
    expect(documentKey('《父母双方居民身份证》')).toBe(documentKey('父母双方居民身份证'));
    expect(documentKey('出生医学证明（原件）')).toBe('出生医学证明');
    expect(documentKey('户口簿 (复印件)')).toBe('户口簿');
    expect(documentKey('出生医学证明')).not.toBe(documentKey('新生儿医学出生记录复印件'));
  });
});

describe('bundleDocuments', () => {
  it('lists each document once with every item that needs it; required when any applicable use is', () => {
    const state = initialBundleState(items);
    const docs = bundleDocuments(items, state);
    expect(docs.map((d) => d.name)).toEqual([
      '父母双方居民身份证',
      '新生儿医学出生记录复印件',
      '父母结婚证',
      '亲子鉴定意见书',
      '出生医学证明（原件）',
    ]);
    expect(docs[0]!.uses.map((u) => `${u.itemCode}:${u.material.key}`)).toEqual(['A:ids', 'B:parents']);
    // optional for 出生登记, required for 医保参保登记
    const cert = docs.find((d) => d.key === '出生医学证明')!;
    expect(cert.required).toBe(true);
    expect(cert.uses.map((u) => u.itemCode)).toEqual(['B', 'C']);
  });

  it('follows each item’s own answers', () => {
    const state = initialBundleState(items);
    const answered = { ...state, parts: { ...state.parts, B: { ...state.parts.B!, answers: { married: 'yes' } } } };
    const names = bundleDocuments(items, answered).map((d) => d.name);
    expect(names).toContain('父母结婚证');
    expect(names).not.toContain('亲子鉴定意见书');
  });

  it('missingDocuments names the required ones without a file', () => {
    const state = { ...initialBundleState(items), files: { 父母双方居民身份证: [file('u1')] } };
    const docs = bundleDocuments(items, state);
    expect(missingDocuments(docs, state.files).map((d) => d.key)).toEqual([
      '新生儿医学出生记录复印件',
      '父母结婚证',
      '亲子鉴定意见书',
      '出生医学证明',
    ]);
    expect(documentOfMaterial(docs, '《出生医学证明》')?.key).toBe('出生医学证明');
  });
});

describe('bundleParts', () => {
  it('one part per item in order; a shared document’s files go to each item that needs it, under that item’s material key', () => {
    const base = initialBundleState(items);
    const state = {
      parts: { ...base.parts, B: { answers: { married: 'yes', stray: 'x' }, formData: { babyName: '小明' } } },
      files: { 父母双方居民身份证: [file('u1'), file('u2')], 父母结婚证: [file('u3')], 亲子鉴定意见书: [file('u9')], 出生医学证明: [] },
    };
    const parts = bundleParts(items, state);
    expect(parts.map((p) => p.itemCode)).toEqual(['A', 'B', 'C']);
    expect(parts[0]!.materials).toEqual([{ materialKey: 'ids', uploadIds: ['u1', 'u2'] }]);
    // the DNA report no longer applies once 已登记结婚 is chosen, so its file is not sent
    expect(parts[1]).toEqual({
      itemCode: 'B',
      formData: { babyName: '小明' },
      scenarioAnswers: { married: 'yes' },
      materials: [
        { materialKey: 'parents', uploadIds: ['u1', 'u2'] },
        { materialKey: 'marriage', uploadIds: ['u3'] },
      ],
    });
    expect(parts[2]!.materials).toEqual([]);
  });
});

describe('the same question in several forms', () => {
  it('sameQuestions: same name, schema and label; never a commitment', () => {
    expect(sameQuestions(birthCert.form as FormDefinition, registration.form as FormDefinition)).toEqual(['applicantName', 'babyName']);
  });

  it('carries an answer forward to later items that are blank or still hold the old answer', () => {
    let state = initialBundleState(items);
    state = changeForm(items, state, 0, { ...state.parts.A!.formData, babyName: '小', weight: '3200', commitment: true });
    expect(state.parts.B!.formData).toEqual({ applicantName: '张三', babyName: '小' });
    expect(state.parts.C!.formData).toEqual({ babyName: '小' });
    state = changeForm(items, state, 0, { ...state.parts.A!.formData, babyName: '小明' });
    expect(state.parts.B!.formData.babyName).toBe('小明');
    expect(state.parts.C!.formData.babyName).toBe('小明');
    // the commitment is each form's own
    expect(state.parts.B!.formData.commitment).toBeUndefined();
  });

  it('never goes backwards, and keeps a later answer the applicant changed on purpose', () => {
    let state = initialBundleState(items);
    state = changeForm(items, state, 0, { ...state.parts.A!.formData, babyName: '小明' });
    state = changeForm(items, state, 1, { ...state.parts.B!.formData, babyName: '王小明' });
    expect(state.parts.A!.formData.babyName).toBe('小明');
    expect(state.parts.C!.formData.babyName).toBe('王小明');
    state = changeForm(items, state, 0, { ...state.parts.A!.formData, babyName: '李小明' });
    expect(state.parts.B!.formData.babyName).toBe('王小明');
    // C held B's answer, not A's old one: left alone
    expect(state.parts.C!.formData.babyName).toBe('王小明');
  });

  it('clearing an answer clears the carried copies that still matched', () => {
    let state = initialBundleState(items);
    state = changeForm(items, state, 0, { ...state.parts.A!.formData, babyName: '小明' });
    const { babyName: _dropped, ...rest } = state.parts.A!.formData;
    state = changeForm(items, state, 0, rest);
    expect('babyName' in state.parts.B!.formData).toBe(false);
  });

  it('an item without a form is passed over', () => {
    const list = [birthCert, noForm, insurance];
    const state = changeForm(list, initialBundleState(list), 0, { babyName: '小明' });
    expect(state.parts.D!.formData).toEqual({});
    expect(state.parts.C!.formData.babyName).toBe('小明');
  });

  it('carriedFields names what came from an earlier item (not what 实名认证 prefilled)', () => {
    let state = initialBundleState(items);
    state = changeForm(items, state, 0, { ...state.parts.A!.formData, babyName: '小明' });
    expect(carriedFields(items, state, 1)).toEqual([{ key: 'babyName', label: '新生儿姓名', from: '出生医学证明签发' }]);
    expect(carriedFields(items, state, 0)).toEqual([]);
    state = changeForm(items, state, 2, { babyName: '另一个名字' });
    expect(carriedFields(items, state, 2)).toEqual([]);
  });
});
