/** Application forms of 示范市民政局's demo items (结婚、离婚登记，最低生活保障，养老机构备案，社会团体成立登记). */
import type { FormDefinition } from '@onewindow/common/forms';
import { BANK_ACCOUNT, BANKS, personForm, unitForm } from './blocks.js';
import { agree, amount, choice, date, division, group, idNumber, int, list, multi, requireWhen, text, textarea } from './form-builder.js';

const party = (label: string) =>
  group(label, {
    name: text('姓名', { max: 50 }),
    idNumber: idNumber('公民身份号码'),
    birthDate: date('出生日期'),
    maritalStatus: choice('婚姻状况', ['未婚', '离婚', '丧偶']),
  });
const spouse = (label: string) => group(label, { name: text('姓名', { max: 50 }), idNumber: idNumber('公民身份号码') });

export const MZJ_FORMS: Record<string, FormDefinition> = {
  'marriage-registration': personForm(
    [
      {
        title: '当事人信息',
        fields: {
          male: party('男方'),
          female: party('女方'),
          appointmentDate: date('预约登记日期', { help: '结婚登记须男女双方共同到婚姻登记机关办理（《婚姻登记条例》第五条）。' }),
        },
      },
      {
        title: '声明',
        fields: {
          declaration: agree(
            '双方声明：本人与对方均无配偶，没有直系血亲和三代以内旁系血亲关系，男方已满二十二周岁、女方已满二十周岁，完全自愿结婚（《中华人民共和国民法典》第一千零四十六条至第一千零四十八条）。',
          ),
        },
      },
    ],
    { applicantTitle: '预约人信息' },
  ),

  'divorce-registration': personForm(
    [
      {
        title: '申请事项',
        fields: {
          stage: choice('办理阶段', ['申请离婚登记', '冷静期届满申请发给离婚证'], {
            help: '自婚姻登记机关收到离婚登记申请之日起三十日内，任何一方不愿意离婚的，可以撤回申请；期满后三十日内，双方应当亲自到婚姻登记机关申请发给离婚证（《中华人民共和国民法典》第一千零七十七条）。',
          }),
          certificateStatus: choice('结婚证持有情况', ['持有结婚证', '结婚证遗失']),
        },
      },
      {
        title: '婚姻信息',
        fields: {
          male: spouse('男方'),
          female: spouse('女方'),
          marriageDate: date('结婚登记日期'),
          marriageCertificateNumber: text('结婚证字号', { optional: true, max: 50 }),
        },
      },
      {
        title: '离婚协议主要内容',
        fields: {
          voluntary: agree('双方均自愿离婚，并已对子女抚养、财产及债务处理等事项协商一致。'),
          childrenArrangement: textarea('子女抚养', { max: 1000, placeholder: '无子女的填写“无”' }),
          propertyArrangement: textarea('夫妻共同财产分割', { max: 2000 }),
          debtArrangement: textarea('债务处理', { max: 1000, placeholder: '无共同债务的填写“无”' }),
        },
      },
    ],
    {},
  ),

  'minimum-living-allowance': personForm(
    [
      {
        title: '家庭基本情况',
        fields: {
          householdType: choice('申请方式', ['整户申请', '单人户申请']),
          hukouAddress: text('户籍地址', { max: 200, span: 2 }),
          residenceAddress: text('现居住地址', { max: 200, span: 2 }),
          residenceDivision: division('居住地所在乡镇（街道）', { help: '向户籍所在地或经常居住地乡镇人民政府（街道办事处）提出。' }),
          members: list(
            '共同生活家庭成员',
            {
              name: text('姓名', { max: 50 }),
              idNumber: idNumber('公民身份号码'),
              relation: choice('与申请人关系', ['本人', '配偶', '子女', '父母', '兄弟姐妹', '其他']),
              employment: choice('就业状况', ['就业', '失业', '在校学生', '退休', '丧失劳动能力', '学龄前儿童', '其他']),
              monthlyIncome: amount('月收入（元）'),
            },
            { min: 1, max: 20 },
          ),
        },
      },
      {
        title: '经济状况',
        fields: {
          monthlyHouseholdIncome: amount('家庭月总收入（元）'),
          assets: textarea('家庭财产状况', { max: 1000, help: '包括存款、房产、车辆、有价证券等。' }),
          reason: textarea('申请理由', { max: 1000 }),
          bank: choice('开户银行', BANKS),
          bankAccount: text('银行账号', { pattern: BANK_ACCOUNT }),
          authorisation: agree('本人及共同生活的家庭成员授权民政部门核对家庭经济状况（含收入、财产、存款等信息）。'),
        },
      },
    ],
    { agent: true },
  ),

  'elderly-care-filing': unitForm(
    [
      {
        title: '机构信息',
        fields: {
          filingType: choice('备案类型', ['首次备案', '变更备案']),
          nature: choice('机构性质', ['营利性', '民办非营利性', '公办']),
          registrationAuthority: text('登记管理机关', { max: 100, placeholder: '如：示范市市场监督管理局' }),
          serviceAddress: text('服务场所地址', { max: 200, span: 2 }),
          serviceDivision: division('服务场所所在区划'),
          floorArea: amount('服务场所建筑面积（平方米）', { min: 1 }),
          beds: int('床位数（张）', { min: 1, max: 10000 }),
          services: multi('服务内容', ['生活照料', '膳食服务', '清洁卫生', '康复护理', '医疗服务', '精神慰藉', '文化娱乐', '安宁疗护']),
          changeDescription: textarea('变更事项', { optional: true, max: 500 }),
        },
      },
    ],
    {
      rules: [requireWhen('filingType', ['变更备案'], ['changeDescription'])],
      commitment:
        '本机构承诺：服务场所符合消防、建筑、卫生、环境保护、食品安全等方面的要求，按照国家有关标准和规定开展养老服务，接受民政部门的监督检查。',
    },
  ),

  'social-organisation-registration': personForm(
    [
      {
        title: '社会团体基本信息',
        fields: {
          orgName: text('社会团体名称', { max: 100 }),
          residence: text('住所', { max: 200, span: 2 }),
          residenceDivision: division('住所所在区划'),
          purpose: textarea('宗旨', { max: 500 }),
          businessScope: textarea('业务范围', { max: 1000 }),
          region: text('活动地域', { max: 50, placeholder: '如：示范市' }),
          funds: amount('活动资金（万元）', {
            min: 3,
            help: '地方性的社会团体和跨行政区域的社会团体有 3 万元以上活动资金（《社会团体登记管理条例》第十条）。',
          }),
          supervisionType: choice('登记方式', ['直接登记', '经业务主管单位审查同意后登记']),
          supervisor: text('业务主管单位', { optional: true, max: 100 }),
        },
      },
      {
        title: '负责人及会员',
        fields: {
          legalRepresentative: group('拟任法定代表人', { name: text('姓名', { max: 50 }), idNumber: idNumber('公民身份号码') }),
          secretaryGeneral: text('拟任秘书长', { max: 50 }),
          individualMembers: int('个人会员数', {
            max: 100000,
            help: '有 50 个以上的个人会员，或者 30 个以上的单位会员；混合组成的，会员总数不得少于 50 个（《社会团体登记管理条例》第十条）。',
          }),
          unitMembers: int('单位会员数', { max: 100000 }),
          staff: int('专职工作人员数', { max: 1000 }),
          founders: list(
            '发起人',
            { name: text('姓名或单位名称', { max: 100 }), idCode: text('公民身份号码或统一社会信用代码', { max: 18 }) },
            { min: 1, max: 100 },
          ),
        },
      },
    ],
    {
      applicantTitle: '申请人（发起人代表）信息',
      rules: [requireWhen('supervisionType', ['经业务主管单位审查同意后登记'], ['supervisor'])],
    },
  ),
};
