/** Application forms of 示范市税务局's demo items (新办纳税人，发票领用，最高开票限额审批，清税申报). */
import type { FormDefinition } from '@onewindow/common/forms';
import { unitForm } from './blocks.js';
import { choice, group, idNumber, int, mobile, multi, postcode, requireWhen, text, textarea, yesNo } from './form-builder.js';

const LIMITS = ['十万元', '一百万元', '一千万元', '一亿元'] as const;

export const SWJ_FORMS: Record<string, FormDefinition> = {
  'tax-registration': unitForm(
    [
      {
        title: '登记信息确认',
        fields: {
          taxpayerType: choice('纳税人类型', ['企业', '个体工商户']),
          registrationType: choice('登记注册类型', ['有限责任公司', '股份有限公司', '个人独资企业', '合伙企业', '个体工商户', '其他']),
          businessAddress: text('生产经营地址', { max: 200, span: 2 }),
          legalRepIdNumber: idNumber('法定代表人（负责人、业主）公民身份号码'),
          financeHead: group('财务负责人', {
            name: text('姓名', { max: 50 }),
            idNumber: idNumber('公民身份号码'),
            mobile: mobile('联系电话'),
          }),
          accounting: choice('核算方式', ['独立核算', '非独立核算']),
          accountingSystem: choice('适用会计制度', ['企业会计准则', '小企业会计准则', '个体工商户会计制度', '其他']),
          employees: int('从业人数', { min: 0, max: 1000000 }),
          needInvoice: yesNo('同时申领发票', { optional: true }),
        },
      },
    ],
    { legalRepLabel: '法定代表人（负责人、业主）' },
  ),

  'invoice-issuance': unitForm(
    [
      {
        title: '票种核定',
        fields: {
          invoiceKind: choice('发票形式', ['数电发票', '纸质发票'], {
            help: '数电发票无需领用，按发票总额度开具；纸质发票须核定领用数量。',
          }),
          invoiceTypes: multi('发票种类', ['增值税专用发票', '普通发票']),
          singleLimit: choice('单份发票最高开票限额', ['一万元', ...LIMITS], { optional: true }),
          monthlyQuantity: int('每月最高领用数量（份）', { optional: true, min: 1, max: 10000 }),
          holdingQuantity: int('持票最高数量（份）', { optional: true, min: 1, max: 10000 }),
          collectMethod: choice('领用方式', ['窗口领取', '免费邮寄'], { optional: true }),
          mailingAddress: text('邮寄地址', { optional: true, max: 200, span: 2 }),
        },
      },
    ],
    {
      rules: [
        requireWhen('invoiceKind', ['纸质发票'], ['singleLimit', 'monthlyQuantity', 'holdingQuantity', 'collectMethod']),
        requireWhen('collectMethod', ['免费邮寄'], ['mailingAddress']),
      ],
    },
  ),

  'vat-invoice-limit': unitForm(
    [
      {
        title: '申请事项',
        fields: {
          address: text('地址', { max: 200, span: 2 }),
          postcode: postcode(),
          matter: choice('申请事项', ['初次申请', '变更']),
          currentLimit: choice('原最高开票限额', LIMITS, { optional: true }),
          requestedLimit: choice('申请最高开票限额', LIMITS, { help: '最高开票限额为十万元及以下的，税务机关不需事前进行实地查验。' }),
          purchaser: text('购票人', { max: 50 }),
          reason: textarea('申请理由', { max: 1000, help: '请说明近期开票金额、主要客户和业务规模等情况。' }),
        },
      },
    ],
    { rules: [requireWhen('matter', ['变更'], ['currentLimit'])] },
  ),

  'tax-deregistration': unitForm(
    [
      {
        title: '清税申报',
        fields: {
          reason: choice('注销原因', ['经营期满', '被吊销营业执照', '股东会决议解散', '依法破产', '迁出本辖区', '其他']),
          situation: choice('办理情形', ['未办理过涉税事宜', '符合承诺制容缺办理条件', '一般情形']),
          attachments: textarea('附送资料', { optional: true, max: 500 }),
          promiseCommitment: textarea('容缺承诺事项', {
            optional: true,
            max: 500,
            help: '承诺在规定期限内补齐资料、办结涉税事项的，可先行出具清税文书。',
          }),
        },
      },
    ],
    { rules: [requireWhen('situation', ['符合承诺制容缺办理条件'], ['promiseCommitment'])] },
  ),
};
