/** Demo catalogue item `physician-registration` of 示范市卫生健康委员会: 医师执业注册. */
import { applyUrl, NOT_CHARGED, material, when, ID_CARD_ECERT } from '../../demo-builders.js';
import type { DemoItem } from '../../demo-item.js';
import { PLACE } from './shared.js';

export const PHYSICIAN_REGISTRATION: DemoItem = {
  slug: 'physician-registration',
  department: 'wjw',
  codeSuffix: '2010100100000',
  popularity: 900,
  content: {
    name: '医师执业注册',
    aliases: ['医生执业', '医师注册', '医师执业证书办理', '医师变更注册'],
    basicCode: '201001001000',
    itemType: '01',
    legalBasis:
      '《中华人民共和国医师法》第十三条：国家实行医师执业注册制度。取得医师资格的，可以向所在地县级以上地方人民政府卫生健康主管部门申请注册。医疗卫生机构可以为本机构中的申请人集体办理注册手续。除有本法规定不予注册的情形外，卫生健康主管部门应当自受理申请之日起二十个工作日内准予注册，将注册信息录入国家信息平台，并发给医师执业证书。\n' +
      '《中华人民共和国医师法》第十七条：医师变更执业地点、执业类别、执业范围等注册事项的，应当依照本法规定到准予注册的卫生健康主管部门办理变更注册手续。\n' +
      '《医师执业注册管理办法》（国家卫生和计划生育委员会令第13号）。',
    exerciseLevel: '3',
    powerSource: '1',
    subjectNature: '1',
    entrustedBody: '',
    audiences: ['1'],
    handlingForms: ['1', '2', '4'],
    caseType: '2',
    limitUnit: 'working_day',
    legalLimitDays: 20,
    legalLimitExplanation:
      '《中华人民共和国医师法》第十三条：卫生健康主管部门应当自受理申请之日起二十个工作日内准予注册；变更注册依照同一程序办理。',
    promisedLimitDays: 5,
    promisedLimitExplanation:
      '首次注册自受理之日起5个工作日内办结，变更注册3个工作日内办结；通过国家医师电子化注册系统申请、信息核验一致的，可当日办结。',
    acceptanceConditions:
      '1. 已通过国家医师资格考试，取得《医师资格证书》；\n' +
      '2. 拟在本市依法取得《医疗机构执业许可证》或经备案的医疗卫生机构执业，并由该机构出具拟聘用证明；\n' +
      '3. 不具有《中华人民共和国医师法》第十六条规定的不予注册情形：无民事行为能力或者限制民事行为能力；受刑事处罚，刑罚执行完毕不满二年或者被依法禁止从事医师职业的期限未满；被吊销医师执业证书不满二年；因医师定期考核不合格被注销注册不满一年；法律、行政法规规定不得从事医疗卫生服务的其他情形；\n' +
      '4. 取得医师资格后二年内未注册，或中止医师执业活动二年以上的，须在省级以上卫生健康主管部门指定的机构接受连续6个月以上培训并考核合格；\n' +
      '5. 申请变更注册的，须已在本市注册且注册状态正常。',
    processSteps: [
      {
        name: '申请与受理',
        description:
          '申请人通过国家医师电子化注册系统填报，拟执业机构审核确认后提交；窗口对材料齐全、符合法定形式的予以受理，不齐全的一次性告知补正。',
        timeLimit: '1个工作日',
      },
      { name: '审查', description: '核对医师资格信息、拟聘用证明，查询有无不予注册情形。', timeLimit: '2个工作日' },
      {
        name: '决定',
        description: '作出准予注册或不予注册的决定；不予注册的，书面说明理由并告知申请复议或诉讼的权利。',
        timeLimit: '1个工作日',
      },
      { name: '办结', description: '将注册信息录入国家医师管理信息系统，生成医师电子证照。', timeLimit: '1个工作日' },
      { name: '送达', description: '电子证照即时推送；需要纸质《医师执业证书》的，窗口领取或免费邮寄送达。', timeLimit: '即时' },
    ],
    specialProcedure: '',
    quantityLimit: '医师执业地点为省级行政区划；一名医师只能确定一个主要执业机构，在其他机构执业的按多机构执业备案。',
    intermediaryServices: '',
    resultName: '医师执业证书',
    resultType: '1',
    ...PLACE,
    visits: 0,
    visitsReason: '无',
    onlineLevel: 4,
    onlineDepth: ['1', '2', '3', '4', '5', '6', '7'],
    isOnline: true,
    onlineUrl: applyUrl('physician-registration'),
    supportsAppointment: true,
    supportsExpress: true,
    serviceScope: '2',
    jointDepartments: '',
    personThemes: ['P03'],
    enterpriseThemes: [],
    ...NOT_CHARGED,
    materials: [
      material({
        key: 'application',
        name: '医师执业注册申请审核表',
        format: '3',
        legalBasis: '《医师执业注册管理办法》',
        fillingNotes: '在国家医师电子化注册系统在线填写后生成；申请人签名，拟执业机构签署意见并加盖公章。',
        acceptanceStandard: '信息完整，与医师资格证书一致，签章齐全。',
      }),
      material({
        key: 'id-card',
        name: '居民身份证',
        sourceChannel: '2',
        issuedBy: '公安机关',
        fillingNotes: '原件核验后退还；网上申请的通过身份核验免于提交。',
        acceptanceStandard: '在有效期内。',
        replacedBy: ID_CARD_ECERT,
      }),
      material({
        key: 'photo',
        name: '近6个月内2寸白底免冠正面半身照片',
        format: '3',
        legalBasis: '《医师执业注册管理办法》',
        fillingNotes: '网上申请的上传电子照片（JPG格式，不小于413×626像素）。',
        acceptanceStandard: '白色背景、免冠、正面、五官清晰。',
        appliesWhen: when('situation', 'first'),
      }),
      material({
        key: 'qualification',
        name: '医师资格证书',
        sourceChannel: '2',
        issuedBy: '国家卫生健康委（由省级卫生健康主管部门颁发）',
        fillingNotes: '原件核验后退还；系统可查询到资格信息的免于提交。',
        acceptanceStandard: '资格类别与拟注册执业类别相符。',
        replacedBy: { kind: 'registry', ref: 'physician.qualification', label: '国家医师管理信息系统·医师资格信息' },
        appliesWhen: when('situation', 'first'),
      }),
      material({
        key: 'employment',
        name: '拟执业医疗卫生机构聘用证明',
        format: '3',
        legalBasis: '《医师执业注册管理办法》',
        fillingNotes: '注明拟聘用科室和岗位，加盖拟执业机构公章。',
        acceptanceStandard: '机构名称与《医疗机构执业许可证》一致，盖章清晰。',
        appliesWhen: when('situation', 'first', 'change'),
      }),
      material({
        key: 'training',
        name: '连续6个月以上培训考核合格证明',
        required: false,
        sourceChannel: '3',
        issuedBy: '省级以上卫生健康主管部门指定的培训考核机构',
        legalBasis: '《医师执业注册管理办法》',
        fillingNotes: '取得医师资格后二年内未注册，或中止医师执业活动二年以上的提交。',
        acceptanceStandard: '培训时间连续6个月以上，考核结论为合格。',
        appliesWhen: when('situation', 'first'),
      }),
      material({
        key: 'practising-certificate',
        name: '医师执业证书',
        sourceChannel: '2',
        issuedBy: '原准予注册的卫生健康主管部门',
        fillingNotes: '变更注册的提交原证书，变更后换发。',
        acceptanceStandard: '注册状态正常。',
        replacedBy: { kind: 'e_certificate', ref: 'practice_certificate', label: '医师电子证照' },
        appliesWhen: when('situation', 'change'),
      }),
    ],
    scenarios: [
      {
        key: 'situation',
        question: '您办理的是哪种情形？',
        options: [
          { key: 'first', label: '首次注册', promisedLimitDays: null, note: '' },
          {
            key: 'change',
            label: '变更注册（执业地点、执业类别、执业范围）',
            promisedLimitDays: 3,
            note: '变更主要执业机构的，须先由原执业机构在电子化注册系统中确认解聘。',
          },
        ],
      },
    ],
    faqs: [
      {
        question: '医师可以同时在几家医疗机构执业吗？',
        answer: '可以。医师确定一个主要执业机构注册，在其他医疗机构执业的，由其他执业机构在电子化注册系统中备案，无需办理变更注册。',
      },
      {
        question: '取得医师资格多久内必须注册？',
        answer: '取得医师资格后二年内未注册的，申请注册时须提交在指定机构接受连续6个月以上培训并考核合格的证明。',
      },
      {
        question: '医师电子证照和纸质证书效力一样吗？',
        answer: '医师电子证照与纸质《医师执业证书》具有同等法律效力，可通过电子化注册系统或示范市政务服务网下载、出示。',
      },
    ],
  },
  forms: {
    application: {
      title: '医师执业注册申请审核表',
      fields: [
        '姓名',
        '性别',
        '出生日期',
        '身份证件号码',
        '医师资格证书编码',
        '医师资格类别',
        '申请类型（首次注册/变更注册）',
        '拟执业机构名称',
        '执业地点',
        '执业类别',
        '执业范围',
        '最高学历及毕业院校',
        '联系电话',
        '申请人签名',
        '拟执业机构意见',
      ],
      sample: {
        姓名: '张三',
        性别: '男',
        出生日期: '1996年5月10日',
        身份证件号码: 'XXXXXXXXXXXXXXXXXX',
        医师资格证书编码: 'XXXXXXXXXXXXXXXXXXXXXXXXXXX',
        医师资格类别: '临床',
        '申请类型（首次注册/变更注册）': '首次注册',
        拟执业机构名称: '示范市第一人民医院',
        执业地点: '示范省',
        执业类别: '临床',
        执业范围: '内科专业',
        最高学历及毕业院校: '本科 示范医科大学',
        联系电话: '0999-6100002',
        申请人签名: '张三',
        拟执业机构意见: '同意聘用，情况属实（加盖公章）',
      },
      notes: '本表由国家医师电子化注册系统生成，打印后签字盖章；执业范围按《关于医师执业注册中执业范围的暂行规定》填写。',
    },
  },
};
