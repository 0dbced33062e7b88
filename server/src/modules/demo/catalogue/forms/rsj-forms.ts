/** Application forms of 示范市人力资源和社会保障局's demo items (社会保障卡，养老、失业、医疗保险，就业创业证). */
import type { FormDefinition } from '@onewindow/common/forms';
import { BANK_ACCOUNT, BANKS, GENDERS, YEAR_MONTH, personForm, unitForm } from './blocks.js';
import { amount, choice, date, division, group, idNumber, int, multi, requireWhen, text, uscc, yesNo } from './form-builder.js';

const gender = () => ({ gender: choice('性别', GENDERS), birthDate: date('出生日期') });
const payAccount = () => ({ bank: choice('发放银行', BANKS), bankAccount: text('银行账号', { pattern: BANK_ACCOUNT }) });

export const RSJ_FORMS: Record<string, FormDefinition> = {
  'social-security-card': personForm(
    [
      {
        title: '申领信息',
        fields: {
          applicationType: choice('申领类型', ['首次申领', '补领', '换领']),
          applicantRole: choice('申领方式', ['本人申领', '监护人为未成年人申领']),
          cardholder: group(
            '持卡人（未成年人）',
            { name: text('姓名', { max: 50 }), idNumber: idNumber('公民身份号码'), birthDate: date('出生日期') },
            { optional: true },
          ),
          ethnicity: text('民族', { max: 20 }),
          hukouAddress: text('户籍所在地', { max: 200, span: 2 }),
          residenceAddress: text('常住地址', { max: 200, span: 2 }),
          bank: choice('金融服务银行', BANKS),
        },
      },
    ],
    {
      applicant: gender(),
      agent: true,
      delivery: ['窗口领取', '免费邮寄'],
      rules: [requireWhen('applicantRole', ['监护人为未成年人申领'], ['cardholder'])],
    },
  ),

  'retirement-approval': personForm(
    [
      {
        title: '参保及退休信息',
        fields: {
          employer: text('参保单位名称', { max: 100 }),
          employerUscc: uscc('参保单位统一社会信用代码'),
          workStartDate: date('参加工作时间'),
          contributionYears: amount('累计缴费年限（年）', {
            max: 60,
            help: '达到法定退休年龄时累计缴费满十五年的，按月领取基本养老金（《中华人民共和国社会保险法》第十六条）；最低缴费年限自 2030 年起逐步提高至二十年。',
          }),
          retirementType: choice('退休类别', ['正常退休', '弹性提前退休', '特殊工种提前退休', '因病或非因工致残提前退休']),
          retirementDate: date('申请退休时间'),
          ...payAccount(),
        },
      },
    ],
    { applicant: gender() },
  ),

  'urban-rural-pension': personForm(
    [
      {
        title: '参保及待遇信息',
        fields: {
          hukouAddress: text('户籍地址', { max: 200, span: 2 }),
          startMonth: text('参保缴费起始年月', { pattern: YEAR_MONTH, placeholder: '如：2011-07' }),
          contributionYears: amount('累计缴费年限（年）', { max: 60 }),
          paymentSituation: choice('缴费情况', ['累计缴费满十五年', '不足十五年（申请补缴）']),
          otherPension: yesNo('是否已领取其他基本养老保障待遇', {
            optional: true,
            help: '已享受职工基本养老保险等待遇的，不能同时领取城乡居民养老保险待遇。',
          }),
          ...payAccount(),
        },
      },
    ],
    { applicant: gender(), agent: true },
  ),

  'unemployment-benefit': personForm(
    [
      {
        title: '失业信息',
        fields: {
          formerEmployer: text('原工作单位', { max: 100 }),
          formerEmployerUscc: uscc('原工作单位统一社会信用代码'),
          separationDate: date('离职日期'),
          separationReason: choice('离职原因', [
            '劳动合同期满终止',
            '用人单位解除劳动合同',
            '因用人单位过错本人解除劳动合同',
            '其他非本人意愿中断就业',
          ]),
          contributionMonths: int('失业前累计缴费月数', {
            min: 12,
            max: 720,
            help: '失业前用人单位和本人已经缴纳失业保险费满一年，且非因本人意愿中断就业，方可领取（《中华人民共和国社会保险法》第四十五条）。',
          }),
          jobIntention: text('求职意向', { optional: true, max: 100 }),
          residenceAddress: text('常住地址', { max: 200, span: 2 }),
          ...payAccount(),
        },
      },
    ],
    { applicant: gender() },
  ),

  'employee-insurance-registration': unitForm(
    [
      {
        title: '单位信息',
        fields: {
          unitType: choice('单位类型', ['企业', '机关事业单位', '社会团体', '民办非企业单位', '个体工商户']),
          registeredAddress: text('注册地址', { max: 200, span: 2 }),
          registeredDivision: division('注册地所在区划'),
          legalRepIdNumber: idNumber('法定代表人（负责人）公民身份号码'),
          establishedOn: date('成立日期', {
            help: '用人单位应当自成立之日起三十日内申请办理社会保险登记（《中华人民共和国社会保险法》第五十七条）。',
          }),
          industry: text('所属行业', { max: 50 }),
          insurances: multi('参保险种', ['企业职工基本养老保险', '失业保险', '工伤保险', '职工基本医疗保险（含生育保险）']),
          bank: choice('开户银行', BANKS),
          bankAccount: text('银行账号', { pattern: BANK_ACCOUNT }),
        },
      },
    ],
    {},
  ),

  'employment-card': personForm(
    [
      {
        title: '就业信息',
        fields: {
          hukouAddress: text('户籍地址', { max: 200, span: 2 }),
          residenceAddress: text('常住地址', { max: 200, span: 2 }),
          education: choice('文化程度', ['初中及以下', '高中（中专、技校）', '大专', '本科', '研究生']),
          status: choice('就业状态', ['就业（创业）', '失业', '毕业年度内高校毕业生']),
          employerOrProject: text('就业单位或创业项目', { optional: true, max: 100 }),
          graduationSchool: text('毕业院校', { optional: true, max: 100 }),
        },
      },
    ],
    {
      applicant: gender(),
      delivery: ['窗口领取', '电子就业创业证（网上下载）'],
      rules: [
        requireWhen('status', ['就业（创业）'], ['employerOrProject']),
        requireWhen('status', ['毕业年度内高校毕业生'], ['graduationSchool']),
      ],
    },
  ),

  'resident-medical-insurance': personForm(
    [
      {
        title: '参保人信息',
        fields: {
          insuredType: choice('人员类别', ['成年居民', '新生儿', '中小学生及大学生']),
          insuredIsApplicant: yesNo('为本人参保', { optional: true }),
          insured: group(
            '参保人',
            {
              name: text('姓名', { max: 50 }),
              gender: choice('性别', GENDERS),
              birthDate: date('出生日期'),
              idCode: text('公民身份号码或出生医学证明编号', { max: 18 }),
            },
            { optional: true, help: '为子女等他人参保的填写。' },
          ),
          hukouNature: choice('户籍性质', ['本市户籍', '非本市户籍（持本市居住证）']),
          residenceAddress: text('居住地址', { max: 200, span: 2 }),
          residenceDivision: division('居住地所在区划'),
        },
      },
    ],
    { rules: [requireWhen('insuredType', ['新生儿', '中小学生及大学生'], ['insured'])] },
  ),
};
