/** Demo catalogue item `tax-registration` of 国家税务总局示范市税务局: 新办纳税人涉税事项（信息确认）. */
import { applyUrl } from '../../demo-builders.js';
import type { DemoItem } from '../../demo-item.js';
import { SERVICE, material, idCard, BUSINESS_LICENCE } from './shared.js';

export const TAX_REGISTRATION: DemoItem = {
  slug: 'tax-registration',
  department: 'swj',
  codeSuffix: '3020010000000',
  popularity: 2600,
  content: {
    name: '新办纳税人涉税事项（信息确认）',
    aliases: ['税务登记', '报到', '税务报到', '新办企业税务报到', '新办纳税人套餐'],
    basicCode: '302001000000',
    itemType: '07',
    legalBasis:
      '1.《中华人民共和国税收征收管理法》第十五条第一款：企业，企业在外地设立的分支机构和从事生产、经营的场所，个体工商户和从事生产、经营的事业单位（以下统称从事生产、经营的纳税人）自领取营业执照之日起三十日内，持有关证件，向税务机关申报办理税务登记。税务机关应当于收到申报的当日办理登记并发给税务登记证件。\n' +
      '2.《中华人民共和国税收征收管理法实施细则》第十二条。\n' +
      '3.《国务院办公厅关于加快推进“多证合一”改革的指导意见》（国办发〔2017〕41号）；《国家税务总局关于落实“三证合一”登记制度改革的通知》（税总函〔2015〕482号）：领取加载统一社会信用代码营业执照的纳税人，不再另行办理税务登记，首次办理涉税事宜时对市场监管部门共享的登记信息进行确认、补充。',
    exerciseLevel: '3',
    powerSource: '1',
    subjectNature: '1',
    entrustedBody: '',
    audiences: ['2', '6'],
    handlingForms: ['1', '2', '3'],
    caseType: '1',
    limitUnit: 'working_day',
    legalLimitDays: 0,
    legalLimitExplanation: '《中华人民共和国税收征收管理法》第十五条第一款：税务机关应当于收到申报的当日办理登记。',
    promisedLimitDays: 0,
    promisedLimitExplanation: '资料齐全、符合法定形式的，即时办结。',
    acceptanceConditions:
      '1.已在市场监督管理部门领取加载统一社会信用代码营业执照的企业、农民专业合作社、个体工商户及其他组织，首次在本市办理涉税事宜。\n' +
      '2.法定代表人（负责人、业主）、财务负责人和办税人员已完成实名信息采集。\n' +
      '3.登记信息由市场监管部门共享至税务机关；确认时补充核算方式、从业人数、会计制度等信息。\n' +
      '4.可同步办理财务会计制度及核算软件备案、存款账户账号报告、增值税一般纳税人登记、发票票种核定、税费种认定和三方协议签订等“新办纳税人套餐”事项。',
    processSteps: [
      {
        name: '受理',
        description: '纳税人登录电子税务局“新办纳税人套餐”或到窗口提出申请，系统调取市场监管部门共享的登记信息。',
        timeLimit: '即时',
      },
      { name: '信息确认与补充', description: '纳税人核对登记信息，补充财务负责人、办税人员、核算方式等信息。', timeLimit: '即时' },
      { name: '审核', description: '税务机关对补充信息进行审核，同步完成税费种认定和主管税务机关分配。', timeLimit: '即时' },
      { name: '办结', description: '生成登记信息确认结果，推送税费种认定信息和税务事项通知书。', timeLimit: '即时' },
    ],
    specialProcedure: '',
    quantityLimit: '',
    intermediaryServices: '',
    resultName: '纳税人登记信息确认结果（税务事项通知书）',
    resultType: '3',
    ...SERVICE,
    visits: 0,
    visitsReason: '无',
    onlineLevel: 4,
    onlineDepth: ['1', '2', '3', '4', '5', '6'],
    isOnline: true,
    onlineUrl: applyUrl('tax-registration'),
    supportsAppointment: true,
    supportsExpress: false,
    supportsOnlinePayment: false,
    serviceScope: '3',
    jointDepartments: '示范市市场监督管理局（登记信息共享）',
    personThemes: [],
    enterpriseThemes: ['E01', 'E03'],
    charged: false,
    fees: [],
    materials: [
      material({
        key: 'confirmation-form',
        name: '《“多证合一”登记信息确认表》',
        legalBasis: '《国家税务总局关于落实“三证合一”登记制度改革的通知》（税总函〔2015〕482号）',
        fillingNotes: '网上办理的在电子税务局在线确认；窗口办理的由纳税人签章。',
        acceptanceStandard: '共享信息核对无误，补充信息完整。',
      }),
      BUSINESS_LICENCE,
      idCard('legal-rep-id', '法定代表人（负责人、业主）居民身份证', '已完成实名信息采集的，免于提交。'),
      idCard('finance-lead-id', '财务负责人居民身份证', '个体工商户未设财务负责人的免于提交；已完成实名信息采集的，免于提交。', [
        { scenario: 'taxpayer-type', options: ['company'] },
      ]),
      idCard('tax-agent-id', '办税人员居民身份证', '办税人员首次办税时进行实名信息采集（人脸识别）。'),
      material({
        key: 'bank-account',
        name: '银行结算账户信息（开户银行出具的账户信息）',
        format: '2',
        originalCopies: 0,
        paperSpec: '',
        required: false,
        sourceChannel: '3',
        issuedBy: '开户银行',
        legalBasis: '《中华人民共和国税收征收管理法》第十七条',
        fillingNotes: '已开立基本存款账户的，报告账户名称、账号和开户银行。',
        acceptanceStandard: '账户名称与纳税人名称一致。',
      }),
      material({
        key: 'tax-payment-agreement',
        name: '《委托划缴税款协议书》（三方协议）',
        required: false,
        fillingNotes: '需要网上缴纳税款的，与开户银行、税务机关签订，可在电子税务局在线签订。',
        acceptanceStandard: '账户信息与银行结算账户一致。',
      }),
    ],
    scenarios: [
      {
        key: 'taxpayer-type',
        question: '您是哪类纳税人？',
        options: [
          { key: 'company', label: '企业及其他单位', promisedLimitDays: null, note: '' },
          {
            key: 'individual-business',
            label: '个体工商户',
            promisedLimitDays: null,
            note: '个体工商户可由业主本人兼任办税人员，未设财务负责人的无需提交财务负责人身份证件。',
          },
        ],
      },
      {
        key: 'invoice',
        question: '是否同时申请开具发票？',
        options: [
          { key: 'no', label: '暂不开具发票', promisedLimitDays: null, note: '' },
          {
            key: 'yes',
            label: '同时开具发票',
            promisedLimitDays: null,
            note: '系统将同步完成发票票种核定，新办纳税人可直接开具全面数字化的电子发票（数电发票），无需另行领用。',
          },
        ],
      },
    ],
    faqs: [
      {
        question: '领了营业执照还需要办理税务登记吗？',
        answer:
          '不再另行办理税务登记、领取税务登记证。“多证合一”后，营业执照即具有税务登记证的作用；首次办理涉税事宜时，对市场监管部门共享的登记信息进行确认即可。',
      },
      {
        question: '什么时候办理信息确认？',
        answer:
          '应在领取营业执照后、首次办理涉税事宜（如申报纳税、开具发票）前办理，建议领取营业执照后三十日内完成（《中华人民共和国税收征收管理法》第十五条）。',
      },
      {
        question: '没有经营收入也需要申报吗？',
        answer: '需要。完成信息确认后，即使没有收入，也应按税费种认定结果按期办理零申报，逾期未申报的将影响纳税信用。',
      },
    ],
  },
  forms: {
    'confirmation-form': {
      title: '“多证合一”登记信息确认表',
      fields: [
        '纳税人名称',
        '统一社会信用代码',
        '登记注册类型',
        '生产经营地址',
        '法定代表人（负责人、业主）',
        '法定代表人身份证件号码',
        '财务负责人',
        '财务负责人身份证件号码',
        '财务负责人联系电话',
        '办税人员',
        '办税人员联系电话',
        '核算方式',
        '适用会计制度',
        '从业人数',
      ],
      sample: {
        纳税人名称: '示范市好味道餐饮有限公司',
        统一社会信用代码: 'XXXXXXXXXXXXXXXXXX',
        登记注册类型: '有限责任公司（自然人独资）',
        生产经营地址: '示范市东城区解放路 12 号',
        '法定代表人（负责人、业主）': '钱某某',
        法定代表人身份证件号码: 'XXXXXXXXXXXXXXXXXX',
        财务负责人: '孙某某',
        财务负责人身份证件号码: 'XXXXXXXXXXXXXXXXXX',
        财务负责人联系电话: '0999-6621234',
        办税人员: '孙某某',
        办税人员联系电话: '0999-6621234',
        核算方式: '独立核算自负盈亏',
        适用会计制度: '小企业会计准则',
        从业人数: '12',
      },
      notes: '市场监管部门共享的信息不可修改，如有错误应先办理变更登记；核算方式、会计制度按实际选择。',
    },
  },
};
