/** Demo catalogue item `retirement-approval` of 示范市人力资源和社会保障局: 退休核准（职工基本养老保险待遇核定）. */
import { applyUrl, NOT_CHARGED, material, when } from '../../demo-builders.js';
import type { DemoItem } from '../../demo-item.js';
import { PLACE, idCard, ssCardForPayment } from './shared.js';

export const RETIREMENT_APPROVAL: DemoItem = {
  slug: 'retirement-approval',
  department: 'rsj',
  codeSuffix: '2030700100000',
  popularity: 3000,
  content: {
    name: '退休核准（职工基本养老保险待遇核定）',
    aliases: ['办退休', '退休手续', '退休申请', '养老金核定'],
    basicCode: '203007001000',
    itemType: '07',
    legalBasis:
      '《中华人民共和国社会保险法》第十六条第一款：参加基本养老保险的个人，达到法定退休年龄时累计缴费满十五年的，按月领取基本养老金。\n' +
      '《全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定》（2024年9月13日第十四届全国人民代表大会常务委员会第十一次会议通过）及《国务院关于渐进式延迟法定退休年龄的办法》。\n' +
      '《国务院关于工人退休、退职的暂行办法》（国发〔1978〕104号）；《国务院关于完善企业职工基本养老保险制度的决定》（国发〔2005〕38号）；《劳动和社会保障部关于制止和纠正违反国家规定办理企业职工提前退休有关问题的通知》（劳社部发〔1999〕8号）。',
    exerciseLevel: '3',
    powerSource: '1',
    subjectNature: '1',
    entrustedBody: '',
    audiences: ['1', '2'],
    handlingForms: ['1', '2'],
    caseType: '2',
    limitUnit: 'working_day',
    legalLimitDays: null,
    legalLimitExplanation: '法律、行政法规未规定退休核准的办结时限。',
    promisedLimitDays: 10,
    promisedLimitExplanation:
      '正常退休自受理之日起10个工作日内完成核准和待遇核定；因病提前退休的15个工作日（劳动能力鉴定时间不计入）；特殊工种提前退休须公示5个工作日，20个工作日内办结。',
    acceptanceConditions:
      '1. 参加本市职工基本养老保险，达到法定退休年龄。自2025年1月1日起，法定退休年龄按照《国务院关于渐进式延迟法定退休年龄的办法》逐步延迟；选择弹性提前退休的，提前时间最长不超过3年，且退休年龄不得低于原法定退休年龄；\n' +
      '2. 累计缴费年限（含视同缴费年限）满15年；自2030年1月1日起最低缴费年限逐步提高至20年。缴费年限不足的，可以按规定延长缴费至规定年限后申领；\n' +
      '3. 特殊工种提前退休：从事井下、高温工作累计满9年，从事高空和特别繁重体力劳动累计满10年，或从事其他有害身体健康工作累计满8年，并达到国家规定的年龄；\n' +
      '4. 因病或非因工致残提前退休：经示范市劳动能力鉴定委员会鉴定完全丧失劳动能力，并达到国家规定的年龄；\n' +
      '5. 由参保单位为职工申报；以灵活就业人员身份参保的由本人申报。',
    processSteps: [
      {
        name: '申报与受理',
        description: '单位或本人在网上或窗口申报，材料齐全的予以受理，不齐全的一次性告知补正。',
        timeLimit: '1个工作日',
      },
      { name: '审核', description: '审查人事档案，核定出生时间、参加工作时间、视同缴费年限和特殊工种从业经历。', timeLimit: '4个工作日' },
      { name: '公示', description: '特殊工种提前退休的，在单位和本机关网站公示5个工作日。', timeLimit: '5个工作日' },
      {
        name: '核准与待遇核定',
        description: '作出退休核准，核定基本养老金（基础养老金、个人账户养老金、过渡性养老金）。',
        timeLimit: '3个工作日',
      },
      { name: '办结', description: '出具《职工基本养老保险待遇核定表》，自核准次月起按月发放基本养老金。', timeLimit: '2个工作日' },
    ],
    specialProcedure: '因病或非因工致残提前退休的，须先经劳动能力鉴定，鉴定时间不计入办理时限。',
    quantityLimit: '',
    intermediaryServices: '',
    resultName: '职工基本养老保险待遇核定表',
    resultType: '3',
    ...PLACE,
    visits: 1,
    visitsReason: '须提交职工人事档案原件，供审核出生时间、参加工作时间和特殊工种从业经历；由单位经办人送审，职工本人无需到场。',
    onlineLevel: 3,
    onlineDepth: ['1', '2', '3', '4', '6'],
    isOnline: true,
    onlineUrl: applyUrl('retirement-approval'),
    supportsAppointment: true,
    supportsExpress: false,
    serviceScope: '3',
    jointDepartments: '',
    personThemes: ['P09'],
    enterpriseThemes: ['E02'],
    ...NOT_CHARGED,
    materials: [
      material({
        key: 'application',
        name: '职工基本养老保险待遇申领表',
        format: '3',
        fillingNotes: '单位申报的加盖单位公章；选择弹性提前或弹性延迟退休的在表中注明。',
        acceptanceStandard: '信息完整，签章齐全。',
      }),
      idCard(),
      material({
        key: 'personnel-file',
        name: '职工人事档案',
        sourceChannel: '3',
        issuedBy: '档案保管单位或公共人才服务机构',
        legalBasis: '《劳动和社会保障部关于制止和纠正违反国家规定办理企业职工提前退休有关问题的通知》（劳社部发〔1999〕8号）',
        fillingNotes: '出生时间以本人居民身份证与档案记载一致的为准；不一致的，以本人档案最先记载的出生时间为准。',
        acceptanceStandard: '档案完整，招工、转正、工资等原始记录齐全。',
      }),
      ssCardForPayment(),
      material({
        key: 'special-work-proof',
        name: '特殊工种从业经历原始证明材料',
        sourceChannel: '3',
        issuedBy: '原工作单位',
        fillingNotes: '包括招工审批表、岗位变动记录、工资台账等能证明从事特殊工种岗位及年限的原始材料。',
        acceptanceStandard: '工种在国家特殊工种名录内，从事年限达到规定。',
        appliesWhen: when('situation', 'special'),
      }),
      material({
        key: 'disability-appraisal',
        name: '劳动能力鉴定结论书',
        sourceChannel: '2',
        issuedBy: '示范市劳动能力鉴定委员会',
        fillingNotes: '鉴定结论须为完全丧失劳动能力。',
        acceptanceStandard: '鉴定结论在有效期内。',
        replacedBy: { kind: 'registry', ref: 'labour.ability-appraisal', label: '劳动能力鉴定结论信息' },
        appliesWhen: when('situation', 'illness'),
      }),
    ],
    scenarios: [
      {
        key: 'situation',
        question: '您办理的是哪种退休？',
        options: [
          { key: 'normal', label: '达到法定退休年龄退休（含弹性退休）', promisedLimitDays: null, note: '' },
          {
            key: 'special',
            label: '特殊工种提前退休',
            promisedLimitDays: 20,
            note: '须在单位和本机关网站公示5个工作日，公示无异议后核准。',
          },
          {
            key: 'illness',
            label: '因病或非因工致残提前退休',
            promisedLimitDays: 15,
            note: '请先向示范市劳动能力鉴定委员会申请劳动能力鉴定。',
          },
        ],
      },
    ],
    faqs: [
      {
        question: '缴费年限不够怎么办？',
        answer:
          '达到法定退休年龄时累计缴费年限不足的，可以按规定延长缴费至规定年限后按月领取基本养老金，也可以申请转入城乡居民基本养老保险。',
      },
      {
        question: '延迟退休后，我的退休年龄怎么算？',
        answer:
          '按照《国务院关于渐进式延迟法定退休年龄的办法》所附对照表，根据出生年月确定；可在示范市政务服务网“退休年龄查询”中输入出生年月查询。',
      },
      {
        question: '退休核准后什么时候开始领养老金？',
        answer: '自核准退休的次月起按月发放至本人社会保障卡金融账户。',
      },
    ],
  },
  forms: {
    application: {
      title: '职工基本养老保险待遇申领表',
      fields: [
        '姓名',
        '性别',
        '出生日期',
        '身份证件号码',
        '参保单位名称',
        '参加工作时间',
        '累计缴费年限',
        '退休类别（正常/特殊工种/因病）',
        '申请退休时间',
        '养老金发放账户',
        '联系电话',
        '本人签名',
        '单位经办人',
        '单位盖章',
      ],
      sample: {
        姓名: '王建国',
        性别: '男',
        出生日期: '1965年6月15日',
        身份证件号码: 'XXXXXXXXXXXXXXXXXX',
        参保单位名称: '示范市第一机械厂',
        参加工作时间: '1984年7月',
        累计缴费年限: '41年7个月',
        '退休类别（正常/特殊工种/因病）': '正常',
        申请退休时间: '2026年5月',
        养老金发放账户: '本人社会保障卡金融账户',
        联系电话: '0999-6100008',
        本人签名: '王建国',
        单位经办人: '刘会计',
        单位盖章: '示范市第一机械厂（盖章）',
      },
      notes: '出生日期以档案最先记载为准；申请退休时间按对照表确定的法定退休年龄填写，选择弹性退休的注明。',
    },
  },
};
