/** Application forms of 示范市教育局's demo items (民办学校设立，教师资格认定，义务教育入学登记). */
import type { FormDefinition } from '@onewindow/common/forms';
import { GENDERS, personForm } from './blocks.js';
import { amount, choice, date, division, group, idNumber, int, requireWhen, text } from './form-builder.js';

const guardian = (label: string, opts: { optional?: boolean } = {}) =>
  group(label, { name: text('姓名', { max: 50 }), idNumber: idNumber('公民身份号码') }, opts);

export const JYJ_FORMS: Record<string, FormDefinition> = {
  'private-school-establishment': personForm(
    [
      {
        title: '学校信息',
        fields: {
          stage: choice('申请类型', ['筹设', '正式设立', '直接申请正式设立']),
          schoolName: text('拟设学校名称', { max: 100 }),
          nature: choice('学校性质', ['营利性', '非营利性'], {
            help: '不得设立实施义务教育的营利性民办学校（《中华人民共和国民办教育促进法》第十九条）。',
          }),
          level: choice('办学层次和类型', ['学前教育', '普通高中', '中等职业学历教育', '文化教育类培训机构']),
          address: text('办学地址', { max: 200, span: 2 }),
          addressDivision: division('办学地址所在区划'),
          principal: text('拟任校长', { max: 50 }),
          scale: int('办学规模（在校生人数）', { min: 1, max: 100000 }),
          funds: amount('开办资金（万元）', { min: 0.01 }),
          floorArea: amount('校舍建筑面积（平方米）', { min: 0.01 }),
        },
      },
      {
        title: '举办者',
        fields: {
          organiserKind: choice('举办者类型', ['自然人', '法人或其他组织']),
          organiserName: text('举办者名称或姓名', { max: 100 }),
          organiserCode: text('统一社会信用代码或公民身份号码', { max: 18 }),
        },
      },
    ],
    { applicantTitle: '申请人（联系人）信息' },
  ),

  'teacher-qualification': personForm(
    [
      {
        title: '认定信息',
        fields: {
          qualificationType: choice('申请资格种类', [
            '幼儿园教师资格',
            '小学教师资格',
            '初级中学教师资格',
            '高级中学教师资格',
            '中等职业学校教师资格',
            '中等职业学校实习指导教师资格',
          ]),
          subject: text('任教学科', { max: 50 }),
          path: choice('认定途径', ['参加中小学教师资格考试合格', '免试认定（教育类研究生和公费师范生等）']),
          examCertificateNumber: text('考试合格证明编号', { optional: true, max: 30 }),
          education: choice('最高学历', ['中专', '大专', '本科', '硕士研究生', '博士研究生'], {
            help: '学历应符合《中华人民共和国教师法》第十一条规定的要求。',
          }),
          school: text('毕业学校', { max: 100 }),
          major: text('所学专业', { max: 50 }),
          mandarinLevel: choice('普通话水平等级', ['一级甲等', '一级乙等', '二级甲等', '二级乙等']),
          employer: text('现工作单位', { optional: true, max: 100 }),
          address: text('通讯地址', { max: 200, span: 2 }),
        },
      },
    ],
    {
      applicant: { gender: choice('性别', GENDERS), birthDate: date('出生日期') },
      delivery: ['免费邮寄', '窗口领取'],
      rules: [requireWhen('path', ['参加中小学教师资格考试合格'], ['examCertificateNumber'])],
    },
  ),

  'school-enrolment': personForm(
    [
      {
        title: '学生信息',
        fields: {
          studentName: text('学生姓名', { max: 50 }),
          studentGender: choice('性别', GENDERS),
          studentBirthDate: date('出生日期', {
            help: '凡年满六周岁的儿童，应当入学接受并完成义务教育（《中华人民共和国义务教育法》第十一条）。',
          }),
          studentIdNumber: idNumber('学生公民身份号码'),
          grade: choice('报名年级', ['小学一年级', '初中一年级']),
          school: text('登记学校', { max: 100 }),
          household: choice('户籍情况', ['本市户籍', '随迁子女（持本市居住证）']),
          residencePermitNumber: text('居住证编号', { optional: true, max: 30 }),
          hukouAddress: text('户籍地址', { max: 200, span: 2 }),
          residenceAddress: text('现居住地址', { max: 200, span: 2 }),
          residenceDivision: division('居住地所在区划'),
        },
      },
      {
        title: '监护人信息',
        fields: {
          relation: choice('申请人与学生关系', ['父亲', '母亲', '其他监护人']),
          father: guardian('父亲', { optional: true }),
          mother: guardian('母亲', { optional: true }),
        },
      },
    ],
    { applicantTitle: '申请人（监护人）信息', rules: [requireWhen('household', ['随迁子女（持本市居住证）'], ['residencePermitNumber'])] },
  ),
};
