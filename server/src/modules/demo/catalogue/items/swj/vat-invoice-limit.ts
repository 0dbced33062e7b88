/** Demo catalogue item `vat-invoice-limit` of 国家税务总局示范市税务局: 增值税专用发票（增值税税控系统）最高开票限额审批. */
import { applyUrl, when } from '../../demo-builders.js';
import type { DemoItem } from '../../demo-item.js';
import { SERVICE, material, idCard } from './shared.js';

export const VAT_INVOICE_LIMIT: DemoItem = {
  slug: 'vat-invoice-limit',
  department: 'swj',
  codeSuffix: '3020030000000',
  popularity: 780,
  content: {
    name: '增值税专用发票（增值税税控系统）最高开票限额审批',
    aliases: ['专票限额', '最高开票限额', '专票提额', '开票限额审批'],
    basicCode: '302003000000',
    itemType: '01',
    legalBasis:
      '1.《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）附件所列“增值税防伪税控系统最高开票限额审批”。\n' +
      '2.《中华人民共和国发票管理办法》。\n' +
      '3.《增值税专用发票使用规定》（国税发〔2006〕156号）第五条：专用发票实行最高开票限额管理。最高开票限额，是指单份专用发票开具的销售额合计数不得达到的上限额度。最高开票限额由一般纳税人申请，税务机关依法审批。\n' +
      '4.《税务行政许可实施办法》（国家税务总局令第26号公布，第44号修正）。',
    exerciseLevel: '3',
    powerSource: '1',
    subjectNature: '1',
    entrustedBody: '',
    audiences: ['2', '6'],
    handlingForms: ['1', '2', '3'],
    caseType: '2',
    limitUnit: 'working_day',
    legalLimitDays: 20,
    legalLimitExplanation:
      '《中华人民共和国行政许可法》第四十二条：除可以当场作出行政许可决定的外，行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定；《税务行政许可实施办法》从其规定。',
    promisedLimitDays: 5,
    promisedLimitExplanation:
      '申请最高开票限额为十万元及以下的，即时办结；百万元的，5个工作日内办结；千万元及以上的，10个工作日内办结（含实地查验时间）。',
    acceptanceConditions:
      '1.申请人为增值税一般纳税人，或自愿使用增值税发票管理系统自行开具增值税专用发票的小规模纳税人。\n' +
      '2.已办理新办纳税人涉税事项（信息确认）和发票票种核定，且使用增值税税控系统开具专用发票。\n' +
      '3.申请的最高开票限额与实际经营规模和单笔交易金额相适应。\n' +
      '4.纳税人无走逃（失联）、非正常户等不予受理情形。',
    processSteps: [
      {
        name: '申请与受理',
        description: '纳税人通过电子税务局或窗口提交申请，材料齐全的当场受理，出具《税务行政许可受理通知书》。',
        timeLimit: '即时',
      },
      {
        name: '审查（含实地查验）',
        description: '对申请限额与经营情况的匹配性进行审查；申请百万元及以上的，可实地查验经营场所和业务开展情况。',
        timeLimit: '3个工作日',
      },
      { name: '决定', description: '作出准予或不予税务行政许可的决定。', timeLimit: '1个工作日' },
      { name: '办结', description: '制作《准予税务行政许可决定书》，同步调整税控系统最高开票限额。', timeLimit: '1个工作日' },
      { name: '送达', description: '决定书通过电子税务局电子送达，纳税人可在线查看、下载。', timeLimit: '即时' },
    ],
    specialProcedure: '实地查验：申请最高开票限额为百万元及以上的，主管税务机关可实地查验，所需时间已计入承诺时限。',
    quantityLimit: '',
    intermediaryServices: '',
    resultName: '准予税务行政许可决定书',
    resultType: '2',
    ...SERVICE,
    visits: 0,
    visitsReason: '无',
    onlineLevel: 4,
    onlineDepth: ['1', '2', '3', '4', '5', '6'],
    isOnline: true,
    onlineUrl: applyUrl('vat-invoice-limit'),
    supportsAppointment: true,
    supportsExpress: false,
    supportsOnlinePayment: false,
    serviceScope: '3',
    jointDepartments: '',
    personThemes: [],
    enterpriseThemes: ['E03', 'E04'],
    charged: false,
    fees: [],
    materials: [
      material({
        key: 'application',
        name: '《税务行政许可申请表》',
        legalBasis: '《税务行政许可实施办法》',
        fillingNotes: '申请事项填写“增值税专用发票（增值税税控系统）最高开票限额审批”，加盖纳税人公章。',
        acceptanceStandard: '填写完整，签章齐全。',
      }),
      material({
        key: 'limit-request',
        name: '《增值税专用发票最高开票限额申请单》',
        legalBasis: '《增值税专用发票使用规定》第五条',
        fillingNotes: '填写申请限额和申请理由，与《税务行政许可申请表》一并提交。',
        acceptanceStandard: '申请限额与申请理由相符。',
      }),
      idCard('handler-id', '经办人居民身份证', '网上办理的通过实名认证登录，免于提交。'),
      material({
        key: 'business-evidence',
        name: '近期购销合同及经营情况说明',
        kind: '2',
        format: '3',
        originalCopies: 0,
        photocopyCopies: 1,
        fillingNotes: '提供近期单笔销售额较大的购销合同复印件，并说明申请提高限额的理由。',
        acceptanceStandard: '单笔业务金额能证明申请限额的必要性。',
        appliesWhen: when('limit-amount', 'million', 'ten-million-plus'),
      }),
    ],
    scenarios: [
      {
        key: 'limit-amount',
        question: '您申请的最高开票限额是多少？',
        options: [
          { key: 'up-to-100k', label: '十万元及以下', promisedLimitDays: 0, note: '无需实地查验，资料齐全的即时办结。' },
          {
            key: 'million',
            label: '百万元',
            promisedLimitDays: null,
            note: '须提交近期购销合同及经营情况说明，主管税务机关可实地查验。',
          },
          {
            key: 'ten-million-plus',
            label: '千万元及以上',
            promisedLimitDays: 10,
            note: '须提交近期购销合同及经营情况说明，主管税务机关实地查验后作出决定。',
          },
        ],
      },
    ],
    faqs: [
      {
        question: '使用数电发票还需要申请最高开票限额吗？',
        answer: '不需要。数电发票没有单份发票最高开票限额，实行开具金额总额度管理；本事项适用于仍使用增值税税控系统开具专用发票的纳税人。',
      },
      {
        question: '新办纳税人可以直接申请十万元限额吗？',
        answer: '可以。新办纳税人可在“新办纳税人套餐”中一并申请，十万元及以下的限额即时办结。',
      },
      {
        question: '申请被驳回怎么办？',
        answer: '不予许可的，税务机关将书面说明理由；纳税人可补充经营情况证明后重新申请，也可依法申请行政复议或者提起行政诉讼。',
      },
    ],
  },
  forms: {
    application: {
      title: '税务行政许可申请表',
      fields: [
        '申请人名称',
        '统一社会信用代码（纳税人识别号）',
        '法定代表人（负责人）',
        '地址',
        '邮政编码',
        '经办人',
        '经办人身份证件号码',
        '联系电话',
        '申请事项',
        '申请日期',
      ],
      sample: {
        申请人名称: '示范市宏建建筑工程有限公司',
        '统一社会信用代码（纳税人识别号）': 'XXXXXXXXXXXXXXXXXX',
        '法定代表人（负责人）': '钱某某',
        地址: '示范市西城区建设路 88 号',
        邮政编码: '999001',
        经办人: '郑某某',
        经办人身份证件号码: 'XXXXXXXXXXXXXXXXXX',
        联系电话: '0999-6459900',
        申请事项: '增值税专用发票（增值税税控系统）最高开票限额审批',
        申请日期: '2026 年 1 月 5 日',
      },
      notes: '本表由申请人如实填写并加盖公章；委托代理人办理的，另附授权委托书。',
    },
    'limit-request': {
      title: '增值税专用发票最高开票限额申请单',
      fields: [
        '纳税人名称',
        '纳税人识别号',
        '地址',
        '联系电话',
        '购票人',
        '申请最高开票限额',
        '原最高开票限额',
        '申请事项（初次或变更）',
        '申请理由',
        '经办人',
        '申请日期',
      ],
      sample: {
        纳税人名称: '示范市宏建建筑工程有限公司',
        纳税人识别号: 'XXXXXXXXXXXXXXXXXX',
        地址: '示范市西城区建设路 88 号',
        联系电话: '0999-6459900',
        购票人: '郑某某',
        申请最高开票限额: '一百万元',
        原最高开票限额: '十万元',
        '申请事项（初次或变更）': '变更',
        申请理由: '公司承接的工程合同单笔结算金额多在五十万元以上，原限额需拆分开票，申请提高至一百万元。',
        经办人: '郑某某',
        申请日期: '2026 年 1 月 5 日',
      },
      notes: '申请最高开票限额按十万元、百万元、千万元等档次填写；申请理由应说明实际业务需要。',
    },
  },
};
