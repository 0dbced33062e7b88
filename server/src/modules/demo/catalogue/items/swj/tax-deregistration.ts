/** Demo catalogue item `tax-deregistration` of 国家税务总局示范市税务局: 清税申报（注销税务登记）. */
import { applyUrl, when } from '../../demo-builders.js';
import type { DemoItem } from '../../demo-item.js';
import { SERVICE, material, idCard } from './shared.js';

export const TAX_DEREGISTRATION: DemoItem = {
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
};
