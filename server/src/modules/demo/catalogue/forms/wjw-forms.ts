/** Application forms of 示范市卫生健康委员会's demo items (出生医学证明，医师、护士执业注册，医疗机构执业登记，生育登记). */
import type { FormDefinition } from '@onewindow/common/forms';
import { GENDERS, personForm, unitForm } from './blocks.js';
import { amount, choice, date, group, idNumber, int, requireWhen, text, textarea } from './form-builder.js';

const person = (label: string, opts: { optional?: boolean } = {}) =>
  group(label, { name: text('姓名', { max: 50 }), idNumber: idNumber('公民身份号码') }, opts);
const born = () => ({ gender: choice('性别', GENDERS), birthDate: date('出生日期') });

export const WJW_FORMS: Record<string, FormDefinition> = {
  'birth-medical-certificate': personForm(
    [
      {
        title: '申请事项',
        fields: {
          situation: choice('申请类型', ['首次签发', '补发', '换发']),
          originalCertificateNumber: text('原出生医学证明编号', { optional: true, pattern: '^[A-Z]\\d{9}$' }),
          reissueReason: textarea('补发（换发）原因', { optional: true, max: 500 }),
        },
      },
      {
        title: '新生儿信息',
        fields: {
          babyName: text('新生儿姓名', { max: 50 }),
          babyGender: choice('性别', GENDERS),
          birthDate: date('出生日期'),
          birthPlace: text('出生地点（医疗机构）', { max: 100 }),
          gestationWeeks: int('出生孕周', { min: 20, max: 45 }),
          weightGrams: int('出生体重（克）', { min: 300, max: 7000 }),
          lengthCm: int('出生身长（厘米）', { min: 25, max: 70 }),
          mother: person('母亲'),
          father: person('父亲', { optional: true }),
          familyAddress: text('家庭住址', { max: 200, span: 2 }),
        },
      },
    ],
    {
      delivery: ['窗口领取', '电子证照（网上下载）'],
      rules: [requireWhen('situation', ['补发', '换发'], ['originalCertificateNumber', 'reissueReason'])],
    },
  ),

  'physician-registration': personForm(
    [
      {
        title: '资格与注册信息',
        fields: {
          registrationType: choice('申请类型', ['首次注册', '变更注册']),
          qualificationCertNumber: text('医师资格证书编码', { max: 30 }),
          qualificationType: choice('医师资格类别', ['临床', '中医', '口腔', '公共卫生']),
          institution: text('拟执业机构名称', { max: 100 }),
          practiceLocation: text('执业地点', { max: 100, placeholder: '如：示范市' }),
          practiceScope: text('执业范围', { max: 100, placeholder: '如：内科专业' }),
          education: choice('最高学历', ['中专', '大专', '本科', '硕士研究生', '博士研究生']),
          school: text('毕业院校', { max: 100 }),
        },
      },
    ],
    { applicant: born(), delivery: ['电子证照（网上下载）', '窗口领取'] },
  ),

  'nurse-registration': personForm(
    [
      {
        title: '学历与注册信息',
        fields: {
          registrationType: choice('申请类型', ['首次注册', '变更注册', '延续注册'], {
            help: '应当自通过护士执业资格考试之日起三年内提出执业注册申请；注册有效期为五年（《护士条例》第七条、第八条）。',
          }),
          school: text('毕业院校', { max: 100 }),
          major: text('所学专业', { max: 50 }),
          schoolingYears: int('学制（年）', { min: 2, max: 8 }),
          graduationDate: date('毕业时间'),
          examPassedOn: date('护士执业资格考试通过时间'),
          institution: text('拟执业机构名称', { max: 100 }),
        },
      },
    ],
    { applicant: born(), delivery: ['电子证照（网上下载）', '窗口领取'] },
  ),

  'medical-institution-licence': unitForm(
    [
      {
        title: '申请事项',
        fields: {
          situation: choice('申请类型', ['执业登记', '变更登记']),
          registrationNumber: text('登记号', { optional: true, max: 30 }),
          changeBefore: textarea('变更前内容', { optional: true, max: 500 }),
          changeAfter: textarea('变更后内容', { optional: true, max: 500 }),
        },
      },
      {
        title: '医疗机构信息',
        fields: {
          institutionName: text('医疗机构名称', { max: 100 }),
          category: choice('医疗机构类别', [
            '综合医院',
            '专科医院',
            '中医医院',
            '门诊部',
            '诊所',
            '社区卫生服务中心',
            '乡镇卫生院',
            '其他',
          ]),
          profitType: choice('经营性质', ['营利性', '非营利性']),
          address: text('地址', { max: 200, span: 2 }),
          principal: person('主要负责人'),
          subjects: textarea('诊疗科目', { max: 1000, help: '按《医疗机构诊疗科目名录》填写。' }),
          beds: int('床位（张）', { max: 10000 }),
          dentalChairs: int('牙椅（台）', { max: 1000 }),
          registeredFunds: amount('注册资金（万元）'),
          healthWorkers: int('卫生技术人员数', { min: 1, max: 100000 }),
        },
      },
    ],
    { rules: [requireWhen('situation', ['变更登记'], ['registrationNumber', 'changeBefore', 'changeAfter'])] },
  ),

  'birth-service-registration': personForm(
    [
      {
        title: '登记信息',
        fields: {
          spouse: person('配偶'),
          marriageDate: date('结婚登记日期'),
          household: choice('户籍情况', ['本市户籍', '非本市户籍（常住本市）']),
          hukouAddress: text('户籍地', { max: 200, span: 2 }),
          residenceAddress: text('现居住地', { max: 200, span: 2 }),
          existingChildren: int('现有子女数', { max: 20 }),
          childOrder: int('本次登记子女孩次', { min: 1, max: 20 }),
          dueOrBirthDate: date('预产期或子女出生日期'),
        },
      },
    ],
    { applicantTitle: '登记人信息', commitment: '本人承诺所填信息真实准确，如有不实，愿承担相应责任。' },
  ),
};
