/** Demo catalogue item `invoice-issuance` of 国家税务总局示范市税务局: 发票领用. */
import { applyUrl, when } from '../../demo-builders.js';
import type { DemoItem } from '../../demo-item.js';
import { SERVICE, material, idCard, BUSINESS_LICENCE } from './shared.js';

export const INVOICE_ISSUANCE: DemoItem = {
  slug: 'invoice-issuance',
  department: 'swj',
  codeSuffix: '3020020000000',
  popularity: 2100,
  content: {
    name: '发票领用',
    aliases: ['领发票', '申领发票', '发票申领', '领用发票', '数电发票开通'],
    basicCode: '302002000000',
    itemType: '10',
    legalBasis:
      '1.《中华人民共和国发票管理办法》（2023年修订）第十五条：需要领用发票的单位和个人，应当持设立登记证件或者税务登记证件，以及经办人身份证明，向主管税务机关办理发票领用手续。领用纸质发票的，还应当提供按照国务院税务主管部门规定式样制作的发票专用章的印模。主管税务机关根据领用单位和个人的经营范围、规模和风险等级，在5个工作日内确认领用发票的种类、数量以及领用方式。\n' +
      '2.《中华人民共和国发票管理办法实施细则》。\n' +
      '3.《国家税务总局关于推广应用全面数字化电子发票的公告》（国家税务总局公告2024年第11号）。',
    exerciseLevel: '3',
    powerSource: '1',
    subjectNature: '1',
    entrustedBody: '',
    audiences: ['2', '6'],
    handlingForms: ['1', '2', '3', '4'],
    caseType: '1',
    limitUnit: 'working_day',
    legalLimitDays: 5,
    legalLimitExplanation: '《中华人民共和国发票管理办法》第十五条：主管税务机关在5个工作日内确认领用发票的种类、数量以及领用方式。',
    promisedLimitDays: 0,
    promisedLimitExplanation: '资料齐全、符合法定形式的，即时办结；纸质发票选择邮寄的，邮寄时间另计。',
    acceptanceConditions:
      '1.已办理新办纳税人涉税事项（信息确认），并完成法定代表人、财务负责人和办税人员实名信息采集。\n' +
      '2.使用全面数字化的电子发票（数电发票）的，由税务机关根据纳税人的经营范围、规模和风险等级赋予开具金额总额度，无需领用。\n' +
      '3.领用纸质发票的，已刻制发票专用章，并完成发票票种核定。\n' +
      '4.纳税人无未按期申报、未缴销的已开具发票等不得领用发票的情形。',
    processSteps: [
      { name: '受理', description: '纳税人通过电子税务局、自助办税终端或窗口提出申请。', timeLimit: '即时' },
      { name: '审核', description: '税务机关根据经营范围、规模和风险等级确认发票种类、数量（额度）和领用方式。', timeLimit: '即时' },
      { name: '办结', description: '数电发票即时开通开具额度；纸质发票当场发放或按纳税人选择交寄。', timeLimit: '即时' },
    ],
    specialProcedure: '',
    quantityLimit: '纸质发票每次领用数量和持票数量按票种核定结果执行；数电发票实行开具金额总额度管理。',
    intermediaryServices: '',
    resultName: '发票票种核定及领用结果',
    resultType: '3',
    ...SERVICE,
    visits: 0,
    visitsReason: '无',
    onlineLevel: 4,
    onlineDepth: ['1', '2', '3', '4', '5', '6'],
    isOnline: true,
    onlineUrl: applyUrl('invoice-issuance'),
    supportsAppointment: true,
    supportsExpress: true,
    supportsOnlinePayment: false,
    serviceScope: '3',
    jointDepartments: '',
    personThemes: [],
    enterpriseThemes: ['E01', 'E03'],
    charged: false,
    fees: [],
    materials: [
      BUSINESS_LICENCE,
      idCard('handler-id', '经办人居民身份证', '网上办理的通过实名认证登录，免于提交。'),
      material({
        key: 'verification-form',
        name: '《纳税人领用发票票种核定表》',
        legalBasis: '《中华人民共和国发票管理办法》第十五条',
        fillingNotes: '首次领用纸质发票或调整票种、数量时填写，加盖公章。',
        acceptanceStandard: '票种、数量与经营范围和规模相适应。',
        appliesWhen: when('invoice-type', 'paper'),
      }),
      material({
        key: 'invoice-seal',
        name: '发票专用章印模',
        format: '1',
        paperSpec: '',
        legalBasis: '《中华人民共和国发票管理办法》第十五条',
        fillingNotes: '首次领用纸质发票时提供，按国务院税务主管部门规定式样刻制。',
        acceptanceStandard: '印模清晰，名称与纳税人名称一致。',
        appliesWhen: when('invoice-type', 'paper'),
      }),
    ],
    scenarios: [
      {
        key: 'invoice-type',
        question: '您需要使用哪种发票？',
        options: [
          {
            key: 'digital',
            label: '全面数字化的电子发票（数电发票）',
            promisedLimitDays: null,
            note: '数电发票无需领用，税务机关自动赋予开具金额总额度，登录电子税务局即可开具；额度不足的可在线申请调整。',
          },
          {
            key: 'paper',
            label: '纸质发票（增值税专用发票、普通发票等）',
            promisedLimitDays: null,
            note: '首次领用须提供发票专用章印模并完成票种核定；可选择窗口领取、自助终端领取或免费邮寄。',
          },
        ],
      },
    ],
    faqs: [
      {
        question: '数电发票还需要领用吗？',
        answer: '不需要。数电发票不需要领用和税控设备，税务机关根据纳税人风险等级、经营情况等赋予开具金额总额度，纳税人在额度内开具。',
      },
      {
        question: '开具额度不够用怎么办？',
        answer: '可通过电子税务局申请调整开具金额总额度，税务机关核实后调整；纳税信用良好的纳税人可获得更高额度。',
      },
      {
        question: '什么情况下不能领用发票？',
        answer: '存在未按期申报、走逃（失联）、未按规定缴销发票等情形的，在问题处理完毕前暂停领用发票。',
      },
    ],
  },
  forms: {
    'verification-form': {
      title: '纳税人领用发票票种核定表',
      fields: [
        '纳税人名称',
        '纳税人识别号',
        '经办人',
        '经办人身份证件号码',
        '联系电话',
        '发票种类名称',
        '单份发票最高开票限额',
        '每月最高领用数量',
        '每次最高领用数量',
        '持票最高数量',
        '领用方式',
        '申请日期',
      ],
      sample: {
        纳税人名称: '示范市好味道餐饮有限公司',
        纳税人识别号: 'XXXXXXXXXXXXXXXXXX',
        经办人: '孙某某',
        经办人身份证件号码: 'XXXXXXXXXXXXXXXXXX',
        联系电话: '0999-6621234',
        发票种类名称: '增值税普通发票（卷票）',
        单份发票最高开票限额: '一万元',
        每月最高领用数量: '5 卷',
        每次最高领用数量: '5 卷',
        持票最高数量: '5 卷',
        领用方式: '验旧领新',
        申请日期: '2026 年 1 月 5 日',
      },
      notes: '发票种类按经营需要填写；单份发票最高开票限额超过十万元的增值税专用发票，须另行申请最高开票限额审批。',
    },
  },
};
