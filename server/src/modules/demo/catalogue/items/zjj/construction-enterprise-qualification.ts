/** Demo catalogue item `construction-enterprise-qualification` of 示范市住房和城乡建设局: 建筑业企业资质核准. */
import { applyUrl, when } from '../../demo-builders.js';
import type { DemoItem } from '../../demo-item.js';
import { SERVICE, material, BUSINESS_LICENCE } from './shared.js';

/** 行政许可法第四十五条: time for 专家评审、现场勘查 etc. is not counted in the limits of 第四十二条. */
const EXPERT_TIME_EXCLUDED = '依法需要专家评审、现场勘查的，所需时间不计算在办理时限内（《中华人民共和国行政许可法》第四十五条）。';

export const CONSTRUCTION_ENTERPRISE_QUALIFICATION: DemoItem = {
  slug: 'construction-enterprise-qualification',
  department: 'zjj',
  codeSuffix: '3010030000000',
  popularity: 620,
  content: {
    name: '建筑业企业资质核准',
    aliases: ['建筑资质', '施工资质', '资质办理', '建筑业资质证书'],
    basicCode: '301003000000',
    itemType: '01',
    legalBasis:
      '1.《中华人民共和国建筑法》第十三条：从事建筑活动的建筑施工企业、勘察单位、设计单位和工程监理单位，按照其拥有的注册资本、专业技术人员、技术装备和已完成的建筑工程业绩等资质条件，划分为不同的资质等级，经资质审查合格，取得相应等级的资质证书后，方可在其资质等级许可的范围内从事建筑活动。\n' +
      '2.《建设工程质量管理条例》第二十五条：施工单位应当依法取得相应等级的资质证书，并在其资质等级许可的范围内承揽工程。\n' +
      '3.《建筑业企业资质管理规定》（住房和城乡建设部令第22号）关于设区的市人民政府住房城乡建设主管部门许可施工总承包三级、专业承包三级等资质的规定。',
    exerciseLevel: '3',
    powerSource: '1',
    subjectNature: '1',
    entrustedBody: '',
    audiences: ['2'],
    handlingForms: ['1', '2'],
    caseType: '2',
    limitUnit: 'working_day',
    legalLimitDays: 20,
    legalLimitExplanation:
      '《中华人民共和国行政许可法》第四十二条：除可以当场作出行政许可决定的外，行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定。' +
      EXPERT_TIME_EXCLUDED,
    promisedLimitDays: 10,
    promisedLimitExplanation: '自受理之日起10个工作日内作出决定；资质延续5个工作日内办结。' + EXPERT_TIME_EXCLUDED,
    acceptanceConditions:
      '1.申请人为在本市市场监督管理部门登记注册的企业法人。\n' +
      '2.申请的资质属于设区的市级许可权限：施工总承包三级资质（不含铁路、通信工程施工总承包三级资质），专业承包三级资质（不含铁路方面专业承包资质），预拌混凝土、模板脚手架专业承包资质。\n' +
      '3.企业资产、主要人员（注册建造师、技术负责人、中级以上职称人员、现场管理人员、技术工人）、技术装备和已完成的工程业绩符合《建筑业企业资质标准》对应类别和等级的要求。\n' +
      '4.申请之日起前一年内无《建筑业企业资质管理规定》规定的违法违规行为。\n' +
      '5.申请资质延续的，应当在资质证书有效期届满3个月前提出。',
    processSteps: [
      {
        name: '申请与受理',
        description: '企业在全省建筑市场监管与诚信信息平台在线填报，窗口对材料进行形式审查，符合要求的予以受理。',
        timeLimit: '1个工作日',
      },
      {
        name: '审查',
        description: '对企业资产、人员、业绩等进行审查，核验人员社保缴纳和注册信息；必要时组织专家评审。',
        timeLimit: '5个工作日',
      },
      { name: '决定', description: '作出准予或不予资质许可的决定，并在本局网站公示审查意见。', timeLimit: '2个工作日' },
      { name: '办结', description: '制作建筑业企业资质证书电子证照并上传全国建筑市场监管公共服务平台。', timeLimit: '1个工作日' },
      { name: '送达', description: '企业在线下载电子资质证书；需要纸质证书的，可到窗口领取。', timeLimit: '1个工作日' },
    ],
    specialProcedure: '专家评审：对申请材料中的技术负责人业绩、工程业绩真实性有疑问的，组织专家评审，所需时间不计入办理时限。',
    quantityLimit: '',
    intermediaryServices: '',
    resultName: '建筑业企业资质证书',
    resultType: '1',
    ...SERVICE,
    visits: 0,
    visitsReason: '无',
    onlineLevel: 4,
    onlineDepth: ['1', '2', '3', '4', '5', '6', '7'],
    isOnline: true,
    onlineUrl: applyUrl('construction-enterprise-qualification'),
    supportsAppointment: true,
    supportsExpress: false,
    supportsOnlinePayment: false,
    serviceScope: '3',
    jointDepartments: '',
    personThemes: [],
    enterpriseThemes: ['E01', 'E05'],
    charged: false,
    fees: [],
    materials: [
      material({
        key: 'application',
        name: '《建筑业企业资质申请表》',
        legalBasis: '《建筑业企业资质管理规定》',
        fillingNotes: '在线填报后打印，法定代表人签字并加盖企业公章；电子申报的以电子签章为准。',
        acceptanceStandard: '申请类别、等级属于市级许可权限，人员和业绩数据与附件一致。',
      }),
      BUSINESS_LICENCE,
      material({
        key: 'technical-lead',
        name: '技术负责人身份证明、职称证书及代表工程业绩证明材料',
        format: '2',
        originalCopies: 0,
        paperSpec: '',
        legalBasis: '《建筑业企业资质标准》',
        fillingNotes: '上传身份证件、职称证书扫描件和工程中标通知书、合同、竣工验收文件等业绩证明。',
        acceptanceStandard: '技术负责人资历、职称和业绩符合所申请资质标准。',
        appliesWhen: when('application-type', 'first', 'addition'),
      }),
      material({
        key: 'key-staff',
        name: '主要人员名单及社会保险缴纳证明',
        format: '2',
        originalCopies: 0,
        paperSpec: '',
        legalBasis: '《建筑业企业资质标准》',
        fillingNotes: '列明注册建造师、中级以上职称人员、现场管理人员和技术工人；社保缴纳信息由人社部门共享的，免于上传。',
        acceptanceStandard: '人员数量、专业符合资质标准，在本企业缴纳社会保险。',
        replacedBy: { kind: 'registry', ref: 'social_insurance.contribution', label: '社会保险参保缴费信息' },
      }),
      material({
        key: 'financial-report',
        name: '上一年度财务审计报告（或近期资产负债表）',
        format: '2',
        originalCopies: 0,
        paperSpec: '',
        sourceChannel: '3',
        issuedBy: '会计师事务所',
        legalBasis: '《建筑业企业资质标准》',
        fillingNotes: '新设立企业可提交验资报告或近期资产负债表。',
        acceptanceStandard: '企业净资产符合所申请资质标准。',
        appliesWhen: when('application-type', 'first', 'addition'),
      }),
      material({
        key: 'safety-licence',
        name: '安全生产许可证',
        kind: '2',
        format: '1',
        originalCopies: 0,
        photocopyCopies: 1,
        sourceChannel: '2',
        issuedBy: '省住房和城乡建设主管部门',
        legalBasis: '《建筑施工企业安全生产许可证管理规定》',
        fillingNotes: '可在全国建筑市场监管公共服务平台核验的，免于提交。',
        acceptanceStandard: '在有效期内。',
        replacedBy: { kind: 'registry', ref: 'engineering.safety_licence', label: '建筑施工企业安全生产许可信息' },
        appliesWhen: when('application-type', 'addition', 'renewal'),
      }),
      material({
        key: 'original-certificate',
        name: '原建筑业企业资质证书',
        format: '2',
        originalCopies: 0,
        paperSpec: '',
        sourceChannel: '2',
        issuedBy: '住房和城乡建设主管部门',
        legalBasis: '《建筑业企业资质管理规定》',
        fillingNotes: '已取得电子资质证书的，由系统调取。',
        acceptanceStandard: '证书在有效期内。',
        appliesWhen: when('application-type', 'addition', 'renewal'),
      }),
    ],
    scenarios: [
      {
        key: 'application-type',
        question: '您申请的是哪一类资质业务？',
        options: [
          { key: 'first', label: '首次申请', promisedLimitDays: null, note: '新设立企业首次申请的，应从最低等级资质申请。' },
          { key: 'addition', label: '增项申请', promisedLimitDays: null, note: '已取得资质的企业申请其他类别资质。' },
          {
            key: 'renewal',
            label: '资质延续',
            promisedLimitDays: 5,
            note: '资质证书有效期为5年，应在有效期届满3个月前申请延续；逾期未申请的，资质证书有效期届满后自动失效。',
          },
        ],
      },
    ],
    faqs: [
      {
        question: '市住房和城乡建设局可以审批哪些建筑业企业资质？',
        answer:
          '施工总承包三级资质（不含铁路、通信工程）、专业承包三级资质（不含铁路方面）及预拌混凝土、模板脚手架专业承包资质。其他资质由省级或国务院住房城乡建设主管部门许可。',
      },
      {
        question: '取得资质后还需要办理安全生产许可证吗？',
        answer: '需要。建筑施工企业取得资质后，应向省住房和城乡建设主管部门申请安全生产许可证，方可从事建筑施工活动。',
      },
      {
        question: '人员社保必须在本企业缴纳吗？',
        answer: '是。资质标准要求的主要人员应与本企业签订劳动合同并由本企业缴纳社会保险，审查时通过社保信息共享核验。',
      },
    ],
  },
  forms: {
    application: {
      title: '建筑业企业资质申请表',
      fields: [
        '企业名称',
        '统一社会信用代码',
        '注册地址',
        '法定代表人',
        '注册资本（万元）',
        '净资产（万元）',
        '技术负责人',
        '申请类型',
        '申请资质类别及等级',
        '已有资质类别及等级',
        '注册建造师人数',
        '中级以上职称人员人数',
        '联系人',
        '联系电话',
      ],
      sample: {
        企业名称: '示范市宏建建筑工程有限公司',
        统一社会信用代码: 'XXXXXXXXXXXXXXXXXX',
        注册地址: '示范市西城区建设路 88 号',
        法定代表人: '钱某某',
        '注册资本（万元）': '2000',
        '净资产（万元）': '1260',
        技术负责人: '吴某某（高级工程师）',
        申请类型: '首次申请',
        申请资质类别及等级: '建筑工程施工总承包三级',
        已有资质类别及等级: '无',
        注册建造师人数: '6',
        中级以上职称人员人数: '12',
        联系人: '郑某某',
        联系电话: '0999-6459900',
      },
      notes: '申请表在线填报后打印签章；人员数量以社保缴纳记录为准；首次申请的“已有资质类别及等级”填“无”。',
    },
  },
};
