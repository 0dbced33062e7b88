import { describe, expect, it } from 'vitest';
import type { FormDefinition } from './form-definition.js';
import { prefillForm, type ApplicantFacts } from './prefill.js';

const form: FormDefinition = {
  schema: {
    type: 'object',
    properties: {
      name: { type: 'string' },
      idNumber: { type: 'string', format: 'id-number' },
      mobile: { type: 'string', format: 'mobile' },
      address: { type: 'string' },
      enterprise: {
        type: 'object',
        properties: { name: { type: 'string' }, uscc: { type: 'string', format: 'uscc' }, legalRep: { type: 'string' } },
      },
    },
  },
  ui: {
    order: ['name', 'idNumber', 'mobile', 'address', 'enterprise'],
    fields: {
      name: { label: '姓名', prefill: 'applicant.name' },
      idNumber: { label: '公民身份号码', prefill: 'applicant.idNumber' },
      mobile: { label: '手机号码', prefill: 'applicant.mobile' },
      address: { label: '地址' },
      enterprise: { label: '企业' },
      'enterprise.name': { label: '企业名称', prefill: 'enterprise.name' },
      'enterprise.uscc': { label: '统一社会信用代码', prefill: 'enterprise.uscc' },
      'enterprise.legalRep': { label: '法定代表人', prefill: 'enterprise.legalRepresentative' },
    },
  },
};

const facts: ApplicantFacts = {
  name: '张三',
  idNumber: '110105194912310021',
  mobile: '13800138000',
  enterprise: { name: '示范市好味道餐饮有限公司', uscc: '91350100MA0000000X', legalRepresentative: '钱老板' },
};

describe('prefillForm', () => {
  it('fills every blank the facts know, including nested fields', () => {
    const { data, prefilled } = prefillForm(form, facts);
    expect(data).toEqual({
      name: '张三',
      idNumber: '110105194912310021',
      mobile: '13800138000',
      enterprise: { name: '示范市好味道餐饮有限公司', uscc: '91350100MA0000000X', legalRep: '钱老板' },
    });
    expect(prefilled).toEqual(['name', 'idNumber', 'mobile', 'enterprise.name', 'enterprise.uscc', 'enterprise.legalRep']);
  });

  it('keeps what the applicant typed and does not mark a changed field', () => {
    const draft = { name: '张三', mobile: '13900139000', address: '人民路 1 号', enterprise: { name: '' } };
    const { data, prefilled } = prefillForm(form, facts, draft);
    expect(data.mobile).toBe('13900139000');
    expect(data.address).toBe('人民路 1 号');
    expect(data.enterprise).toEqual({ name: '示范市好味道餐饮有限公司', uscc: '91350100MA0000000X', legalRep: '钱老板' });
    expect(prefilled).toEqual(['name', 'idNumber', 'enterprise.name', 'enterprise.uscc', 'enterprise.legalRep']);
    expect(draft).toEqual({ name: '张三', mobile: '13900139000', address: '人民路 1 号', enterprise: { name: '' } });
  });

  it('skips facts that are unknown or blank (a person without an enterprise)', () => {
    const { data, prefilled } = prefillForm(form, { name: '  ', idNumber: '110105194912310021' });
    expect(data).toEqual({ idNumber: '110105194912310021' });
    expect(prefilled).toEqual(['idNumber']);
  });
});
