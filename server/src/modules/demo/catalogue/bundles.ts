/**
 * The demo 一件事 bundles: several items of several departments that a person or an enterprise applies for
 * once (one form, one set of materials, one window), handled by the departments in parallel — the
 * “高效办成一件事” packages (国发〔2024〕3号) a city 政务服务网 shows. Items are referenced by their demo slugs.
 */
import type { DemoBundle } from './demo-item.js';

export const DEMO_BUNDLES: DemoBundle[] = [
  {
    code: 'newborn',
    name: '新生儿出生一件事',
    audience: 'person',
    theme: 'P01',
    description:
      '新生儿出院前，父母在助产机构或示范市政务服务网“一件事”专区一次填报、一次提交材料（父母身份证件、户口簿、结婚证通过电子证照调取，免于提交），即可同时办理出生医学证明签发、出生登记（新生儿落户）、城乡居民基本医疗保险参保登记和社会保障卡申领。卫生健康委员会签发出生医学证明后，信息实时推送公安局和人力资源和社会保障局并联办理：出生医学证明1个工作日内签发，出生登记和医保参保登记随后即时办结，社会保障卡10个工作日内制卡寄出，户口簿户籍页免费邮寄送达。',
    items: ['birth-medical-certificate', 'birth-registration', 'resident-medical-insurance', 'social-security-card'],
  },
  {
    code: 'restaurant',
    name: '开办餐饮店一件事',
    audience: 'enterprise',
    theme: 'E01',
    description:
      '开餐馆、小吃店的经营者在示范市政务服务网或政务服务中心“一件事”综合窗口填写一张表单、提交一套材料，即可同时办理个体工商户设立登记、食品经营许可、新办纳税人涉税事项（信息确认）和员工社会保险登记。市场监督管理局、税务局、人力资源和社会保障局并联办理、信息共享：营业执照当场发放，税务信息确认和社会保险登记即时办结，食品经营许可自受理之日起5个工作日内作出决定，全程一般不超过5个工作日，证照可免费邮寄。',
    items: ['individual-business-registration', 'food-business-licence', 'tax-registration', 'employee-insurance-registration'],
  },
  {
    code: 'retirement',
    name: '退休一件事',
    audience: 'person',
    theme: 'P09',
    description:
      '职工达到法定退休年龄时，由本人或所在单位在示范市政务服务网“一件事”专区或政务服务中心“一件事”综合窗口一次申请，即可同时办理退休核准（职工基本养老保险待遇核定）、住房公积金退休提取和社会保障卡申领（尚未申领或需换领的，用于领取基本养老金）。人力资源和社会保障局10个工作日内完成退休核准和待遇核定，退休信息自动推送住房公积金管理中心，公积金退休提取免交退休证明、即时办结并一次性到账；全程一般10个工作日内办结。',
    items: ['retirement-approval', 'housing-fund-withdrawal', 'social-security-card'],
  },
  {
    code: 'company',
    name: '企业开办一件事',
    audience: 'enterprise',
    theme: 'E01',
    description:
      '新开办企业在示范市政务服务网“企业开办一件事”专区一次填报、一次提交材料（全程电子签名），即可同时办理企业设立登记、新办纳税人涉税事项（信息确认）、单位社会保险登记和住房公积金单位缴存登记。市场监督管理局、税务局、人力资源和社会保障局、住房公积金管理中心并联办理、信息实时共享，全程网办、零跑动：营业执照1个工作日内发放，涉税信息确认、社保登记和公积金缴存登记同步即时办结，全流程1个工作日内办结，纸质营业执照可免费邮寄。',
    items: ['company-establishment', 'tax-registration', 'employee-insurance-registration', 'housing-fund-deposit-registration'],
  },
  {
    code: 'transport-company',
    name: '开办货运企业一件事',
    audience: 'enterprise',
    theme: 'E01',
    description:
      '拟从事道路普通货物运输的经营者在示范市政务服务网或政务服务中心“一件事”综合窗口一次申请，即可同时办理企业设立登记、新办纳税人涉税事项（信息确认）和道路货物运输经营许可。市场监督管理局核发营业执照后，登记信息自动推送税务局和交通运输局，道路货物运输经营许可免交营业执照、并联审查：营业执照1个工作日内发放，涉税信息确认即时办结，道路运输经营许可自受理之日起5个工作日内作出决定，全程一般5个工作日内办结，许可证和车辆道路运输证同步生成电子证照。',
    items: ['company-establishment', 'tax-registration', 'road-freight-licence'],
  },
];
