/** Demo catalogue item `urban-rural-pension` of 示范市人力资源和社会保障局: 城乡居民基本养老保险待遇申领. */
import { applyUrl, NOT_CHARGED, material, when, HOUSEHOLD_REGISTER_ECERT } from '../../demo-builders.js';
import type { DemoItem } from '../../demo-item.js';
import { PLACE, idCard, ssCardForPayment } from './shared.js';

export const URBAN_RURAL_PENSION: DemoItem = {
  slug: 'urban-rural-pension',
  department: 'rsj',
  codeSuffix: '2030500100000',
  popularity: 1500,
  content: {
    name: '城乡居民基本养老保险待遇申领',
    aliases: ['居民养老金申领', '城乡居民养老保险领取', '农村养老金', '居民养老保险待遇'],
    basicCode: '203005001000',
    itemType: '05',
    legalBasis:
      '《中华人民共和国社会保险法》第二十条、第二十一条、第二十二条。\n' +
      '《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）：参加城乡居民养老保险的个人，年满60周岁、累计缴费满15年，且未领取国家规定的基本养老保障待遇的，可以按月领取城乡居民养老保险待遇。\n' +
      '《城乡居民基本养老保险经办规程》（人社部发〔2019〕84号）。',
    exerciseLevel: '3',
    powerSource: '1',
    subjectNature: '1',
    entrustedBody: '',
    audiences: ['1'],
    handlingForms: ['1', '2', '3'],
    caseType: '2',
    limitUnit: 'working_day',
    legalLimitDays: null,
    legalLimitExplanation: '法律、行政法规未规定城乡居民基本养老保险待遇核定的办结时限。',
    promisedLimitDays: 5,
    promisedLimitExplanation: '自受理之日起5个工作日内完成待遇核定，自符合领取条件的次月起按月发放。',
    acceptanceConditions:
      '1. 参加本市城乡居民基本养老保险，年满60周岁；\n' +
      '2. 累计缴费满15年；新制度实施时距规定领取年龄不足15年的，应逐年缴费，也允许补缴，累计缴费不超过15年；\n' +
      '3. 未领取国家规定的基本养老保障待遇（如职工基本养老保险待遇、机关事业单位养老保险待遇）；\n' +
      '4. 新制度实施时已年满60周岁、未领取国家规定的基本养老保障待遇的，不用缴费，可按月领取基础养老金。',
    processSteps: [
      {
        name: '申请与受理',
        description: '本人通过网上、移动端或村（社区）代办点、窗口提交申请，材料齐全的予以受理。',
        timeLimit: '1个工作日',
      },
      { name: '审核', description: '核查参保缴费年限，与职工养老保险等待遇领取信息比对，防止重复领取。', timeLimit: '2个工作日' },
      { name: '待遇核定', description: '核定基础养老金和个人账户养老金月标准。', timeLimit: '1个工作日' },
      { name: '办结', description: '告知核定结果，待遇按月发放至社会保障卡金融账户。', timeLimit: '1个工作日' },
    ],
    specialProcedure: '',
    quantityLimit: '',
    intermediaryServices: '',
    resultName: '城乡居民基本养老保险待遇核定表',
    resultType: '3',
    ...PLACE,
    visits: 0,
    visitsReason: '无',
    onlineLevel: 4,
    onlineDepth: ['1', '2', '3', '4', '5', '6'],
    isOnline: true,
    onlineUrl: applyUrl('urban-rural-pension'),
    supportsAppointment: false,
    supportsExpress: false,
    serviceScope: '3',
    jointDepartments: '',
    personThemes: ['P09'],
    enterpriseThemes: [],
    ...NOT_CHARGED,
    materials: [
      material({
        key: 'application',
        name: '城乡居民基本养老保险待遇申领表',
        format: '3',
        legalBasis: '《城乡居民基本养老保险经办规程》（人社部发〔2019〕84号）',
        fillingNotes: '本人签字或按指印；网上申请的在线填写并通过人脸识别确认。',
        acceptanceStandard: '信息完整，有本人签字或指印。',
      }),
      idCard(),
      material({
        key: 'household-register',
        name: '户口簿',
        required: false,
        sourceChannel: '2',
        issuedBy: '公安机关',
        fillingNotes: '系统无法核验户籍信息时提供。',
        acceptanceStandard: '含户主页和本人页。',
        replacedBy: HOUSEHOLD_REGISTER_ECERT,
      }),
      ssCardForPayment(),
      material({
        key: 'back-payment',
        name: '一次性补缴缴费凭证',
        format: '2',
        paperSpec: '',
        sourceChannel: '2',
        issuedBy: '税务部门',
        fillingNotes: '累计缴费不足15年的，先向税务部门办理补缴，系统自动获取缴费信息。',
        acceptanceStandard: '补缴后累计缴费年限满15年。',
        replacedBy: { kind: 'registry', ref: 'tax.social-insurance-payment', label: '社会保险费缴费信息' },
        appliesWhen: when('payment', 'short'),
      }),
    ],
    scenarios: [
      {
        key: 'payment',
        question: '您的累计缴费年限是？',
        options: [
          { key: 'full', label: '已满15年', promisedLimitDays: null, note: '' },
          {
            key: 'short',
            label: '不足15年，需一次性补缴',
            promisedLimitDays: null,
            note: '补缴部分是否享受政府缴费补贴按示范省规定执行；补缴到账后再申领。',
          },
        ],
      },
    ],
    faqs: [
      {
        question: '城乡居民养老金由哪些部分组成？',
        answer: '由基础养老金和个人账户养老金组成。个人账户养老金月计发标准为个人账户全部储存额除以139。',
      },
      {
        question: '领取养老金后每年还要做资格认证吗？',
        answer: '本市通过数据比对进行静默认证，无法比对的，可通过电子社保卡或“示范办”移动端人脸识别自助认证，无需到现场。',
      },
      {
        question: '领取人去世后个人账户余额怎么办？',
        answer: '参保人死亡的，个人账户资金余额可以依法继承，由继承人向经办机构申请。',
      },
    ],
  },
  forms: {
    application: {
      title: '城乡居民基本养老保险待遇申领表',
      fields: [
        '姓名',
        '性别',
        '出生日期',
        '身份证件号码',
        '户籍地址',
        '参保缴费起始年月',
        '累计缴费年限',
        '是否领取其他基本养老保障待遇',
        '待遇发放账户',
        '联系电话',
        '本人签名',
        '申请日期',
      ],
      sample: {
        姓名: '李秀英',
        性别: '女',
        出生日期: '1966年4月2日',
        身份证件号码: 'XXXXXXXXXXXXXXXXXX',
        户籍地址: '示范县城关镇幸福村 3 组',
        参保缴费起始年月: '2010年1月',
        累计缴费年限: '16年',
        是否领取其他基本养老保障待遇: '否',
        待遇发放账户: '本人社会保障卡金融账户',
        联系电话: '0999-6100005',
        本人签名: '李秀英',
        申请日期: '2026年4月5日',
      },
      notes: '本人承诺未领取国家规定的其他基本养老保障待遇；重复领取的须退还。',
    },
  },
};
