import { describe, expect, it } from 'vitest';
import { idNumberCheckChar, usccCheckChar } from '../validators.js';
import type { FormDefinition } from './form-definition.js';
import { checkFormDefinition, validateFormData } from './validate-form.js';

const ID = '11010519491231002' + idNumberCheckChar('11010519491231002');
const USCC = '91350100M000100Y4'.slice(0, 17) + usccCheckChar('91350100M000100Y4'.slice(0, 17));

const form: FormDefinition = {
  schema: {
    type: 'object',
    required: ['name', 'idNumber', 'mobile', 'kind', 'agree'],
    properties: {
      name: { type: 'string', minLength: 1, maxLength: 20 },
      idNumber: { type: 'string', format: 'id-number' },
      mobile: { type: 'string', format: 'mobile' },
      uscc: { type: 'string', format: 'uscc' },
      postcode: { type: 'string', format: 'postcode' },
      division: { type: 'string', format: 'division-code' },
      startDate: { type: 'string', format: 'date' },
      email: { type: 'string', format: 'email' },
      kind: {
        type: 'string',
        oneOf: [
          { const: 'new', title: '新办' },
          { const: 'change', title: '变更' },
        ],
      },
      headcount: { type: 'integer', minimum: 1, maximum: 500 },
      agent: {
        type: 'object',
        required: ['name', 'idNumber'],
        properties: { name: { type: 'string' }, idNumber: { type: 'string', format: 'id-number' } },
      },
      members: {
        type: 'array',
        maxItems: 3,
        items: {
          type: 'object',
          required: ['name'],
          properties: { name: { type: 'string' }, relation: { type: 'string', enum: ['配偶', '子女'] } },
        },
      },
      agree: { type: 'boolean', const: true },
    },
    if: { properties: { kind: { const: 'change' } }, required: ['kind'] },
    then: { required: ['uscc'] },
  },
  ui: {
    order: [
      'name',
      'idNumber',
      'mobile',
      'uscc',
      'postcode',
      'division',
      'startDate',
      'email',
      'kind',
      'headcount',
      'agent',
      'members',
      'agree',
    ],
    fields: {
      name: { label: '申请人姓名', prefill: 'applicant.name' },
      idNumber: { label: '公民身份号码', prefill: 'applicant.idNumber' },
      mobile: { label: '手机号码' },
      uscc: { label: '统一社会信用代码' },
      postcode: { label: '邮政编码' },
      division: { label: '所在区划', widget: 'division' },
      startDate: { label: '开始日期', widget: 'date' },
      email: { label: '电子邮箱' },
      kind: { label: '申请类型', widget: 'radio' },
      headcount: { label: '从业人数', widget: 'number' },
      agent: { label: '代理人' },
      'agent.name': { label: '代理人姓名' },
      'agent.idNumber': { label: '代理人身份证件号码' },
      members: { label: '家庭成员' },
      'members.name': { label: '姓名' },
      'members.relation': { label: '与申请人关系', widget: 'select' },
      agree: { label: '本人承诺所填信息真实有效', widget: 'checkbox' },
    },
  },
};

const valid = { name: '张三', idNumber: ID, mobile: '13800138000', kind: 'new', agree: true };

describe('validateFormData', () => {
  it('the fixture definition is publishable', () => {
    expect(checkFormDefinition(form)).toEqual([]);
  });

  it('accepts valid data, with optional blanks sent as empty strings', () => {
    expect(validateFormData(form, { ...valid, uscc: '', postcode: null, members: [] })).toEqual([]);
    expect(validateFormData(form, { ...valid, kind: 'change', uscc: USCC, division: '350102', postcode: '350001' })).toEqual([]);
  });

  it('reports every problem at once, in display order, in Chinese naming each label', () => {
    const errors = validateFormData(form, {
      name: '',
      idNumber: ID.slice(0, 17) + (ID[17] === '0' ? '1' : '0'),
      mobile: '12345',
      kind: 'other',
      headcount: 0,
      startDate: '2026-02-30',
      email: 'not-an-email',
    });
    expect(errors).toEqual([
      { path: 'name', message: '请填写「申请人姓名」' },
      { path: 'idNumber', message: '「公民身份号码」不是有效的公民身份号码，请核对出生日期和最后一位校验码' },
      { path: 'mobile', message: '「手机号码」不是有效的手机号码（11 位，以 1 开头）' },
      { path: 'startDate', message: '「开始日期」应为有效日期（年-月-日）' },
      { path: 'email', message: '「电子邮箱」不是有效的电子邮箱地址' },
      { path: 'kind', message: '「申请类型」请从给定选项中选择' },
      { path: 'headcount', message: '「从业人数」不能小于 1' },
      { path: 'agree', message: '请勾选「本人承诺所填信息真实有效」' },
    ]);
  });

  it.each([
    [
      'uscc',
      USCC.slice(0, 17) + (USCC[17] === '1' ? '2' : '1'),
      '「统一社会信用代码」不是有效的统一社会信用代码，请核对 18 位代码及最后一位校验码',
    ],
    ['postcode', '35000', '「邮政编码」应为 6 位数字的邮政编码'],
    ['division', '003501', '「所在区划」不是有效的行政区划代码'],
    ['mobile', '1380013800a', '「手机号码」不是有效的手机号码（11 位，以 1 开头）'],
  ])('format %s rejects %s', (path, value, message) => {
    expect(validateFormData(form, { ...valid, [path]: value })).toEqual([{ path, message }]);
  });

  it('accepts a lowercase x check character and 9/12-digit division codes', () => {
    const prefix = Array.from({ length: 100 }, (_, i) => `11010519900101${String(100 + i)}`).find((p) => idNumberCheckChar(p) === 'X')!;
    expect(validateFormData(form, { ...valid, idNumber: `${prefix}x` })).toEqual([]);
    expect(validateFormData(form, { ...valid, division: '350102001' })).toEqual([]);
    expect(validateFormData(form, { ...valid, division: '350102001002' })).toEqual([]);
  });

  it('names nested fields and list items', () => {
    const errors = validateFormData(form, {
      ...valid,
      agent: { idNumber: '110105194912310020' },
      members: [{ name: '李四', relation: '配偶' }, { relation: '朋友' }],
    });
    expect(errors).toEqual([
      { path: 'agent.name', message: '请填写「代理人姓名」' },
      { path: 'agent.idNumber', message: expect.stringContaining('「代理人身份证件号码」不是有效的公民身份号码') },
      { path: 'members.1.name', message: '请填写「家庭成员」第 2 项「姓名」' },
      { path: 'members.1.relation', message: '「家庭成员」第 2 项「与申请人关系」请从给定选项中选择' },
    ]);
  });

  it('applies if/then rules without a separate "if" error', () => {
    expect(validateFormData(form, { ...valid, kind: 'change' })).toEqual([{ path: 'uscc', message: '请填写「统一社会信用代码」' }]);
  });

  it('reports wrong types and unknown root data', () => {
    expect(validateFormData(form, { ...valid, headcount: '12' })).toEqual([{ path: 'headcount', message: '「从业人数」应为整数' }]);
    expect(validateFormData(form, [])).toEqual([{ path: '', message: '表单应为一组信息' }]);
  });

  it('falls back to the ajv-i18n Chinese text for rarer keywords', () => {
    const tooMany = Array.from({ length: 4 }, (_, i) => ({ name: `成员${i}` }));
    expect(validateFormData(form, { ...valid, members: tooMany })).toEqual([{ path: 'members', message: '「家庭成员」最多 3 项' }]);
    const withNot: FormDefinition = {
      schema: { type: 'object', properties: { code: { type: 'string', not: { const: '000000' } } } },
      ui: { order: ['code'], fields: { code: { label: '代码' } } },
    };
    expect(validateFormData(withNot, { code: '000000' })).toEqual([{ path: 'code', message: '「代码」不应当匹配 "not" schema' }]);
  });

  it('compiles a schema once and reuses it for equal schemas', () => {
    const copy = structuredClone(form);
    expect(validateFormData(copy, valid)).toEqual([]);
    expect(validateFormData(copy, { ...valid, mobile: '1' })).toHaveLength(1);
  });
});
