/** Demo catalogue item `unemployment-benefit` of 示范市人力资源和社会保障局: 失业保险金申领. */
import { applyUrl, NOT_CHARGED, material, when } from '../../demo-builders.js';
import type { DemoItem } from '../../demo-item.js';
import { PLACE, idCard, ssCardForPayment } from './shared.js';

export const UNEMPLOYMENT_BENEFIT: DemoItem = {
  slug: 'unemployment-benefit',
  department: 'rsj',
  codeSuffix: '2030500200000',
  popularity: 3500,
  content: {
    name: '失业保险金申领',
    aliases: ['失业金', '领失业金', '失业保险金', '失业待遇申领'],
    basicCode: '203005002000',
    itemType: '05',
    legalBasis:
      '《中华人民共和国社会保险法》第四十五条：失业人员符合下列条件的，从失业保险基金中领取失业保险金：（一）失业前用人单位和本人已经缴纳失业保险费满一年的；（二）非因本人意愿中断就业的；（三）已经进行失业登记，并有求职要求的。\n' +
      '《中华人民共和国社会保险法》第四十六条、第五十条。\n' +
      '《失业保险条例》第十四条；《失业保险金申领发放办法》（劳动和社会保障部令第8号）。',
    exerciseLevel: '3',
    powerSource: '1',
    subjectNature: '1',
    entrustedBody: '',
    audiences: ['1'],
    handlingForms: ['1', '2', '3'],
    caseType: '2',
    limitUnit: 'natural_day',
    legalLimitDays: 10,
    legalLimitExplanation:
      '《失业保险金申领发放办法》：经办机构自受理失业人员领取失业保险金申请之日起10日内，对申领者的资格进行审核认定，并将结果及有关事项告知本人。',
    promisedLimitDays: 3,
    promisedLimitExplanation: '自受理之日起3日内完成资格审核并告知结果；审核通过的，自办理失业登记之月起按月发放。',
    acceptanceConditions:
      '1. 失业前用人单位和本人已经缴纳失业保险费满一年；\n' +
      '2. 非因本人意愿中断就业，包括：劳动合同期满终止；被用人单位解除劳动合同；被用人单位开除、除名和辞退；因用人单位过错由本人依法解除劳动合同；法律、行政法规规定的其他情形；\n' +
      '3. 已办理失业登记并有求职要求（可在申领时一并办理失业登记）；\n' +
      '4. 未重新就业、未应征服兵役、未移居境外、未享受基本养老保险待遇（《中华人民共和国社会保险法》第五十一条）。',
    processSteps: [
      { name: '申请', description: '失业人员通过网上、移动端或窗口申领，一并办理失业登记。', timeLimit: '即时' },
      { name: '受理', description: '核验身份和参保缴费信息，材料齐全的予以受理。', timeLimit: '1日' },
      { name: '资格审核', description: '核查失业原因、缴费年限，与就业登记、养老保险待遇等信息比对。', timeLimit: '1日' },
      { name: '待遇核定', description: '根据累计缴费时间核定领取期限和月标准。', timeLimit: '1日' },
      { name: '发放', description: '按月发放至本人社会保障卡金融账户，同时代缴领取期间的基本医疗保险费。', timeLimit: '按月' },
    ],
    specialProcedure: '',
    quantityLimit:
      '领取期限：累计缴费满一年不足五年的最长12个月，满五年不足十年的最长18个月，十年以上的最长24个月（《中华人民共和国社会保险法》第四十六条）。',
    intermediaryServices: '',
    resultName: '失业保险待遇核定结果告知单',
    resultType: '3',
    ...PLACE,
    visits: 0,
    visitsReason: '无',
    onlineLevel: 4,
    onlineDepth: ['1', '2', '3', '4', '5', '6'],
    isOnline: true,
    onlineUrl: applyUrl('unemployment-benefit'),
    supportsAppointment: true,
    supportsExpress: false,
    serviceScope: '2',
    jointDepartments: '',
    personThemes: ['P03', 'P08'],
    enterpriseThemes: [],
    ...NOT_CHARGED,
    materials: [
      material({
        key: 'application',
        name: '失业保险金申领登记表',
        format: '3',
        legalBasis: '《失业保险金申领发放办法》（劳动和社会保障部令第8号）',
        fillingNotes: '在线填写或窗口填写，同时登记求职意向。',
        acceptanceStandard: '信息完整，有本人签字。',
      }),
      idCard(),
      material({
        key: 'separation-proof',
        name: '终止或者解除劳动关系证明',
        sourceChannel: '3',
        issuedBy: '原用人单位',
        legalBasis: '《中华人民共和国社会保险法》第五十条',
        fillingNotes: '原单位已通过系统报送终止或解除劳动关系信息的，免于提交。',
        acceptanceStandard: '写明终止或解除的原因和日期，加盖单位公章。',
        replacedBy: { kind: 'registry', ref: 'employment.termination', label: '就业登记·劳动关系终止解除信息' },
      }),
      ssCardForPayment(),
      material({
        key: 'fault-proof',
        name: '用人单位过错的证明材料',
        sourceChannel: '3',
        issuedBy: '劳动人事争议仲裁委员会、人民法院或原用人单位',
        fillingNotes:
          '因用人单位未及时足额支付劳动报酬、未依法缴纳社会保险费等过错由本人依法解除劳动合同的，提交仲裁裁决书、判决书或单位出具的证明。',
        acceptanceStandard: '能证明属于《中华人民共和国劳动合同法》第三十八条规定的情形。',
        appliesWhen: when('separation', 'employer-fault'),
      }),
    ],
    scenarios: [
      {
        key: 'separation',
        question: '您是因为什么原因离职的？',
        options: [
          { key: 'expiry', label: '劳动合同期满终止', promisedLimitDays: null, note: '' },
          { key: 'dismissed', label: '被用人单位解除劳动合同', promisedLimitDays: null, note: '' },
          {
            key: 'employer-fault',
            label: '因用人单位过错本人依法解除劳动合同',
            promisedLimitDays: null,
            note: '须提供用人单位存在过错的证明材料。',
          },
        ],
      },
    ],
    faqs: [
      {
        question: '失业保险金能领多久？',
        answer: '按失业前累计缴费时间确定：满一年不足五年最长12个月，满五年不足十年最长18个月，十年以上最长24个月。',
      },
      {
        question: '主动辞职能领失业金吗？',
        answer:
          '本人意愿辞职的不能领取；因用人单位未及时足额支付劳动报酬、未依法缴纳社会保险费等过错而依法解除劳动合同的，属于非因本人意愿中断就业，可以申领。',
      },
      {
        question: '领取失业金期间医保怎么办？',
        answer:
          '领取失业保险金期间参加职工基本医疗保险，应缴纳的基本医疗保险费从失业保险基金中支付，个人不缴费（《中华人民共和国社会保险法》第四十八条）。',
      },
    ],
  },
  forms: {
    application: {
      title: '失业保险金申领登记表',
      fields: [
        '姓名',
        '性别',
        '出生日期',
        '身份证件号码',
        '原工作单位',
        '离职日期',
        '离职原因',
        '失业前累计缴费月数',
        '求职意向',
        '常住地址',
        '联系电话',
        '本人签名',
        '申请日期',
      ],
      sample: {
        姓名: '张三',
        性别: '男',
        出生日期: '1990年3月7日',
        身份证件号码: 'XXXXXXXXXXXXXXXXXX',
        原工作单位: '示范市好味道餐饮有限公司',
        离职日期: '2026年3月31日',
        离职原因: '劳动合同期满终止',
        失业前累计缴费月数: '72',
        求职意向: '餐饮管理',
        常住地址: '示范市东城区人民路 88 号 1 单元 301 室',
        联系电话: '0999-6100001',
        本人签名: '张三',
        申请日期: '2026年4月8日',
      },
      notes: '本人承诺所填信息真实；重新就业的须及时告知并停止领取。',
    },
  },
};
