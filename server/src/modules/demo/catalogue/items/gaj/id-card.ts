/** Demo catalogue item `id-card` of 示范市公安局: 居民身份证申领、换领、补领. */
import { applyUrl, material, when, ID_CARD_ECERT, HOUSEHOLD_REGISTER_ECERT } from '../../demo-builders.js';
import type { DemoItem } from '../../demo-item.js';
import { HOUSEHOLD_WINDOW, COMMON } from './shared.js';

/** 《居民身份证法》第二十条 and 发改价格〔2003〕2322号 (20 元 申领/换领, 40 元 丢失补领/损坏换领, 10 元 临时证). */
const ID_CARD_FEE_BASIS =
  '《中华人民共和国居民身份证法》第二十条；《国家发展改革委 财政部关于第二代居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）';

export const ID_CARD: DemoItem = {
  slug: 'id-card',
  department: 'gaj',
  codeSuffix: '1023010000000',
  popularity: 5000,
  content: {
    ...COMMON,
    name: '居民身份证申领、换领、补领',
    aliases: ['身份证', '换身份证', '补办身份证', '身份证丢了', '身份证到期'],
    basicCode: '102001005000',
    itemType: '07',
    legalBasis:
      '1.《中华人民共和国居民身份证法》第二条：居住在中华人民共和国境内的年满十六周岁的中国公民，应当依照本法的规定申请领取居民身份证；未满十六周岁的中国公民，可以依照本法的规定申请领取居民身份证。\n2.第十条：申请领取居民身份证，应当填写《居民身份证申领登记表》，交验居民户口簿。\n3.第十一条：国家决定换发新一代居民身份证、居民身份证有效期满、公民姓名变更或者证件严重损坏不能辨认的，公民应当换领新证；居民身份证登记项目出现错误的，公安机关应当及时更正，换发新证；领取新证时，必须交回原证。居民身份证丢失的，应当申请补领。',
    audiences: ['1'],
    handlingForms: ['1', '3'],
    caseType: '2',
    limitUnit: 'natural_day',
    legalLimitDays: 60,
    legalLimitExplanation:
      '《中华人民共和国居民身份证法》第十二条：公安机关应当自公民提交《居民身份证申领登记表》之日起六十日内发放居民身份证；交通不便的地区，办理时间可以适当延长，但延长的时间不得超过三十日。',
    promisedLimitDays: 15,
    promisedLimitExplanation:
      '在户籍所在地换领、补领的，自受理之日起15日内发放；首次申领的20日内发放；在非户籍地异地办理的30日内发放。急需使用的，可当场申领临时居民身份证。',
    acceptanceConditions:
      '1.具有本市常住户口的中国公民，年满十六周岁的应当申领，未满十六周岁的可以自愿申领（由监护人代为申请）；\n2.有下列情形之一的应当换领：居民身份证有效期满（可在期满前三个月内申请）、公民姓名变更、证件严重损坏不能辨认，或登记项目出现错误需要更正；\n3.居民身份证丢失的，应当申请补领；\n4.申请人本人到场采集人像和指纹信息。',
    processSteps: [
      {
        name: '申请与受理',
        description: '申请人可通过移动端预约后到户政窗口申请，民警核验身份和户籍信息，打印《居民身份证申领登记表》。',
        timeLimit: '即时',
      },
      {
        name: '信息采集',
        description: '现场免费采集人像（或使用合格的数码相片回执）和指纹信息，申请人核对登记表并签名，缴纳工本费。',
        timeLimit: '即时',
      },
      { name: '审核', description: '户籍民警对申请人身份、户籍信息和相片进行审核，上传制证。', timeLimit: '3日' },
      { name: '制证', description: '省级公安机关制证中心统一制作居民身份证。', timeLimit: '10日' },
      { name: '办结（发证）', description: '申请人凭受理回执到窗口领取，或选择由公安机关委托邮政寄递送达。', timeLimit: '2日' },
    ],
    specialProcedure: '',
    quantityLimit: '',
    intermediaryServices: '',
    resultName: '居民身份证',
    resultType: '1',
    address: HOUSEHOLD_WINDOW,
    visits: 1,
    visitsReason: '须本人到场采集人像和指纹信息（《中华人民共和国居民身份证法》第三条）；选择邮政寄递送达证件的，无需再到场领证。',
    onlineLevel: 2,
    onlineDepth: ['1', '2', '3'],
    isOnline: true,
    onlineUrl: applyUrl('id-card'),
    supportsAppointment: true,
    supportsExpress: false,
    supportsOnlinePayment: true,
    serviceScope: '1',
    jointDepartments: '',
    personThemes: ['P04'],
    enterpriseThemes: [],
    charged: true,
    fees: [
      {
        name: '居民身份证工本费（首次申领、有效期满换领）',
        standard: '每证20元',
        basis: ID_CARD_FEE_BASIS,
        reductions:
          '对城市中领取最低生活保障金的居民、农村中有特殊生活困难的居民，在其初次申请领取和换领居民身份证时，免收工本费；对其他生活确有困难的居民，可以减收工本费（《中华人民共和国居民身份证法》第二十条）。',
      },
      { name: '居民身份证工本费（丢失补领、损坏换领）', standard: '每证40元', basis: ID_CARD_FEE_BASIS, reductions: '' },
      { name: '临时居民身份证工本费', standard: '每证10元', basis: ID_CARD_FEE_BASIS, reductions: '' },
    ],
    materials: [
      material({
        key: 'application',
        name: '居民身份证申领登记表',
        legalBasis: '《中华人民共和国居民身份证法》第十条',
        fillingNotes: '由受理民警根据人口信息系统打印，申请人核对无误后签名确认；未满十六周岁的由监护人签名。',
        acceptanceStandard: '登记项目与户籍信息一致，申请人（监护人）签名。',
      }),
      material({
        key: 'household-register',
        name: '居民户口簿',
        sourceChannel: '2',
        issuedBy: '公安机关',
        legalBasis: '《中华人民共和国居民身份证法》第十条',
        fillingNotes: '交验原件，核验后当场退还。',
        acceptanceStandard: '户口簿中载有申请人的常住人口登记卡。',
        replacedBy: HOUSEHOLD_REGISTER_ECERT,
        appliesWhen: when('situation', 'first', 'lost'),
      }),
      material({
        key: 'old-card',
        name: '原居民身份证',
        sourceChannel: '2',
        issuedBy: '公安机关',
        legalBasis: '《中华人民共和国居民身份证法》第十一条（领取新证时，必须交回原证）',
        fillingNotes: '换领时交回原证，由公安机关回收销毁。',
        acceptanceStandard: '为申请人本人的居民身份证。',
        appliesWhen: when('situation', 'expiry', 'damage'),
      }),
      material({
        key: 'photo-receipt',
        name: '居民身份证数码相片回执',
        format: '2',
        originalCopies: 0,
        paperSpec: '',
        required: false,
        sourceChannel: '3',
        legalBasis: '《中华人民共和国居民身份证法》第三条',
        fillingNotes: '可在窗口现场免费采集人像，无需自备；使用照相馆拍摄的，提供合格的数码相片回执编号。',
        acceptanceStandard: '符合居民身份证相片标准，近期免冠正面彩色。',
      }),
      material({
        key: 'guardian-id',
        name: '监护人居民身份证',
        sourceChannel: '2',
        issuedBy: '公安机关',
        legalBasis: '《中华人民共和国居民身份证法》第十条（未满十六周岁的公民，由监护人代为申请）',
        fillingNotes: '监护人陪同申请人到场，交验本人居民身份证。',
        acceptanceStandard: '监护关系可通过户籍信息或出生医学证明核实。',
        replacedBy: ID_CARD_ECERT,
        appliesWhen: when('age', 'minor'),
      }),
    ],
    scenarios: [
      {
        key: 'situation',
        question: '您办理的是哪种情形？',
        options: [
          { key: 'first', label: '首次申领', promisedLimitDays: 20, note: '首次申领须在常住户口所在地办理。' },
          { key: 'expiry', label: '有效期满换领', promisedLimitDays: null, note: '可在有效期满前三个月内申请，工本费20元。' },
          { key: 'damage', label: '证件损坏换领', promisedLimitDays: null, note: '损坏换领工本费40元。' },
          {
            key: 'lost',
            label: '丢失补领',
            promisedLimitDays: null,
            note: '补领工本费40元；原证自补领受理之日起作废，急需用证的可同时申领临时居民身份证。',
          },
        ],
      },
      {
        key: 'age',
        question: '申请人是否年满十六周岁？',
        options: [
          { key: 'adult', label: '已满十六周岁', promisedLimitDays: null, note: '' },
          { key: 'minor', label: '未满十六周岁', promisedLimitDays: null, note: '由监护人陪同并代为申请，发给有效期五年的居民身份证。' },
        ],
      },
      {
        key: 'place',
        question: '在哪里办理？',
        options: [
          { key: 'local', label: '常住户口所在地', promisedLimitDays: null, note: '' },
          { key: 'elsewhere', label: '非户籍地异地办理', promisedLimitDays: 30, note: '异地受理换领、补领，证件由户籍地公安机关签发。' },
        ],
      },
    ],
    faqs: [
      {
        question: '身份证快到期了，什么时候可以去换？',
        answer: '可以在有效期满前三个月内申请换领，换领时须交回原证，工本费20元。',
      },
      {
        question: '身份证丢了怎么办？',
        answer: '请尽快到户政窗口申请补领（工本费40元），补领受理后原证作废；急需使用的，可当场申领临时居民身份证（工本费10元）。',
      },
      {
        question: '未满十六周岁的孩子可以办身份证吗？',
        answer: '可以自愿申领。由监护人陪同并代为申请，发给有效期五年的居民身份证（《中华人民共和国居民身份证法》第五条）。',
      },
      {
        question: '居民身份证的有效期是怎么确定的？',
        answer:
          '十六周岁至二十五周岁的发给有效期十年的证件，二十六周岁至四十五周岁的为二十年，四十六周岁以上的为长期（《中华人民共和国居民身份证法》第五条）。',
      },
    ],
  },
  forms: {
    application: {
      title: '居民身份证申领登记表',
      fields: [
        '申领原因',
        '姓名',
        '性别',
        '民族',
        '出生日期',
        '常住户口所在地住址',
        '公民身份号码',
        '有效期限',
        '联系电话',
        '监护人姓名',
        '领证方式',
        '申请人签名',
        '申请日期',
      ],
      sample: {
        申领原因: '有效期满换领',
        姓名: '张三',
        性别: '男',
        民族: '汉',
        出生日期: '1990 年 3 月 7 日',
        常住户口所在地住址: '示范市东城区人民路 10 号 2 单元 301 室',
        公民身份号码: 'XXXXXXXXXXXXXXXXXX',
        有效期限: '二十年',
        联系电话: '0999-6200101',
        监护人姓名: '不适用（已满十六周岁）',
        领证方式: '邮政寄递',
        申请人签名: '张三',
        申请日期: '2026 年 2 月 10 日',
      },
      notes:
        '1.本表由受理民警打印，申请人核对各项内容无误后签名；\n2.未满十六周岁的，由监护人填写监护人姓名并签名；\n3.选择邮政寄递的，请核对收件地址。',
    },
  },
};
