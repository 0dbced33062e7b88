import { describe, expect, it } from 'vitest';
import type { UploadedFile } from '../uploads/upload-file';
import { applicableMaterials, draftBody, initialState, knownAnswers, materialsPayload, missingMaterials } from './apply-state';
import type { ApplyContext, DraftView, Material } from './types';

const file = (id: string): UploadedFile => ({
  id,
  fileName: `${id}.pdf`,
  mediaType: 'application/pdf',
  sizeBytes: 10,
  sha256: 'ab'.repeat(32),
  scanStatus: 'clean',
  createdAt: '2026-01-05T00:00:00Z',
});
const material = (key: string, required: boolean, appliesWhen: Material['appliesWhen'] = []) =>
  ({ key, name: `材料${key}`, required, appliesWhen, replacedBy: null }) as unknown as Material;

const materials = [material('app', true), material('lease', true, [{ scenario: 'premises', options: ['rent'] }]), material('extra', false)];
const scenarios = [
  {
    key: 'premises',
    question: '经营场所？',
    options: [
      { key: 'own', label: '自有', promisedLimitDays: null, note: '' },
      { key: 'rent', label: '租赁', promisedLimitDays: null, note: '' },
    ],
  },
] as ApplyContext['scenarios'];
const ctx = { prefill: { data: { name: '张三' }, prefilled: ['name'] } };

describe('initialState', () => {
  it('starts from the prefilled form without a draft', () => {
    expect(initialState(ctx, null)).toEqual({ answers: {}, formData: { name: '张三' }, files: {} });
  });

  it('resumes a draft: its answers, its form data, its files per material', () => {
    const draft: DraftView = {
      id: '00000000-0000-4000-8000-000000000001',
      itemCode: 'X',
      formData: { name: '李四', shop: '小店' },
      scenarioAnswers: { premises: 'rent' },
      materials: [
        { materialKey: 'lease', files: [{ id: 'f1', fileName: 'a.pdf', mediaType: 'application/pdf', sizeBytes: 3, sha256: 'cd' }] },
        { materialKey: 'app', files: [] },
      ],
      updatedAt: '2026-01-05T00:00:00Z',
    };
    const s = initialState(ctx, draft);
    expect(s.answers).toEqual({ premises: 'rent' });
    expect(s.formData).toEqual({ name: '李四', shop: '小店' });
    expect(Object.keys(s.files)).toEqual(['lease']);
    expect(s.files.lease![0]!.fileName).toBe('a.pdf');
  });
});

describe('materials', () => {
  it('follows the scenario answers like the guide: unanswered keeps conditional materials, another answer drops them', () => {
    expect(applicableMaterials(materials, {}).map((m) => m.key)).toEqual(['app', 'lease', 'extra']);
    expect(applicableMaterials(materials, { premises: 'own' }).map((m) => m.key)).toEqual(['app', 'extra']);
  });

  it('lists the required applicable materials without a file', () => {
    const state = { answers: { premises: 'rent' }, formData: {}, files: { app: [file('a')], extra: [] } };
    expect(missingMaterials(materials, state).map((m) => m.key)).toEqual(['lease']);
    expect(missingMaterials(materials, { ...state, answers: { premises: 'own' } })).toEqual([]);
  });

  it('submits only applicable materials with files; the draft keeps every file', () => {
    const state = {
      answers: { premises: 'own' },
      formData: { a: 1 },
      files: { app: [file('a'), file('b')], lease: [file('c')], extra: [] },
    };
    expect(materialsPayload(state, applicableMaterials(materials, state.answers))).toEqual([{ materialKey: 'app', uploadIds: ['a', 'b'] }]);
    expect(draftBody(state)).toEqual({
      formData: { a: 1 },
      scenarioAnswers: { premises: 'own' },
      materials: [
        { materialKey: 'app', uploadIds: ['a', 'b'] },
        { materialKey: 'lease', uploadIds: ['c'] },
      ],
    });
  });
});

it('keeps only answers to known questions with known options', () => {
  expect(knownAnswers(scenarios, { premises: 'rent', gone: 'x' })).toEqual({ premises: 'rent' });
  expect(knownAnswers(scenarios, { premises: 'boat' })).toEqual({});
});
