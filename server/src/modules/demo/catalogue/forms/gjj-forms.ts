/** Application forms of 示范市住房公积金管理中心's demo items (提取，单位缴存登记，个人住房贷款). */
import type { FormDefinition } from '@onewindow/common/forms';
import { BANK_ACCOUNT, BANKS, YEAR_MONTH, personForm, unitForm } from './blocks.js';
import { amount, choice, group, idNumber, int, list, requireWhen, text } from './form-builder.js';

const FUND_ACCOUNT = { pattern: '^\\d{6,20}$', placeholder: '个人住房公积金账号' };

export const GJJ_FORMS: Record<string, FormDefinition> = {
  'housing-fund-withdrawal': personForm(
    [
      {
        title: '提取信息',
        fields: {
          accountNumber: text('个人公积金账号', FUND_ACCOUNT),
          employer: text('单位名称', { max: 100 }),
          reason: choice('提取原因', ['购买自住住房', '租赁自住住房', '离休、退休', '偿还购房贷款本息'], {
            help: '提取情形见《住房公积金管理条例》第二十四条。',
          }),
          propertyAddress: text('房屋坐落', { optional: true, max: 200, span: 2, help: '购房、还贷提取的填写。' }),
          amount: amount('提取金额（元）', { min: 0.01 }),
          bank: choice('收款银行', BANKS),
          bankAccount: text('收款账号', { pattern: BANK_ACCOUNT, help: '须为本人名下的银行账户。' }),
        },
      },
    ],
    { applicantTitle: '职工信息', rules: [requireWhen('reason', ['购买自住住房', '偿还购房贷款本息'], ['propertyAddress'])] },
  ),

  'housing-fund-deposit-registration': unitForm(
    [
      {
        title: '单位缴存信息',
        fields: {
          unitNature: choice('单位性质', ['企业', '机关事业单位', '社会团体', '民办非企业单位']),
          address: text('单位地址', { max: 200, span: 2 }),
          handlerIdNumber: idNumber('经办人公民身份号码'),
          unitRate: int('单位缴存比例（%）', {
            min: 5,
            max: 12,
            help: '职工和单位住房公积金的缴存比例均不得低于职工上一年度月平均工资的 5%（《住房公积金管理条例》第十八条）。',
          }),
          employeeRate: int('职工缴存比例（%）', { min: 5, max: 12 }),
          firstMonth: text('首次缴存年月', { pattern: YEAR_MONTH, placeholder: '如：2026-02' }),
          bank: choice('缴存银行', BANKS),
        },
      },
      {
        title: '职工开户清册',
        fields: {
          employees: list(
            '职工',
            { name: text('职工姓名', { max: 50 }), idNumber: idNumber('公民身份号码'), base: amount('缴存基数（元）', { min: 0.01 }) },
            {
              min: 1,
              max: 500,
              help: '单位应当自设立之日起 30 日内办理缴存登记，并为本单位职工办理住房公积金账户设立手续（《住房公积金管理条例》第十四条）。',
            },
          ),
        },
      },
    ],
    {},
  ),

  'housing-fund-loan': personForm(
    [
      {
        title: '借款人情况',
        fields: {
          accountNumber: text('个人公积金账号', FUND_ACCOUNT),
          employer: text('工作单位', { max: 100 }),
          maritalStatus: choice('婚姻状况', ['未婚', '已婚', '离异', '丧偶']),
          spouse: group('配偶', { name: text('姓名', { max: 50 }), idNumber: idNumber('公民身份号码') }, { optional: true }),
          monthlyIncome: amount('月收入（元）', { min: 0.01 }),
        },
      },
      {
        title: '房屋及贷款',
        fields: {
          houseType: choice('购房类型', ['新建商品房', '二手房', '自建住房']),
          propertyAddress: text('房屋坐落', { max: 200, span: 2 }),
          totalPrice: amount('房屋总价（元）', { min: 0.01 }),
          downPayment: amount('首付款（元）', { min: 0 }),
          loanAmount: amount('申请贷款金额（元）', { min: 0.01 }),
          termMonths: int('贷款期限（月）', { min: 12, max: 360 }),
          repayment: choice('还款方式', ['等额本息', '等额本金']),
        },
      },
    ],
    { applicantTitle: '借款人信息', rules: [requireWhen('maritalStatus', ['已婚'], ['spouse'])] },
  ),
};
