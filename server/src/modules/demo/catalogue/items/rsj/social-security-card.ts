/** Demo catalogue item `social-security-card` of 示范市人力资源和社会保障局: 社会保障卡申领. */
import { applyUrl, NOT_CHARGED, material, when, ID_CARD_ECERT, HOUSEHOLD_REGISTER_ECERT } from '../../demo-builders.js';
import type { DemoItem } from '../../demo-item.js';
import { PLACE, idCard } from './shared.js';

export const SOCIAL_SECURITY_CARD: DemoItem = {
  slug: 'social-security-card',
  department: 'rsj',
  codeSuffix: '2032000100000',
  popularity: 4800,
  content: {
    name: '社会保障卡申领',
    aliases: ['社保卡', '办社保卡', '社保卡补办', '社保卡丢了', '社保卡换卡'],
    basicCode: '203020001000',
    itemType: '20',
    legalBasis:
      '《中华人民共和国社会保险法》第五十八条第三款：国家建立全国统一的个人社会保障号码。个人社会保障号码为公民身份号码。\n' +
      '《中华人民共和国社会保障卡管理办法》（人社部发〔2011〕47号）。',
    exerciseLevel: '3',
    powerSource: '1',
    subjectNature: '1',
    entrustedBody: '',
    audiences: ['1'],
    handlingForms: ['1', '2', '3', '4'],
    caseType: '1',
    limitUnit: 'working_day',
    legalLimitDays: null,
    legalLimitExplanation: '法律、行政法规未规定社会保障卡发放的办结时限。',
    promisedLimitDays: 0,
    promisedLimitExplanation:
      '在政务服务中心即时制卡窗口申领的，当场制卡发卡；网上申请选择邮寄的，自申请之日起10个工作日内制卡寄出（邮寄时间不计入）。',
    acceptanceConditions:
      '1. 在本市参加社会保险或享受人力资源社会保障公共服务的人员，包括本市户籍人员和在本市居住、就业的非本市户籍人员；\n' +
      '2. 首次申领：未持有有效社会保障卡；已在其他地区持卡的，按全国“一人一卡”要求，由本市经办机构协同办理原卡注销后发卡；\n' +
      '3. 补领：原卡遗失或被盗，已办理挂失；\n' +
      '4. 换领：卡面信息变更、卡片损坏无法使用、有效期届满或更换为第三代社会保障卡；\n' +
      '5. 16周岁以下人员由父母或其他监护人代为申领。',
    processSteps: [
      {
        name: '申请',
        description: '本人到窗口或通过示范市政务服务网、“示范办”移动端提交申请，现场拍照或上传电子照片。',
        timeLimit: '即时',
      },
      { name: '审核', description: '核验身份信息和参保信息，核对照片是否符合制卡标准。', timeLimit: '即时' },
      { name: '制卡', description: '即时制卡窗口现场制卡；网上申请的由制卡中心集中制卡。', timeLimit: '即时' },
      { name: '发卡与启用', description: '当场发卡并设置密码启用社保功能；邮寄的签收后通过电子社保卡或窗口启用。', timeLimit: '即时' },
    ],
    specialProcedure: '',
    quantityLimit: '一人只能持有一张有效的社会保障卡。',
    intermediaryServices: '',
    resultName: '社会保障卡',
    resultType: '1',
    ...PLACE,
    visits: 0,
    visitsReason: '无',
    onlineLevel: 4,
    onlineDepth: ['1', '2', '3', '4', '5', '6'],
    isOnline: true,
    onlineUrl: applyUrl('social-security-card'),
    supportsAppointment: true,
    supportsExpress: true,
    serviceScope: '1',
    jointDepartments: '社会保障卡合作银行（金融功能激活）',
    personThemes: ['P03', 'P04', 'P07'],
    enterpriseThemes: [],
    ...NOT_CHARGED,
    materials: [
      material({
        key: 'application',
        name: '社会保障卡申领登记表',
        format: '3',
        legalBasis: '《中华人民共和国社会保障卡管理办法》（人社部发〔2011〕47号）',
        fillingNotes: '窗口申领的由系统打印，申请人核对后签字；网上申请的在线填写。',
        acceptanceStandard: '信息与身份证件一致，有申请人签字。',
      }),
      idCard({ fillingNotes: '本人申领的提交；16周岁以下未办理居民身份证的，提交户口簿。' }),
      material({
        key: 'photo',
        name: '近期免冠彩色证件照片（白色背景）',
        format: '2',
        paperSpec: '',
        fillingNotes: '窗口可免费现场拍照；网上申请的上传数码照片（358×441像素，JPG格式）。',
        acceptanceStandard: '白色背景、正面免冠、五官清晰，不得佩戴有色眼镜。',
      }),
      material({
        key: 'household-register',
        name: '户口簿',
        sourceChannel: '2',
        issuedBy: '公安机关',
        fillingNotes: '为16周岁以下子女申领、子女尚未办理居民身份证的提交。',
        acceptanceStandard: '含户主页和申领人本人页。',
        replacedBy: HOUSEHOLD_REGISTER_ECERT,
        appliesWhen: when('applicant', 'minor'),
      }),
      material({
        key: 'agent-id',
        name: '监护人或代办人居民身份证',
        sourceChannel: '2',
        issuedBy: '公安机关',
        acceptanceStandard: '在有效期内；监护人须与户口簿记载的关系一致。',
        replacedBy: ID_CARD_ECERT,
        appliesWhen: when('applicant', 'minor', 'agent'),
      }),
      material({
        key: 'authorisation',
        name: '授权委托书',
        fillingNotes: '委托他人代办的，由申领人本人签字。',
        acceptanceStandard: '委托事项明确，有委托人签字。',
        appliesWhen: when('applicant', 'agent'),
      }),
      material({
        key: 'old-card',
        name: '原社会保障卡',
        sourceChannel: '2',
        issuedBy: '人力资源社会保障部门',
        fillingNotes: '换领时交回，由窗口剪角作废；卡片已损毁无法交回的书面说明。',
        acceptanceStandard: '卡号与申领人一致。',
        appliesWhen: when('situation', 'replace'),
      }),
    ],
    scenarios: [
      {
        key: 'situation',
        question: '您办理的是哪种情形？',
        options: [
          { key: 'first', label: '首次申领', promisedLimitDays: null, note: '' },
          {
            key: 'reissue',
            label: '遗失补领',
            promisedLimitDays: null,
            note: '补领前须先办理挂失（拨打 0999-12333、通过电子社保卡或到窗口挂失），挂失后原卡社保功能和金融功能同时停用。',
          },
          { key: 'replace', label: '损坏、信息变更或到期换领', promisedLimitDays: null, note: '换领时须交回原卡。' },
        ],
      },
      {
        key: 'applicant',
        question: '由谁办理？',
        options: [
          { key: 'self', label: '本人申领', promisedLimitDays: null, note: '' },
          { key: 'minor', label: '为16周岁以下子女申领', promisedLimitDays: null, note: '' },
          {
            key: 'agent',
            label: '委托他人代办',
            promisedLimitDays: null,
            note: '代办的须由申领人本人签署授权委托书；金融功能须由本人到银行网点激活。',
          },
        ],
      },
    ],
    faqs: [
      {
        question: '补办、换领社会保障卡收费吗？',
        answer: '不收费。在本市首次申领、补领、换领社会保障卡均不收取工本费。',
      },
      {
        question: '新办的社保卡怎么激活金融功能？',
        answer: '持卡本人携带居民身份证到社保卡合作银行任一网点激活；部分银行支持在其手机银行中线上激活。',
      },
      {
        question: '新生儿可以办社保卡吗？',
        answer: '可以。办理出生医学证明、户口登记、医保参保等“出生一件事”时可同时申领，由监护人代办。',
      },
    ],
  },
  forms: {
    application: {
      title: '社会保障卡申领登记表',
      fields: [
        '姓名',
        '性别',
        '民族',
        '出生日期',
        '身份证件号码',
        '申领类型（首次/补领/换领）',
        '户籍所在地',
        '常住地址',
        '联系电话',
        '领卡方式（窗口领取/邮寄）',
        '邮寄地址',
        '监护人或代办人姓名',
        '申领人签名',
        '申领日期',
      ],
      sample: {
        姓名: '张三',
        性别: '男',
        民族: '汉族',
        出生日期: '1990年3月7日',
        身份证件号码: 'XXXXXXXXXXXXXXXXXX',
        '申领类型（首次/补领/换领）': '补领',
        户籍所在地: '示范市东城区',
        常住地址: '示范市东城区人民路 88 号 1 单元 301 室',
        联系电话: '0999-6100001',
        '领卡方式（窗口领取/邮寄）': '邮寄',
        邮寄地址: '示范市东城区人民路 88 号 1 单元 301 室',
        监护人或代办人姓名: '无',
        申领人签名: '张三',
        申领日期: '2026年4月20日',
      },
      notes: '本人申领的“监护人或代办人姓名”填“无”；补领的须已办理挂失。',
    },
  },
};
