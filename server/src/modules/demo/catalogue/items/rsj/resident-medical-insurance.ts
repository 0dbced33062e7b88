/** Demo catalogue item `resident-medical-insurance` of 示范市人力资源和社会保障局: 城乡居民基本医疗保险参保登记. */
import { applyUrl, NOT_CHARGED, material, when, ID_CARD_ECERT, BIRTH_MEDICAL_CERTIFICATE_ECERT } from '../../demo-builders.js';
import type { DemoItem } from '../../demo-item.js';
import { PLACE, idCard } from './shared.js';

export const RESIDENT_MEDICAL_INSURANCE: DemoItem = {
  slug: 'resident-medical-insurance',
  department: 'rsj',
  codeSuffix: '2032000300000',
  popularity: 2600,
  content: {
    name: '城乡居民基本医疗保险参保登记',
    aliases: ['居民医保参保', '城乡居民医保', '新生儿参保', '办医保'],
    basicCode: '203020003000',
    itemType: '20',
    legalBasis:
      '《中华人民共和国社会保险法》第二十五条：国家建立和完善城镇居民基本医疗保险制度。城镇居民基本医疗保险实行个人缴费和政府补贴相结合。\n' +
      '《国务院关于整合城乡居民基本医疗保险制度的意见》（国发〔2016〕3号）。\n' +
      '《关于开展儿童参加基本医疗保险专项行动的通知》（国家医疗保障局等五部门，2024年）：新生儿原则上在出生后90天内参保缴费，自出生之日起发生的符合规定的医疗费用纳入医保报销范围。',
    exerciseLevel: '3',
    powerSource: '1',
    subjectNature: '1',
    entrustedBody: '',
    audiences: ['1'],
    handlingForms: ['1', '2', '3'],
    caseType: '1',
    limitUnit: 'working_day',
    legalLimitDays: null,
    legalLimitExplanation: '法律、行政法规未规定参保登记的办结时限。',
    promisedLimitDays: 0,
    promisedLimitExplanation: '材料齐全的即时办结；登记后按年度向税务部门缴纳城乡居民医疗保险费。',
    acceptanceConditions:
      '1. 不属于职工基本医疗保险应参保范围的本市户籍城乡居民；\n' +
      '2. 持有本市居住证的非本市户籍常住人员及其随迁子女；\n' +
      '3. 在本市就读的中小学生、学龄前儿童（大中专院校学生由学校统一组织参保）；\n' +
      '4. 新生儿出生后即可凭出生医学证明参保，无需先办理户口登记；\n' +
      '5. 不得重复参加基本医疗保险。',
    processSteps: [
      { name: '申请', description: '通过网上、移动端、“出生一件事”或窗口提交参保登记信息。', timeLimit: '即时' },
      { name: '审核', description: '核验身份信息，查询是否已参加其他基本医疗保险。', timeLimit: '即时' },
      { name: '登记', description: '完成参保登记，将参保信息推送税务部门。', timeLimit: '即时' },
      { name: '办结', description: '告知缴费方式和待遇享受时间，生成医保电子凭证。', timeLimit: '即时' },
    ],
    specialProcedure: '',
    quantityLimit: '',
    intermediaryServices: '',
    resultName: '城乡居民基本医疗保险参保登记回执',
    resultType: '3',
    ...PLACE,
    visits: 0,
    visitsReason: '无',
    onlineLevel: 4,
    onlineDepth: ['1', '2', '3', '4', '5', '6'],
    isOnline: true,
    onlineUrl: applyUrl('resident-medical-insurance'),
    supportsAppointment: false,
    supportsExpress: false,
    serviceScope: '3',
    jointDepartments: '国家税务总局示范市税务局（城乡居民医疗保险费征收）',
    personThemes: ['P01', 'P07'],
    enterpriseThemes: [],
    ...NOT_CHARGED,
    materials: [
      material({
        key: 'application',
        name: '城乡居民基本医疗保险参保登记表',
        format: '3',
        fillingNotes: '在线填写或窗口填写；为子女登记的由监护人签字。',
        acceptanceStandard: '信息完整，与身份证件一致。',
      }),
      idCard({
        name: '参保人居民身份证或户口簿',
        fillingNotes: '未办理居民身份证的未成年人提交户口簿。',
        appliesWhen: when('applicant', 'adult', 'student'),
      }),
      material({
        key: 'birth-certificate',
        name: '出生医学证明',
        sourceChannel: '2',
        issuedBy: '助产机构（卫生健康部门统一制发）',
        fillingNotes: '通过出生医学证明电子证照核验的免于提交。',
        acceptanceStandard: '新生儿信息完整。',
        replacedBy: BIRTH_MEDICAL_CERTIFICATE_ECERT,
        appliesWhen: when('applicant', 'newborn'),
      }),
      material({
        key: 'guardian-id',
        name: '父母或其他监护人居民身份证',
        sourceChannel: '2',
        issuedBy: '公安机关',
        acceptanceStandard: '在有效期内。',
        replacedBy: ID_CARD_ECERT,
        appliesWhen: when('applicant', 'newborn', 'student'),
      }),
      material({
        key: 'residence-permit',
        name: '居住证',
        required: false,
        sourceChannel: '2',
        issuedBy: '公安机关',
        fillingNotes: '非本市户籍人员提供；新生儿、学生由父母一方提供。',
        acceptanceStandard: '在有效期内。',
        replacedBy: { kind: 'registry', ref: 'population.residence', label: '人口基础信息库·居住登记信息' },
      }),
      material({
        key: 'student-proof',
        name: '学生证或在校（园）证明',
        sourceChannel: '3',
        issuedBy: '所在学校或幼儿园',
        fillingNotes: '由学校、幼儿园统一组织办理的免于提交。',
        acceptanceStandard: '在本市学校或幼儿园就读。',
        appliesWhen: when('applicant', 'student'),
      }),
    ],
    scenarios: [
      {
        key: 'applicant',
        question: '参保人是？',
        options: [
          { key: 'adult', label: '成年城乡居民', promisedLimitDays: null, note: '' },
          {
            key: 'newborn',
            label: '新生儿参保',
            promisedLimitDays: null,
            note: '出生后90天内参保缴费的，自出生之日起享受待遇；可在办理出生医学证明时通过“出生一件事”一并办理。',
          },
          { key: 'student', label: '中小学生、学龄前儿童', promisedLimitDays: null, note: '可由学校、幼儿园统一组织办理。' },
        ],
      },
    ],
    faqs: [
      {
        question: '参保后什么时候开始享受医保待遇？',
        answer:
          '在集中参保期内登记缴费的，自次年1月1日起享受待遇；新生儿出生后90天内参保缴费的，自出生之日起享受；其他时间参保的按示范省规定的待遇等待期执行。',
      },
      {
        question: '城乡居民医保费在哪里缴？',
        answer: '由税务部门征收，可通过“示范税务”移动端、电子税务局、合作银行或办税服务厅缴纳。',
      },
      {
        question: '已参加职工医保还能参加居民医保吗？',
        answer: '不能。同一人不得重复参加基本医疗保险；已参加职工医保的，请勿重复登记。',
      },
    ],
  },
  forms: {
    application: {
      title: '城乡居民基本医疗保险参保登记表',
      fields: [
        '参保人姓名',
        '性别',
        '出生日期',
        '身份证件号码或出生医学证明编号',
        '人员类别',
        '户籍性质',
        '居住地址',
        '监护人姓名',
        '监护人身份证件号码',
        '联系电话',
        '申请人签名',
        '登记日期',
      ],
      sample: {
        参保人姓名: '张小明',
        性别: '男',
        出生日期: '2026年3月12日',
        身份证件号码或出生医学证明编号: 'Z990000001',
        人员类别: '新生儿',
        户籍性质: '本市户籍（待落户）',
        居住地址: '示范市东城区人民路 88 号 1 单元 301 室',
        监护人姓名: '张三',
        监护人身份证件号码: 'XXXXXXXXXXXXXXXXXX',
        联系电话: '0999-6100001',
        申请人签名: '张三',
        登记日期: '2026年3月20日',
      },
      notes: '新生儿未落户的填写出生医学证明编号，落户后由系统自动更新为身份证件号码。',
    },
  },
};
