/** Application forms of 示范市公安局's demo items (居民身份证、出生登记、户口迁入、居住证、普通护照). */
import type { FormDefinition } from '@onewindow/common/forms';
import { GENDERS, personForm } from './blocks.js';
import { choice, date, division, group, idNumber, list, mobile, requireWhen, text, textarea, yesNo } from './form-builder.js';

const ethnicity = () => text('民族', { max: 20, placeholder: '如：汉族' });
const parent = (label: string, opts: { optional?: boolean } = {}) =>
  group(label, { name: text('姓名', { max: 50 }), idNumber: idNumber('公民身份号码') }, opts);

export const GAJ_FORMS: Record<string, FormDefinition> = {
  'id-card': personForm(
    [
      {
        title: '申领信息',
        fields: {
          reason: choice('申领原因', ['首次申领', '有效期满换领', '证件损坏换领', '证件遗失补领'], {
            help: '十六周岁以上公民应当申领居民身份证；未满十六周岁的，可以申领（《中华人民共和国居民身份证法》第二条）。',
          }),
          ethnicity: ethnicity(),
          birthDate: date('出生日期'),
          hukouAddress: text('常住户口所在地住址', { max: 200, span: 2 }),
          isMinor: yesNo('申领人未满十六周岁', { optional: true }),
          guardian: group(
            '监护人',
            {
              name: text('监护人姓名', { max: 50 }),
              idNumber: idNumber('监护人公民身份号码'),
              relation: choice('与申领人关系', ['父亲', '母亲', '其他监护人']),
            },
            { optional: true, help: '未满十六周岁的，由监护人代为申请（《中华人民共和国居民身份证法》第八条）。' },
          ),
        },
      },
    ],
    {
      applicant: { gender: choice('性别', GENDERS) },
      delivery: ['窗口领取', '免费邮寄'],
      rules: [requireWhen('isMinor', [true], ['guardian'])],
    },
  ),

  'birth-registration': personForm(
    [
      {
        title: '新生儿信息',
        fields: {
          babyName: text('新生儿姓名', { max: 50 }),
          babyGender: choice('性别', GENDERS),
          babyEthnicity: ethnicity(),
          babyBirthDate: date('出生日期'),
          birthPlace: text('出生地', { max: 100, placeholder: '如：示范市东城区' }),
          birthCertificateNumber: text('出生医学证明编号', { pattern: '^[A-Z]\\d{9}$', help: '1 位大写字母加 9 位数字，如 Q350123456。' }),
        },
      },
      {
        title: '父母及落户信息',
        fields: {
          father: parent('父亲', { optional: true }),
          mother: parent('母亲'),
          parentsMarried: choice('父母婚姻状况', ['已办理结婚登记', '非婚生育']),
          follow: choice('随父（母）落户', ['随母落户', '随父落户']),
          registerAddress: text('落户地址', { max: 200, span: 2 }),
          declarantRelation: choice('申报人与新生儿关系', ['父亲', '母亲', '其他监护人']),
        },
      },
    ],
    { rules: [requireWhen('follow', ['随父落户'], ['father']), requireWhen('parentsMarried', ['已办理结婚登记'], ['father'])] },
  ),

  'household-move-in': personForm(
    [
      {
        title: '迁移信息',
        fields: {
          reason: choice('迁移原因', ['夫妻投靠', '未成年子女投靠父母', '父母投靠子女', '购房落户']),
          origin: choice('迁出地', ['省内迁移', '跨省迁移'], { help: '跨省迁移已实行“跨省通办”，无需回迁出地开具准予迁入证明。' }),
          currentHukou: text('现户籍地址', { max: 200, span: 2 }),
          targetAddress: text('迁入地址', { max: 200, span: 2 }),
          targetDivision: division('迁入地所在区划'),
          host: group(
            '被投靠人',
            {
              name: text('姓名', { max: 50 }),
              idNumber: idNumber('公民身份号码'),
              relation: choice('与申请人关系', ['配偶', '父亲', '母亲', '子女']),
            },
            { optional: true },
          ),
          propertyCertificateNumber: text('不动产权证书号', {
            optional: true,
            max: 50,
            placeholder: '如：示（2026）东城区不动产权第0001234号',
          }),
          accompanying: list(
            '随迁人员',
            {
              name: text('姓名', { max: 50 }),
              idNumber: idNumber('公民身份号码'),
              relation: choice('与申请人关系', ['配偶', '子女', '父母']),
            },
            { optional: true, max: 10 },
          ),
        },
      },
    ],
    {
      applicant: { gender: choice('性别', GENDERS) },
      rules: [
        requireWhen('reason', ['夫妻投靠', '未成年子女投靠父母', '父母投靠子女'], ['host']),
        requireWhen('reason', ['购房落户'], ['propertyCertificateNumber']),
      ],
    },
  ),

  'residence-permit': personForm(
    [
      {
        title: '居住信息',
        fields: {
          ethnicity: ethnicity(),
          hukouAddress: text('户籍地址', { max: 200, span: 2 }),
          residenceAddress: text('居住地址', { max: 200, span: 2 }),
          residenceDivision: division('居住地所在区划'),
          residenceRegisteredOn: date('居住登记日期', {
            help: '在居住地居住半年以上，且符合合法稳定就业、合法稳定住所、连续就读条件之一的，可以申领居住证（《居住证暂行条例》第二条）。',
          }),
          basis: choice('申领依据', ['合法稳定就业', '合法稳定住所', '连续就读']),
          employerOrSchool: text('工作单位或就读学校', { optional: true, max: 100 }),
        },
      },
    ],
    {
      applicant: { gender: choice('性别', GENDERS) },
      agent: true,
      delivery: ['窗口领取', '免费邮寄'],
      rules: [requireWhen('basis', ['合法稳定就业', '连续就读'], ['employerOrSchool'])],
    },
  ),

  passport: personForm(
    [
      {
        title: '申请信息',
        fields: {
          category: choice('申请类别', ['首次申请', '换发', '补发']),
          ethnicity: ethnicity(),
          birthDate: date('出生日期'),
          birthPlace: text('出生地', { max: 50, placeholder: '省（自治区、直辖市）' }),
          hukouAddress: text('户口所在地', { max: 200, span: 2 }),
          currentAddress: text('现住址', { max: 200, span: 2 }),
          purpose: choice('出境事由', ['旅游', '探亲访友', '商务', '留学', '就业', '定居', '其他']),
          emergencyContact: group('紧急联系人', { name: text('姓名', { max: 50 }), mobile: mobile('联系电话') }),
          lostStatement: textarea('证件遗失情况说明', { optional: true, max: 500, help: '补发的填写遗失的时间、地点和经过。' }),
        },
      },
    ],
    {
      applicant: { gender: choice('性别', GENDERS) },
      delivery: ['窗口领取', '免费邮寄'],
      rules: [requireWhen('category', ['补发'], ['lostStatement'])],
    },
  ),
};
