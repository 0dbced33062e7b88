/**
 * Demo items of 国家税务总局示范市税务局 (code block 302): 新办纳税人涉税事项（信息确认）, 发票领用, 增值税专用发票
 * 最高开票限额审批 and 清税申报 — the tax steps of opening and closing a business, as the 办事指南 show them,
 * with the basis in 《中华人民共和国税收征收管理法》 and its 实施细则, 《中华人民共和国发票管理办法》 and the
 * State Taxation Administration notices on 多证合一 and 税务注销.
 */
import type { Material } from '../../catalogue/item-content.js';
import {
  applyUrl,
  place,
  material as sharedMaterial,
  when,
  ID_CARD_ECERT,
  BUSINESS_LICENCE_ECERT,
  type MaterialInput,
} from './demo-builders.js';
import type { DemoItem } from './demo-item.js';

const SERVICE = place('2 楼 21 号窗口', '0999-12366');

/** This department's materials are paper-and-electronic originals (材料形式 3) unless the input says otherwise. */
const material = (m: MaterialInput): Material => sharedMaterial({ format: '3', ...m });

/** 居民身份证 of a named person, shown at the window or replaced by the e-certificate online. */
function idCard(key: string, name: string, fillingNotes: string, appliesWhen: Material['appliesWhen'] = []): Material {
  return material({
    key,
    name,
    format: '1',
    paperSpec: '',
    sourceChannel: '2',
    issuedBy: '公安机关',
    legalBasis: '《中华人民共和国居民身份证法》第十四条',
    fillingNotes,
    acceptanceStandard: '在有效期内，与实名办税信息一致。',
    replacedBy: ID_CARD_ECERT,
    appliesWhen,
  });
}

const BUSINESS_LICENCE = material({
  key: 'business-licence',
  name: '营业执照',
  format: '1',
  paperSpec: '',
  sourceChannel: '2',
  issuedBy: '市场监督管理部门',
  fillingNotes: '窗口办理的出示原件；登记信息由市场监管部门共享，网上办理免于提交。',
  acceptanceStandard: '在有效期内。',
  replacedBy: BUSINESS_LICENCE_ECERT,
});

export const SWJ_ITEMS: DemoItem[] = [
  {
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
  },
  {
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
  },
  {
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
          answer:
            '不需要。数电发票没有单份发票最高开票限额，实行开具金额总额度管理；本事项适用于仍使用增值税税控系统开具专用发票的纳税人。',
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
  },
  {
    slug: 'tax-deregistration',
    department: 'swj',
    codeSuffix: '3020040000000',
    popularity: 1200,
    content: {
      name: '清税申报（注销税务登记）',
      aliases: ['税务注销', '清税证明', '注销税务登记', '公司注销税务'],
      basicCode: '302004000000',
      itemType: '07',
      legalBasis:
        '1.《中华人民共和国税收征收管理法》第十六条：从事生产、经营的纳税人，税务登记内容发生变化的，自工商行政管理机关办理变更登记之日起三十日内或者在向工商行政管理机关申请办理注销登记之前，持有关证件向税务机关申报办理变更或者注销税务登记。\n' +
        '2.《中华人民共和国税收征收管理法实施细则》第十五条、第十六条：纳税人在办理注销税务登记前，应当向税务机关结清应纳税款、滞纳金、罚款，缴销发票、税务登记证件和其他税务证件。\n' +
        '3.《国家税务总局关于进一步优化办理企业税务注销程序的通知》（税总发〔2018〕149号）；《国家税务总局关于深化“放管服”改革 更大力度推进优化税务注销办理程序工作的通知》（税总发〔2019〕64号）。',
      exerciseLevel: '3',
      powerSource: '1',
      subjectNature: '1',
      entrustedBody: '',
      audiences: ['2', '6'],
      handlingForms: ['1', '2', '3'],
      caseType: '2',
      limitUnit: 'working_day',
      legalLimitDays: null,
      legalLimitExplanation: '法律、行政法规未规定办结时限。',
      promisedLimitDays: 10,
      promisedLimitExplanation:
        '一般情形在纳税人结清税款、滞纳金、罚款并缴销发票和税控设备后10个工作日内出具清税证明；符合即时办结或承诺制容缺办理条件的，即时出具。',
      acceptanceConditions:
        '1.纳税人发生解散、破产、撤销以及其他情形，依法终止纳税义务，在向市场监督管理部门申请办理注销登记前申报清税。\n' +
        '2.已结清应纳税款、多退（免）税款、滞纳金和罚款。\n' +
        '3.已缴销发票和税控专用设备。\n' +
        '4.未处于税务检查状态、无欠税（滞纳金）及罚款、已缴销增值税专用发票及税控专用设备的纳税人，可采取“承诺制”容缺办理，即时出具清税文书，并在承诺时限内补齐资料、办结相关事项。',
      processSteps: [
        { name: '受理', description: '纳税人通过电子税务局或窗口提交清税申报，系统自动检查未办结事项。', timeLimit: '即时' },
        { name: '清税检查', description: '税务机关核查申报、欠税、发票和税控设备情况，一次性告知需办结的事项。', timeLimit: '5个工作日' },
        { name: '审核', description: '结清税款、缴销发票后，税务机关审核清税情况。', timeLimit: '3个工作日' },
        { name: '办结', description: '出具《清税证明》，信息同步推送市场监管部门。', timeLimit: '2个工作日' },
      ],
      specialProcedure: '',
      quantityLimit: '',
      intermediaryServices: '',
      resultName: '清税证明',
      resultType: '3',
      ...SERVICE,
      visits: 0,
      visitsReason: '无',
      onlineLevel: 4,
      onlineDepth: ['1', '2', '3', '4', '5', '6'],
      isOnline: true,
      onlineUrl: applyUrl('tax-deregistration'),
      supportsAppointment: true,
      supportsExpress: false,
      supportsOnlinePayment: false,
      serviceScope: '3',
      jointDepartments: '示范市市场监督管理局（注销信息共享）',
      personThemes: [],
      enterpriseThemes: ['E06'],
      charged: false,
      fees: [],
      materials: [
        material({
          key: 'application',
          name: '《清税申报表》',
          legalBasis: '《中华人民共和国税收征收管理法实施细则》第十五条',
          fillingNotes: '网上办理的在线填报；窗口办理的加盖公章。',
          acceptanceStandard: '填写完整，注销原因与实际一致。',
          appliesWhen: when('situation', 'promise', 'general'),
        }),
        idCard('handler-id', '经办人居民身份证', '网上办理的通过实名认证登录，免于提交。'),
        material({
          key: 'dissolution-resolution',
          name: '上级主管部门批复文件或董事会（股东会）决议',
          kind: '3',
          format: '1',
          photocopyCopies: 1,
          paperSpec: '',
          legalBasis: '《中华人民共和国税收征收管理法实施细则》第十五条',
          fillingNotes: '单位纳税人提交；网上办理的上传扫描件。',
          acceptanceStandard: '载明解散或注销事项，签章齐全。',
          appliesWhen: when('situation', 'promise', 'general'),
        }),
        material({
          key: 'invoices-devices',
          name: '未使用的纸质发票及税控专用设备（缴销）',
          format: '1',
          paperSpec: '',
          legalBasis: '《中华人民共和国税收征收管理法实施细则》第十六条',
          fillingNotes: '使用数电发票且无纸质发票的无需提交；纸质发票可通过邮寄方式缴销。',
          acceptanceStandard: '与税务系统发票结存信息一致。',
          appliesWhen: when('situation', 'general'),
        }),
        material({
          key: 'power-of-attorney',
          name: '授权委托书',
          required: false,
          fillingNotes: '委托代理人办理的提交，载明委托事项和权限。',
          acceptanceStandard: '签章齐全。',
        }),
      ],
      scenarios: [
        {
          key: 'situation',
          question: '您属于哪种情形？',
          options: [
            {
              key: 'no-tax-matters',
              label: '未办理过涉税事宜，或办理过涉税事宜但未领用发票、无欠税（滞纳金）及罚款，申请简易注销',
              promisedLimitDays: 0,
              note: '可免予到税务机关办理清税证明，直接向市场监管部门申请简易注销登记；也可在电子税务局自行打印清税证明。',
            },
            {
              key: 'promise',
              label: '符合“承诺制”容缺办理条件',
              promisedLimitDays: 0,
              note: '未处于税务检查状态、无欠税（滞纳金）及罚款、已缴销增值税专用发票及税控专用设备的，即时出具清税文书，按承诺时限补齐资料。',
            },
            { key: 'general', label: '其他情形', promisedLimitDays: null, note: '须先结清税款、滞纳金、罚款，缴销发票和税控设备。' },
          ],
        },
      ],
      faqs: [
        {
          question: '办理简易注销还需要到税务局开清税证明吗？',
          answer:
            '未办理过涉税事宜，或办理过涉税事宜但未领用发票、无欠税（滞纳金）及罚款的纳税人，可免予到税务机关办理清税证明，直接向市场监管部门申请简易注销（税总发〔2018〕149号）。',
        },
        {
          question: '什么是“承诺制”容缺办理？',
          answer:
            '符合条件的纳税人资料不齐时，可在作出承诺后即时取得清税文书，并在承诺时限内补齐资料；未履行承诺的，将对其法定代表人、财务负责人纳入纳税信用管理。',
        },
        {
          question: '清税证明可以网上打印吗？',
          answer: '可以。网上办理的，清税证明通过电子税务局送达，纳税人可自行下载打印，市场监管部门通过信息共享核验，无需提交纸质文书。',
        },
      ],
    },
    forms: {
      application: {
        title: '清税申报表',
        fields: [
          '纳税人名称',
          '统一社会信用代码（纳税人识别号）',
          '注销原因',
          '附送资料',
          '法定代表人（负责人）',
          '经办人',
          '经办人身份证件号码',
          '联系电话',
          '申报日期',
        ],
        sample: {
          纳税人名称: '示范市小吃坊餐饮有限公司',
          '统一社会信用代码（纳税人识别号）': 'XXXXXXXXXXXXXXXXXX',
          注销原因: '股东会决议解散',
          附送资料: '股东会决议',
          '法定代表人（负责人）': '周某某',
          经办人: '周某某',
          经办人身份证件号码: 'XXXXXXXXXXXXXXXXXX',
          联系电话: '0999-6738811',
          申报日期: '2026 年 1 月 5 日',
        },
        notes: '纳税人对填报内容的真实性、可靠性、完整性负责；委托代理人办理的，另附授权委托书。',
      },
    },
  },
];
