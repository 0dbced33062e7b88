import { describe, expect, it } from 'vitest';
import { checkFormDefinition, prefillForm, validateFormData, type FormDefinition } from '@onewindow/common/forms';
import { idNumberCheckChar, usccCheckChar } from '@onewindow/common/validators';
import { DEMO_ITEMS } from '../index.js';
import { DEMO_FORMS } from './index.js';

const ID = (first17: string) => first17 + idNumberCheckChar(first17);
const USCC = (first17: string) => first17 + usccCheckChar(first17);
const SHARED = new Set([
  'applicantName',
  'applicantIdNumber',
  'applicantMobile',
  'gender',
  'birthDate',
  'unitName',
  'unitUscc',
  'legalRepresentative',
  'handlerName',
  'handlerMobile',
  'byAgent',
  'agent',
  'deliveryMethod',
  'mailingAddress',
  'commitment',
]);

const person = { name: '张三', idNumber: ID('35010219900307101'), mobile: '13800138000' };
const enterprise = {
  ...person,
  enterprise: { name: '示范市好味道餐饮有限公司', uscc: USCC('91350102MA0000001'), legalRepresentative: '钱老板' },
};

describe('DEMO_FORMS', () => {
  it('has exactly one form per demo item, keyed by slug', () => {
    expect(Object.keys(DEMO_FORMS).sort()).toEqual(DEMO_ITEMS.map((i) => i.slug).sort());
  });

  it.each(Object.entries(DEMO_FORMS))('%s passes checkFormDefinition', (_slug, form) => {
    expect(checkFormDefinition(form)).toEqual([]);
  });

  it.each(Object.entries(DEMO_FORMS))('%s has prefilled applicant facts, its own fields and a commitment', (_slug, form) => {
    const ui = form.ui.fields;
    expect(Object.values(ui).some((f) => f.prefill === 'applicant.name')).toBe(true);
    expect(form.ui.order.filter((name) => !SHARED.has(name)).length).toBeGreaterThanOrEqual(3);
    expect(form.schema.required).toContain('commitment');
    expect(form.ui.sections?.at(-1)?.title).toBe('申请人承诺');
  });

  it.each(Object.entries(DEMO_FORMS))('%s reports every missing required field of an empty form in Chinese', (_slug, form) => {
    const { data, prefilled } = prefillForm(form, enterprise);
    expect(prefilled.length).toBeGreaterThanOrEqual(3);
    const errors = validateFormData(form, data);
    const required = (form.schema.required as string[]).filter((name) => data[name] === undefined);
    expect(errors.map((e) => e.path).sort()).toEqual(expect.arrayContaining(required.sort()));
    for (const e of errors) expect(e.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(errors.filter((e) => prefilled.includes(e.path))).toEqual([]);
  });
});

const WRONG_CHECK_ID = ((first17: string) => first17 + (idNumberCheckChar(first17) === '0' ? '1' : '0'))('35010219900307123');

const fill = (form: FormDefinition, values: Record<string, unknown>) => ({
  ...prefillForm(form, enterprise).data,
  commitment: true,
  ...values,
});

describe('a filled demo form', () => {
  const food = DEMO_FORMS['food-business-licence']!;
  const foodValues = {
    applicationType: '新办',
    premises: '示范市东城区人民路 88 号 1 层',
    premisesDivision: '350102',
    businessFormat: '餐饮服务经营者',
    businessItems: ['热食类食品制售', '自制饮品制售'],
    safetyManager: { name: '孙七', idNumber: ID('35010219880512202'), mobile: '13900139000' },
    deliveryMethod: '电子证书（网上下载）',
  };

  it('is valid when complete', () => {
    expect(validateFormData(food, fill(food, foodValues))).toEqual([]);
  });

  it('requires the conditional fields of the chosen situation', () => {
    const errors = validateFormData(food, fill(food, { ...foodValues, applicationType: '变更', online: true, deliveryMethod: '免费邮寄' }));
    expect(errors).toEqual([
      { path: 'originalLicenceNumber', message: '请填写「原食品经营许可证编号」' },
      { path: 'changeDescription', message: '请填写「变更事项及内容」' },
      { path: 'onlinePlatform', message: '请填写「网络经营平台名称或自建网站域名」' },
      { path: 'mailingAddress', message: '请填写「邮寄地址」' },
    ]);
  });

  it('lists the problems of family members one by one', () => {
    const form = DEMO_FORMS['individual-business-registration']!;
    const errors = validateFormData(
      form,
      fill(form, {
        gender: '男',
        organisationForm: '家庭经营',
        premises: '示范市东城区人民路 9 号',
        premisesDivision: '350102',
        premisesPostcode: '350001',
        premisesSource: '租赁',
        businessScope: '日用百货零售',
        employees: 2,
        capital: 10,
        familyMembers: [{ name: '李四', idNumber: WRONG_CHECK_ID }],
        deliveryMethod: '窗口领取',
      }),
    );
    expect(errors).toEqual([
      {
        path: 'familyMembers.0.idNumber',
        message: '「参加经营的家庭成员」第 1 项「公民身份号码」不是有效的公民身份号码，请核对出生日期和最后一位校验码',
      },
    ]);
  });
});
