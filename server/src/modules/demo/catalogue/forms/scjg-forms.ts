/** Application forms of 示范市市场监督管理局's demo items (个体工商户、公司登记，食品经营许可，特种设备使用登记). */
import type { FormDefinition } from '@onewindow/common/forms';
import { GENDERS, personForm, unitForm } from './blocks.js';
import {
  amount,
  agree,
  choice,
  date,
  division,
  group,
  idNumber,
  int,
  list,
  mobile,
  multi,
  postcode,
  requireWhen,
  text,
  textarea,
  uscc,
  yesNo,
  optionalAgree,
} from './form-builder.js';

const LICENCE_DELIVERY = ['窗口领取', '免费邮寄', '电子营业执照（网上下载）'] as const;

export const SCJG_FORMS: Record<string, FormDefinition> = {
  'individual-business-registration': personForm(
    [
      {
        title: '经营信息',
        fields: {
          businessName: text('个体工商户名称', { optional: true, max: 50, help: '可不填写名称；不填写的，以经营者姓名登记。' }),
          organisationForm: choice('组成形式', ['个人经营', '家庭经营']),
          premises: text('经营场所', { max: 200, span: 2 }),
          premisesDivision: division('经营场所所在区划'),
          premisesPostcode: postcode(),
          premisesSource: choice('场所使用情况', ['自有', '租赁', '无偿使用']),
          businessScope: textarea('经营范围', { max: 500, help: '按《经营范围登记规范表述目录》选择填写。' }),
          employees: int('从业人数', { min: 1, max: 1000 }),
          capital: amount('资金数额（万元）', { max: 100000 }),
          familyMembers: list(
            '参加经营的家庭成员',
            { name: text('姓名', { max: 50 }), idNumber: idNumber('公民身份号码') },
            { optional: true, max: 20, help: '家庭经营的填写。' },
          ),
        },
      },
    ],
    {
      applicant: { gender: choice('性别', GENDERS) },
      applicantTitle: '经营者信息',
      agent: true,
      delivery: LICENCE_DELIVERY,
      rules: [requireWhen('organisationForm', ['家庭经营'], ['familyMembers'])],
    },
  ),

  'company-establishment': personForm(
    [
      {
        title: '公司基本信息',
        fields: {
          companyName: text('公司名称', { max: 100, help: '应为已通过名称自主申报的名称，如“示范市××科技有限公司”。' }),
          companyType: choice('公司类型', [
            '有限责任公司（自然人投资或控股）',
            '有限责任公司（自然人独资）',
            '有限责任公司（法人独资）',
            '其他有限责任公司',
          ]),
          residence: text('住所', { max: 200, span: 2 }),
          residenceDivision: division('住所所在区划'),
          registeredCapital: amount('注册资本（万元）', { min: 0.01, max: 10000000 }),
          businessScope: textarea('经营范围', { max: 1000 }),
          termType: choice('营业期限', ['长期', '固定期限']),
          termYears: int('营业期限（年）', { optional: true, min: 1, max: 100 }),
        },
      },
      {
        title: '股东（发起人）出资情况',
        fields: {
          shareholders: list(
            '股东',
            {
              name: text('股东名称或姓名', { max: 100 }),
              idType: choice('证照类型', ['居民身份证', '营业执照']),
              idCode: text('证照号码', { max: 18, help: '自然人填写公民身份号码，法人填写统一社会信用代码。' }),
              subscribed: amount('认缴出资额（万元）', { min: 0.01 }),
              method: choice('出资方式', ['货币', '实物', '知识产权', '土地使用权', '股权', '债权']),
              deadline: date('出资期限', {
                help: '全体股东认缴的出资额应自公司成立之日起五年内缴足（《中华人民共和国公司法》第四十七条）。',
              }),
            },
            { min: 1, max: 50, help: '有限责任公司由一个以上五十个以下股东出资设立（《中华人民共和国公司法》第四十二条）。' },
          ),
        },
      },
      {
        title: '组织机构',
        fields: {
          legalRepresentative: group('法定代表人', {
            name: text('姓名', { max: 50 }),
            idNumber: idNumber('公民身份号码'),
            position: choice('职务', ['董事长', '执行董事', '经理']),
          }),
          directors: text('董事', { max: 200, help: '多人的用顿号分隔。' }),
          supervisor: text('监事', { optional: true, max: 100, help: '设审计委员会或经全体股东一致同意不设监事的，可不填。' }),
          manager: text('经理', { optional: true, max: 50 }),
          liaison: group('联络员', { name: text('姓名', { max: 50 }), mobile: mobile('手机号码') }),
        },
      },
    ],
    {
      applicantTitle: '申请人（经办人）信息',
      agent: true,
      delivery: LICENCE_DELIVERY,
      rules: [requireWhen('termType', ['固定期限'], ['termYears'])],
    },
  ),

  'food-business-licence': unitForm(
    [
      {
        title: '申请事项',
        fields: {
          applicationType: choice('申请类型', ['新办', '变更', '延续']),
          originalLicenceNumber: text('原食品经营许可证编号', {
            optional: true,
            pattern: '^JY\\d{14}$',
            help: '变更、延续的填写，格式如 JY13501020000001。',
          }),
          changeDescription: textarea('变更事项及内容', { optional: true, max: 500 }),
        },
      },
      {
        title: '经营信息',
        fields: {
          premises: text('经营场所', { max: 200, span: 2 }),
          premisesDivision: division('经营场所所在区划'),
          businessFormat: choice('主体业态', ['食品销售经营者', '餐饮服务经营者', '单位食堂']),
          businessItems: multi('经营项目', [
            '预包装食品销售',
            '散装食品销售',
            '特殊食品销售',
            '热食类食品制售',
            '冷食类食品制售',
            '生食类食品制售',
            '半成品制售',
            '自制饮品制售',
            '其他类食品制售',
          ]),
          safetyManager: group('食品安全管理人员', {
            name: text('姓名', { max: 50 }),
            idNumber: idNumber('公民身份号码'),
            mobile: mobile('联系电话'),
          }),
          online: yesNo('是否从事网络经营', { optional: true }),
          onlinePlatform: text('网络经营平台名称或自建网站域名', { optional: true, max: 200 }),
        },
      },
    ],
    {
      delivery: ['窗口领取', '免费邮寄', '电子证书（网上下载）'],
      rules: [
        requireWhen('applicationType', ['变更', '延续'], ['originalLicenceNumber']),
        requireWhen('applicationType', ['变更'], ['changeDescription']),
        requireWhen('online', [true], ['onlinePlatform']),
      ],
    },
  ),

  'individual-business-deregistration': personForm(
    [
      {
        title: '个体工商户信息',
        fields: {
          businessName: text('个体工商户名称', { max: 100 }),
          businessUscc: uscc(),
          premises: text('经营场所', { max: 200, span: 2 }),
        },
      },
      {
        title: '注销事项',
        fields: {
          reason: choice('注销原因', ['经营者决定停止经营', '经营者死亡或丧失经营能力', '依法被吊销营业执照或责令关闭', '其他原因']),
          method: choice('注销方式', ['简易注销', '普通注销']),
          debtsSettled: agree('债权债务已清理完结，未结清清偿费用、职工工资、社会保险费用、法定补偿金和应缴纳税款（滞纳金、罚款）等'),
          debtsNote: textarea('债权债务清理情况说明', { optional: true, max: 500 }),
          simpleCommitment: optionalAgree(
            '简易注销承诺：本个体工商户未发生债权债务或已将债权债务清偿完结，不存在被吊销营业执照、责令关闭、撤销或被列入经营异常名录等不适用简易注销的情形。',
          ),
        },
      },
    ],
    { rules: [requireWhen('method', ['简易注销'], ['simpleCommitment'])] },
  ),

  'special-equipment-registration': unitForm(
    [
      {
        title: '设备信息',
        fields: {
          registrationType: choice('登记类别', ['按台（套）登记', '按单位登记']),
          equipmentCategory: choice('设备种类', ['电梯', '锅炉', '压力容器', '起重机械', '场（厂）内专用机动车辆']),
          equipmentVariety: text('设备类别及品种', { max: 100, help: '如“乘客电梯/曳引驱动乘客电梯”。' }),
          productName: text('产品名称', { max: 100 }),
          model: text('设备型号（规格）', { max: 100 }),
          productNumber: text('产品编号（出厂编号）', { max: 50 }),
          manufacturer: text('制造单位名称', { max: 100 }),
          installer: text('施工（安装）单位名称', { optional: true, max: 100 }),
          internalNumber: text('单位内编号', { optional: true, max: 50 }),
          commissioningDate: date('投入使用日期', {
            help: '应当在投入使用前或者投入使用后三十日内办理使用登记（《中华人民共和国特种设备安全法》第三十三条）。',
          }),
        },
      },
      {
        title: '使用信息',
        fields: {
          useAddress: text('设备使用地点', { max: 200, span: 2 }),
          useDivision: division('使用地点所在区划'),
          safetyManager: group('安全管理员', { name: text('姓名', { max: 50 }), mobile: mobile('联系电话') }),
        },
      },
    ],
    { delivery: ['窗口领取', '电子使用登记证（网上下载）'] },
  ),
};
