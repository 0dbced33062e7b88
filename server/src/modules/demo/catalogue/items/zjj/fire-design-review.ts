/** Demo catalogue item `fire-design-review` of 示范市住房和城乡建设局: 特殊建设工程消防设计审查. */
import { applyUrl, when } from '../../demo-builders.js';
import type { DemoItem } from '../../demo-item.js';
import { SERVICE, material } from './shared.js';

export const FIRE_DESIGN_REVIEW: DemoItem = {
  slug: 'fire-design-review',
  department: 'zjj',
  codeSuffix: '3010040000000',
  popularity: 540,
  content: {
    name: '特殊建设工程消防设计审查',
    aliases: ['消防审查', '消防设计审查', '消防审图', '消防报审'],
    basicCode: '301004000000',
    itemType: '01',
    legalBasis:
      '1.《中华人民共和国消防法》第十一条：国务院住房和城乡建设主管部门规定的特殊建设工程，建设单位应当将消防设计文件报送住房和城乡建设主管部门审查，住房和城乡建设主管部门依法对审查的结果负责。\n' +
      '2.《中华人民共和国消防法》第十二条：特殊建设工程未经消防设计审查或者审查不合格的，建设单位、施工单位不得施工。\n' +
      '3.《建设工程消防设计审查验收管理暂行规定》（住房和城乡建设部令第51号公布，2023年修正）第十四条至第十七条、第二十二条、第二十三条。',
    exerciseLevel: '3',
    powerSource: '1',
    subjectNature: '1',
    entrustedBody: '',
    audiences: ['2', '3', '5', '6'],
    handlingForms: ['1', '2'],
    caseType: '2',
    limitUnit: 'working_day',
    legalLimitDays: 15,
    legalLimitExplanation:
      '《建设工程消防设计审查验收管理暂行规定》第二十二条：消防设计审查验收主管部门应当自受理消防设计审查申请之日起十五个工作日内出具书面审查意见。依照本规定需要组织专家评审的，专家评审时间不超过二十个工作日（不计入审查时限）。',
    promisedLimitDays: 10,
    promisedLimitExplanation: '自受理之日起10个工作日内出具书面审查意见；需要专家评审的，专家评审时间另计，不超过20个工作日。',
    acceptanceConditions:
      '1.申请工程属于《建设工程消防设计审查验收管理暂行规定》第十四条所列特殊建设工程（如总建筑面积大于一万平方米的宾馆、饭店、商场、市场，总建筑面积大于一千平方米的托儿所、幼儿园的儿童用房等）。\n' +
      '2.申请材料齐全、符合法定形式。\n' +
      '3.设计单位具有相应资质。\n' +
      '4.消防设计文件符合国家工程建设消防技术标准；具有第十七条情形之一的，特殊消防设计技术资料须通过专家评审。',
    processSteps: [
      {
        name: '申请与受理',
        description: '建设单位通过工程建设项目审批管理系统提交申请，材料齐全、符合法定形式的予以受理。',
        timeLimit: '1个工作日',
      },
      {
        name: '技术审查',
        description: '对消防设计文件进行技术审查；实行施工图联合审查的，技术审查并入联合审查。',
        timeLimit: '6个工作日',
      },
      { name: '决定', description: '作出消防设计审查合格或不合格的意见；不合格的说明理由。', timeLimit: '2个工作日' },
      { name: '办结', description: '出具《特殊建设工程消防设计审查意见书》。', timeLimit: '1个工作日' },
      { name: '送达', description: '意见书通过系统电子送达，建设单位可在线下载打印。', timeLimit: '即时' },
    ],
    specialProcedure:
      '专家评审：具有《建设工程消防设计审查验收管理暂行规定》第十七条情形的，由省级住房和城乡建设主管部门组织专家评审，评审时间不超过20个工作日，不计入审查时限。',
    quantityLimit: '',
    intermediaryServices: '',
    resultName: '特殊建设工程消防设计审查意见书',
    resultType: '2',
    ...SERVICE,
    visits: 0,
    visitsReason: '无',
    onlineLevel: 4,
    onlineDepth: ['1', '2', '3', '4', '5', '6'],
    isOnline: true,
    onlineUrl: applyUrl('fire-design-review'),
    supportsAppointment: true,
    supportsExpress: false,
    supportsOnlinePayment: false,
    serviceScope: '3',
    jointDepartments: '',
    personThemes: [],
    enterpriseThemes: ['E05'],
    charged: false,
    fees: [],
    materials: [
      material({
        key: 'application',
        name: '《特殊建设工程消防设计审查申请表》',
        format: '2',
        originalCopies: 0,
        paperSpec: '',
        legalBasis: '《建设工程消防设计审查验收管理暂行规定》第十六条第一项',
        fillingNotes: '在线填写，建设单位和设计单位加盖电子签章。',
        acceptanceStandard: '工程类别、建筑面积、使用性质填写准确，签章齐全。',
      }),
      material({
        key: 'design-documents',
        name: '消防设计文件',
        format: '2',
        originalCopies: 0,
        paperSpec: '',
        legalBasis: '《建设工程消防设计审查验收管理暂行规定》第十六条第二项',
        fillingNotes:
          '包括消防设计说明、总平面图及建筑、结构、给排水、暖通空调、电气等专业的消防设计图纸，按施工图深度编制，加盖设计单位出图章和注册执业人员印章。',
        acceptanceStandard: '内容完整，深度满足《建筑工程设计文件编制深度规定》。',
      }),
      material({
        key: 'special-design',
        name: '特殊消防设计技术资料',
        format: '2',
        originalCopies: 0,
        paperSpec: '',
        legalBasis: '《建设工程消防设计审查验收管理暂行规定》第十七条、第十八条',
        fillingNotes: '包括特殊消防设计文件，应用新技术、新工艺、新材料的试验数据、不少于两个类似工程应用情况报告或中试试验报告等。',
        acceptanceStandard: '能说明采用特殊消防设计的理由及消防安全性能。',
        appliesWhen: when('special-design', 'yes'),
      }),
      material({
        key: 'foreign-standards',
        name: '设计采用的国际标准、境外工程建设消防技术标准的中文文本',
        format: '2',
        originalCopies: 0,
        paperSpec: '',
        required: false,
        legalBasis: '《建设工程消防设计审查验收管理暂行规定》第十八条',
        fillingNotes: '采用国际标准或境外标准的提交。',
        acceptanceStandard: '译文准确完整。',
        appliesWhen: when('special-design', 'yes'),
      }),
      material({
        key: 'power-of-attorney',
        name: '授权委托书及受托人身份证件',
        format: '2',
        originalCopies: 0,
        paperSpec: '',
        required: false,
        fillingNotes: '委托代理人办理的提交，委托书须载明委托事项和权限。',
        acceptanceStandard: '委托书签章齐全，受托人身份证件有效。',
      }),
    ],
    scenarios: [
      {
        key: 'special-design',
        question:
          '工程是否具有需要专家评审的特殊消防设计情形（国家工程建设消防技术标准没有规定、采用新技术新工艺新材料或因保护历史建筑无法满足标准）？',
        options: [
          { key: 'no', label: '否', promisedLimitDays: null, note: '' },
          {
            key: 'yes',
            label: '是',
            promisedLimitDays: null,
            note: '须同时提交特殊消防设计技术资料，由省级住房和城乡建设主管部门组织专家评审；专家评审时间不超过20个工作日，不计入审查时限。',
          },
        ],
      },
    ],
    faqs: [
      {
        question: '哪些工程属于特殊建设工程？',
        answer:
          '《建设工程消防设计审查验收管理暂行规定》第十四条列举的工程，例如总建筑面积大于二万平方米的体育场馆、会堂，总建筑面积大于一万平方米的宾馆、饭店、商场、市场，总建筑面积大于一千平方米的托儿所、幼儿园的儿童用房和医院、疗养院的病房楼，以及国家工程建设消防技术标准规定的一类高层住宅建筑等。',
      },
      {
        question: '不属于特殊建设工程的项目需要消防设计审查吗？',
        answer:
          '不需要单独审查。其他建设工程的建设单位在申请施工许可时，应当提供满足施工需要的消防设计图纸及技术资料（《中华人民共和国消防法》第十一条第二款），竣工后办理消防验收备案。',
      },
      {
        question: '审查合格后修改消防设计怎么办？',
        answer: '建设、设计、施工单位不得擅自修改经审查合格的消防设计文件；确需修改的，建设单位应当重新申请消防设计审查。',
      },
    ],
  },
  forms: {
    application: {
      title: '特殊建设工程消防设计审查申请表',
      fields: [
        '建设单位名称',
        '统一社会信用代码',
        '法定代表人',
        '联系人',
        '联系电话',
        '工程名称',
        '工程地址',
        '特殊建设工程类别',
        '总建筑面积（平方米）',
        '建筑高度（米）',
        '使用性质',
        '设计单位名称及资质等级',
        '是否采用特殊消防设计',
      ],
      sample: {
        建设单位名称: '示范市商贸城开发有限公司',
        统一社会信用代码: 'XXXXXXXXXXXXXXXXXX',
        法定代表人: '冯某某',
        联系人: '陈某某',
        联系电话: '0999-6513344',
        工程名称: '示范市东城商贸综合体',
        工程地址: '示范市东城区人民路 200 号',
        特殊建设工程类别: '总建筑面积大于一万平方米的商场、市场',
        '总建筑面积（平方米）': '46800',
        '建筑高度（米）': '23.9',
        使用性质: '商业（地下一层为汽车库）',
        设计单位名称及资质等级: '示范市建筑设计研究院有限公司 建筑行业（建筑工程）甲级',
        是否采用特殊消防设计: '否',
      },
      notes: '特殊建设工程类别按《建设工程消防设计审查验收管理暂行规定》第十四条填写；采用特殊消防设计的须同时上传特殊消防设计技术资料。',
    },
  },
};
