/** Demo catalogue item `employee-insurance-registration` of 示范市人力资源和社会保障局: 单位参保登记（社会保险登记）. */
import { applyUrl, NOT_CHARGED, material, when, BUSINESS_LICENCE_ECERT } from '../../demo-builders.js';
import type { DemoItem } from '../../demo-item.js';
import { PLACE, idCard } from './shared.js';

export const EMPLOYEE_INSURANCE_REGISTRATION: DemoItem = {
  slug: 'employee-insurance-registration',
  department: 'rsj',
  codeSuffix: '2030700200000',
  popularity: 1200,
  content: {
    name: '单位参保登记（社会保险登记）',
    aliases: ['单位社保开户', '企业社保登记', '社保开户', '单位参保'],
    basicCode: '203007002000',
    itemType: '07',
    legalBasis:
      '《中华人民共和国社会保险法》第五十七条第一款：用人单位应当自成立之日起三十日内凭营业执照、登记证书或者单位印章，向当地社会保险经办机构申请办理社会保险登记。社会保险经办机构应当自收到申请之日起十五日内予以审核，发给社会保险登记证件。\n' +
      '《社会保险费征缴暂行条例》；《社会保险登记管理暂行办法》（劳动和社会保障部令第1号）。\n' +
      '《国务院办公厅关于加快推进“五证合一、一照一码”登记制度改革的通知》（国办发〔2016〕42号）。',
    exerciseLevel: '3',
    powerSource: '1',
    subjectNature: '1',
    entrustedBody: '',
    audiences: ['2', '3', '4', '6'],
    handlingForms: ['1', '2', '3'],
    caseType: '1',
    limitUnit: 'natural_day',
    legalLimitDays: 15,
    legalLimitExplanation:
      '《中华人民共和国社会保险法》第五十七条：社会保险经办机构应当自收到申请之日起十五日内予以审核，发给社会保险登记证件。',
    promisedLimitDays: 0,
    promisedLimitExplanation: '材料齐全、符合要求的，即时办结。',
    acceptanceConditions:
      '1. 在本市依法成立的企业、有雇工的个体工商户、机关、事业单位、社会组织等用人单位；\n' +
      '2. 自成立之日起30日内申请办理；\n' +
      '3. 已领取加载统一社会信用代码营业执照的企业，在办理设立登记时已同步采集社会保险登记信息的，无需另行办理，可直接办理职工参保；\n' +
      '4. 机关、事业单位、社会组织等未纳入“多证合一”的单位，凭登记证书或批准成立文件办理。',
    processSteps: [
      { name: '申请', description: '单位通过网上、移动端或窗口填报社会保险登记信息。', timeLimit: '即时' },
      { name: '受理', description: '核验单位主体信息和法定代表人身份。', timeLimit: '即时' },
      { name: '审核', description: '审核登记信息，确定单位参保险种和行业风险类别（工伤保险）。', timeLimit: '即时' },
      { name: '登记办结', description: '生成单位社会保险登记编号，推送税务部门用于缴费。', timeLimit: '即时' },
    ],
    specialProcedure: '',
    quantityLimit: '',
    intermediaryServices: '',
    resultName: '社会保险登记证',
    resultType: '1',
    ...PLACE,
    visits: 0,
    visitsReason: '无',
    onlineLevel: 4,
    onlineDepth: ['1', '2', '3', '4', '5', '6', '7'],
    isOnline: true,
    onlineUrl: applyUrl('employee-insurance-registration'),
    supportsAppointment: true,
    supportsExpress: false,
    serviceScope: '3',
    jointDepartments: '国家税务总局示范市税务局（社会保险费征收）',
    personThemes: [],
    enterpriseThemes: ['E01', 'E02'],
    ...NOT_CHARGED,
    materials: [
      material({
        key: 'application',
        name: '社会保险登记表（单位）',
        format: '3',
        legalBasis: '《社会保险登记管理暂行办法》',
        fillingNotes: '加盖单位公章；网上申请的使用单位电子签章。',
        acceptanceStandard: '信息完整，与主体登记信息一致。',
      }),
      material({
        key: 'business-licence',
        name: '营业执照',
        sourceChannel: '2',
        issuedBy: '市场监督管理部门',
        fillingNotes: '通过营业执照电子证照核验，无需提交纸质件。',
        acceptanceStandard: '在有效期内。',
        replacedBy: BUSINESS_LICENCE_ECERT,
        appliesWhen: when('unit-type', 'enterprise'),
      }),
      material({
        key: 'registration-certificate',
        name: '事业单位法人证书、社会团体法人登记证书或批准成立文件',
        kind: '3',
        photocopyCopies: 1,
        sourceChannel: '2',
        issuedBy: '事业单位登记管理机关、民政部门或机构编制部门',
        acceptanceStandard: '在有效期内。',
        appliesWhen: when('unit-type', 'other'),
      }),
      idCard({
        key: 'legal-rep-id',
        name: '法定代表人（负责人）居民身份证',
        kind: '2',
        originalCopies: 0,
        photocopyCopies: 1,
        fillingNotes: '复印件加盖单位公章；网上申请的通过实名认证免于提交。',
      }),
      material({
        key: 'bank-account',
        name: '单位银行基本存款账户信息',
        kind: '2',
        originalCopies: 0,
        photocopyCopies: 1,
        sourceChannel: '3',
        issuedBy: '开户银行',
        fillingNotes: '提供开户银行出具的基本存款账户信息，用于社会保险费划扣和待遇支付。',
        acceptanceStandard: '账户名称与单位名称一致。',
      }),
      material({
        key: 'agent-authorisation',
        name: '经办人授权委托书',
        required: false,
        fillingNotes: '非法定代表人本人办理的提交，并出示经办人居民身份证。',
        acceptanceStandard: '加盖单位公章。',
      }),
    ],
    scenarios: [
      {
        key: 'unit-type',
        question: '您的单位类型是？',
        options: [
          {
            key: 'enterprise',
            label: '企业、个体工商户（已领取营业执照）',
            promisedLimitDays: null,
            note: '实行“多证合一”，营业执照具有社会保险登记证的功能，不再另发社会保险登记证。',
          },
          { key: 'other', label: '机关、事业单位、社会组织等其他单位', promisedLimitDays: null, note: '' },
        ],
      },
    ],
    faqs: [
      {
        question: '新开的公司还要单独办理社保登记吗？',
        answer: '在市场监管部门办理设立登记时已同步完成社会保险登记的，无需再办理，直接为职工办理参保即可；未同步的，在本事项补充登记。',
      },
      {
        question: '登记后社保费在哪里缴纳？',
        answer: '社会保险费由税务部门征收，单位在电子税务局或办税服务厅申报缴纳。',
      },
      {
        question: '超过30日未办理社会保险登记有什么后果？',
        answer:
          '由社会保险行政部门责令限期改正；逾期不改正的，对用人单位处应缴社会保险费数额一倍以上三倍以下的罚款（《中华人民共和国社会保险法》第八十四条）。',
      },
    ],
  },
  forms: {
    application: {
      title: '社会保险登记表（单位）',
      fields: [
        '单位名称',
        '统一社会信用代码',
        '单位类型',
        '注册地址',
        '法定代表人（负责人）',
        '法定代表人身份证件号码',
        '成立日期',
        '所属行业',
        '参保险种',
        '开户银行',
        '银行账号',
        '经办人',
        '联系电话',
        '单位盖章',
      ],
      sample: {
        单位名称: '示范市好味道餐饮有限公司',
        统一社会信用代码: 'XXXXXXXXXXXXXXXXXX',
        单位类型: '有限责任公司',
        注册地址: '示范市东城区人民路 66 号',
        '法定代表人（负责人）': '钱老板',
        法定代表人身份证件号码: 'XXXXXXXXXXXXXXXXXX',
        成立日期: '2026年3月1日',
        所属行业: '餐饮业',
        参保险种: '企业职工基本养老保险、失业保险、工伤保险、职工基本医疗保险（含生育保险）',
        开户银行: '示范银行东城支行',
        银行账号: 'XXXXXXXXXXXXXXXX',
        经办人: '孙会计',
        联系电话: '0999-6100006',
        单位盖章: '示范市好味道餐饮有限公司（盖章）',
      },
      notes: '所属行业按国民经济行业分类填写，用于确定工伤保险行业风险类别。',
    },
  },
};
