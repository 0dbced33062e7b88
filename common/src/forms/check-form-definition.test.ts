import { describe, expect, it } from 'vitest';
import type { FormDefinition } from './form-definition.js';
import { checkFormDefinition } from './validate-form.js';

const base = (): FormDefinition => ({
  schema: {
    type: 'object',
    required: ['name'],
    properties: {
      name: { type: 'string' },
      kind: { type: 'string', enum: ['新办', '变更'] },
      count: { type: 'integer' },
      members: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } },
    },
  },
  ui: {
    order: ['name', 'kind', 'count', 'members'],
    fields: {
      name: { label: '姓名', prefill: 'applicant.name' },
      kind: { label: '类型', widget: 'radio' },
      count: { label: '人数', widget: 'number' },
      members: { label: '成员' },
      'members.name': { label: '成员姓名' },
    },
    sections: [
      { title: '基本信息', fields: ['name', 'kind'] },
      { title: '其他', fields: ['count', 'members'] },
    ],
  },
});

const messages = (def: FormDefinition) => checkFormDefinition(def).map((p) => p.message);

describe('checkFormDefinition', () => {
  it('accepts a well-formed definition', () => {
    expect(checkFormDefinition(base())).toEqual([]);
  });

  it('refuses a schema that is not an object form', () => {
    const def = base();
    def.schema = { type: 'array' };
    expect(messages(def)).toEqual(['表单结构必须是 type 为 object 且带 properties 的 JSON Schema']);
  });

  it('refuses a schema Ajv 2020 cannot compile (unknown keyword, unknown format)', () => {
    const def = base();
    (def.schema.properties as Record<string, unknown>).name = { type: 'string', format: 'no-such-format' };
    expect(messages(def)[0]).toMatch(/^表单结构无法编译：.*no-such-format/);
    const def2 = base();
    (def2.schema.properties as Record<string, unknown>).name = { type: 'string', maxLenght: 3 };
    expect(messages(def2)[0]).toMatch(/^表单结构无法编译：.*maxLenght/);
  });

  it('checks order, ui keys, labels, widgets and prefill', () => {
    const def = base();
    def.ui.order = ['name', 'name', 'ghost', 'count', 'members'];
    def.ui.fields.ghost = { label: '幽灵' };
    def.ui.fields.count = { label: '人数', widget: 'date' };
    def.ui.fields.kind = { label: '', widget: 'radio' };
    def.ui.fields['members.name'] = { label: '成员姓名', prefill: 'applicant.name' };
    def.ui.sections = undefined;
    expect(messages(def)).toEqual([
      '显示顺序中「name」重复出现',
      '显示顺序中的「ghost」不是表单字段',
      '字段「kind」未列入显示顺序',
      '字段「人数」的控件「date」与其数据类型不符',
      '字段「成员姓名」在列表中，不能预填',
      '界面配置中的「ghost」不是表单字段',
      '字段「kind」缺少标签',
    ]);
  });

  it('checks sections and required names', () => {
    const def = base();
    def.schema.required = ['name', 'nobody'];
    def.ui.sections = [
      { title: '基本信息', fields: ['name', 'kind', 'nope'] },
      { title: '其他', fields: ['kind'] },
    ];
    expect(messages(def)).toEqual([
      '必填字段「nobody」未在 properties 中定义',
      '分组「基本信息」中的「nope」不是表单字段',
      '字段「kind」同时出现在多个分组中',
      '字段「count」不属于任何分组',
      '字段「members」不属于任何分组',
    ]);
  });

  it('allows one level of nesting only', () => {
    const def = base();
    (def.schema.properties as Record<string, unknown>).members = {
      type: 'array',
      items: { type: 'object', properties: { address: { type: 'object', properties: { city: { type: 'string' } } } } },
    };
    def.ui.fields['members.address'] = { label: '地址' };
    delete def.ui.fields['members.name'];
    expect(messages(def)).toEqual(['字段「members.address」嵌套过深：表单最多一层嵌套']);
  });

  it('refuses a select without options and a prefill on a number', () => {
    const def = base();
    def.ui.fields.name = { label: '姓名', widget: 'select' };
    def.ui.fields.count = { label: '人数', prefill: 'applicant.mobile' };
    expect(messages(def)).toEqual(['字段「姓名」的控件「select」与其数据类型不符', '字段「人数」不是文本，不能预填']);
  });
});
