import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@onewindow/common/forms';
import { childPaths, errorsByPath, fieldId, fieldModel, sectionsOf, unplacedErrors } from './form-layout';

const form: FormDefinition = {
  schema: {
    type: 'object',
    required: ['name', 'members'],
    properties: {
      name: { type: 'string' },
      note: { type: 'string' },
      kind: { type: 'string', enum: ['新办', '变更'] },
      born: { type: 'string', format: 'date' },
      area: { type: 'string', format: 'division-code' },
      legal: { type: 'object', required: ['idNumber'], properties: { name: { type: 'string' }, idNumber: { type: 'string' } } },
      members: { type: 'array', items: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } },
    },
  },
  ui: {
    order: ['name', 'note', 'kind', 'born', 'area', 'legal', 'members'],
    fields: {
      name: { label: '姓名' },
      note: { label: '说明', widget: 'textarea' },
      kind: { label: '类型', widget: 'radio', span: 2 },
      born: { label: '出生日期' },
      area: { label: '区划' },
      legal: { label: '法定代表人' },
      'legal.idNumber': { label: '身份证号' },
      members: { label: '成员' },
      'members.name': { label: '成员姓名' },
    },
  },
};

describe('form layout', () => {
  it('shows one untitled section in order when the form has none', () => {
    expect(sectionsOf(form)).toEqual([{ title: null, fields: form.ui.order }]);
  });

  it('derives widget, required mark and width of each field', () => {
    expect(fieldModel(form, 'name')).toMatchObject({ label: '姓名', widget: 'input', required: true, span: 1, kind: 'value' });
    expect(fieldModel(form, 'note')).toMatchObject({ widget: 'textarea', required: false, span: 2 });
    expect(fieldModel(form, 'kind')).toMatchObject({ widget: 'radio', span: 2 });
    expect(fieldModel(form, 'born')?.widget).toBe('date');
    expect(fieldModel(form, 'area')?.widget).toBe('division');
    expect(fieldModel(form, 'legal')).toMatchObject({ kind: 'group', span: 2, required: false });
    expect(fieldModel(form, 'legal.idNumber')).toMatchObject({ label: '身份证号', required: true });
    expect(fieldModel(form, 'legal.name')).toMatchObject({ label: 'name', required: false });
    expect(fieldModel(form, 'members')).toMatchObject({ kind: 'list', required: true });
    expect(fieldModel(form, 'members.name')).toMatchObject({ label: '成员姓名', required: true });
    expect(fieldModel(form, 'ghost')).toBeNull();
  });

  it('lists the child fields of groups and list items', () => {
    expect(childPaths(fieldModel(form, 'legal')!)).toEqual(['legal.name', 'legal.idNumber']);
    expect(childPaths(fieldModel(form, 'members')!)).toEqual(['members.name']);
  });

  it('places errors under their fields and collects the rest', () => {
    const errors = [
      { path: 'name', message: '请填写「姓名」' },
      { path: 'members.1.name', message: '请填写「成员」第 2 项「成员姓名」' },
      { path: 'name', message: '「姓名」不能超过 5 个字' },
      { path: '', message: '表单应为一组信息' },
    ];
    expect(errorsByPath(errors).get('name')).toEqual(['请填写「姓名」', '「姓名」不能超过 5 个字']);
    expect(errorsByPath(errors).get('members.1.name')).toHaveLength(1);
    expect(unplacedErrors(form, errors)).toEqual([{ path: '', message: '表单应为一组信息' }]);
    expect(fieldId('members.1.name')).toBe('form-members-1-name');
  });
});
