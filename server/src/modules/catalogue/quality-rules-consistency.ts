/** Q01–Q12: consistency between elements — the provincial QA checks of cn-standards §1.6 and 行政许可法第四十二条. */
import { LEGAL_PERSON_AUDIENCES } from './code-lists.js';
import {
  blank,
  EXPRESS,
  ONLINE_FORMS,
  PHONE,
  CERTIFICATE_ENDINGS,
  APPROVAL_ENDINGS,
  PERMIT_STEPS,
  MIN_PERMIT_STEPS,
  type QualityProblem,
  type QualityRule,
} from './quality-rule-support.js';

export const CONSISTENCY_RULES: ReadonlyArray<QualityRule> = [
  {
    // §1.6 rule 1: 承诺办结时限 = 即办 ⇒ 办件类型 = 即办件; otherwise 承诺件 (GB/T 39046 A.6).
    id: 'Q01',
    title: '即办件与承诺时限一致',
    check(c) {
      const p = (message: string): QualityProblem[] => [{ rule: 'Q01', path: 'caseType', message }];
      if (c.promisedLimitDays === 0 && c.caseType !== '1') {
        return p('承诺办结时限为 0（即办）时，办件类型须为即办件。');
      }
      if (c.promisedLimitDays > 0 && c.caseType !== '2') {
        return p('承诺办结时限大于 0 时，办件类型须为承诺件；如当场办结，请将承诺办结时限设为 0。');
      }
      return [];
    },
  },
  {
    // §1.6 rule 2: 结果名称 ends with 证 ⇒ 出证办结 (证照); ends with 批复/文 ⇒ 批文.
    id: 'Q02',
    title: '结果类型与结果名称一致',
    check(c) {
      const name = c.resultName.trim();
      if (CERTIFICATE_ENDINGS.some((e) => name.endsWith(e)) && c.resultType !== '1') {
        return [{ rule: 'Q02', path: 'resultType', message: `结果名称“${name}”是证照，审批结果类型须为证照。` }];
      }
      if (APPROVAL_ENDINGS.some((e) => name.endsWith(e)) && c.resultType !== '2') {
        return [{ rule: 'Q02', path: 'resultType', message: `结果名称“${name}”是批文，审批结果类型须为批文。` }];
      }
      return [];
    },
  },
  {
    // §1.6 rule 3: 到办事现场次数 ≠ 0 ⇒ 到现场办理原因说明 required; = 0 ⇒ “无”.
    id: 'Q03',
    title: '到现场办理原因说明',
    check(c) {
      const reason = c.visitsReason.trim();
      const none = reason === '' || reason === '无';
      if (c.visits > 0 && none) {
        return [{ rule: 'Q03', path: 'visitsReason', message: '到办事现场次数不为 0 时须说明到现场办理的原因。' }];
      }
      if (c.visits === 0 && !none) {
        return [{ rule: 'Q03', path: 'visitsReason', message: '到办事现场次数为 0 时，到现场办理原因说明应为“无”或留空。' }];
      }
      return [];
    },
  },
  {
    // §1.6 rule 4: 到现场次数 = 0 and 不网办 ⇒ 办理形式 must include 快递申请.
    id: 'Q04',
    title: '零跑动须有办理渠道',
    check(c) {
      if (c.visits === 0 && !c.isOnline && !c.handlingForms.includes(EXPRESS)) {
        return [
          {
            rule: 'Q04',
            path: 'handlingForms',
            message: '到办事现场次数为 0 且不可网办时，办理形式须包含快递申请，否则申请人无法提交申请。',
          },
        ];
      }
      return [];
    },
  },
  {
    // §1.6 rule 5: 全程网办 (Ⅳ级) ⇒ 到现场次数 = 0; and it needs an online channel to be 网办 at all.
    id: 'Q05',
    title: '全程网办要素一致',
    check(c) {
      if (c.onlineLevel !== 4) return [];
      const out: QualityProblem[] = [];
      if (c.visits !== 0) {
        out.push({ rule: 'Q05', path: 'visits', message: '网办深度为Ⅳ级（全程网办）时，到办事现场次数须为 0。' });
      }
      if (!c.isOnline) {
        out.push({ rule: 'Q05', path: 'isOnline', message: '网办深度为Ⅳ级（全程网办）时，须设为可网办。' });
      }
      if (!ONLINE_FORMS.some((f) => c.handlingForms.includes(f))) {
        out.push({
          rule: 'Q05',
          path: 'handlingForms',
          message: '网办深度为Ⅳ级（全程网办）时，办理形式须包含电脑端网上办理或移动端网上申请。',
        });
      }
      return out;
    },
  },
  {
    // §1.6 rule 6: 收费 ⇒ 收费项目名称、收费标准、收费依据 required; 不收费 ⇒ 网上支付 must not be 支持.
    id: 'Q06',
    title: '收费信息完整',
    check(c) {
      const out: QualityProblem[] = [];
      if (c.charged) {
        if (c.fees.length === 0) {
          out.push({ rule: 'Q06', path: 'fees', message: '收费事项须至少填写一个收费项目。' });
        }
        c.fees.forEach((f, i) => {
          if (blank(f.name)) out.push({ rule: 'Q06', path: `fees/${i}/name`, message: `请填写第 ${i + 1} 个收费项目的名称。` });
          if (blank(f.standard)) {
            out.push({ rule: 'Q06', path: `fees/${i}/standard`, message: `请填写第 ${i + 1} 个收费项目的收费标准。` });
          }
          if (blank(f.basis)) out.push({ rule: 'Q06', path: `fees/${i}/basis`, message: `请填写第 ${i + 1} 个收费项目的收费依据。` });
        });
      } else {
        if (c.fees.length > 0) {
          out.push({ rule: 'Q06', path: 'fees', message: '不收费的事项不应填写收费项目；如收费，请将“是否收费”设为是。' });
        }
        if (c.supportsOnlinePayment) {
          out.push({ rule: 'Q06', path: 'supportsOnlinePayment', message: '不收费的事项不应设为支持网上支付。' });
        }
      }
      return out;
    },
  },
  {
    // §1.6 rule 7: 咨询电话 and 投诉电话 both present, different, with area code.
    id: 'Q07',
    title: '咨询与投诉电话',
    check(c) {
      const out: QualityProblem[] = [];
      if (!PHONE.test(c.consultPhone)) {
        out.push({ rule: 'Q07', path: 'consultPhone', message: '咨询电话须带区号，格式如 0571-12345678。' });
      }
      if (!PHONE.test(c.complaintPhone)) {
        out.push({ rule: 'Q07', path: 'complaintPhone', message: '监督投诉电话须带区号，格式如 0571-12345678。' });
      } else if (c.complaintPhone === c.consultPhone) {
        out.push({ rule: 'Q07', path: 'complaintPhone', message: '监督投诉电话不能与咨询电话相同。' });
      }
      return out;
    },
  },
  {
    // §1.6 rule 8: 服务对象 consistent with 主题分类 (法人事项 has 法人主题 and no 自然人主题, and vice versa).
    id: 'Q08',
    title: '服务对象与主题分类一致',
    check(c) {
      const out: QualityProblem[] = [];
      const forPersons = c.audiences.includes('1');
      const forLegalPersons = LEGAL_PERSON_AUDIENCES.some((a) => c.audiences.includes(a));
      if (forPersons && c.personThemes.length === 0) {
        out.push({ rule: 'Q08', path: 'personThemes', message: '服务对象包含自然人时，须选择面向自然人的主题分类。' });
      }
      if (!forPersons && c.personThemes.length > 0) {
        out.push({ rule: 'Q08', path: 'personThemes', message: '服务对象不含自然人时，不应选择面向自然人的主题分类。' });
      }
      if (forLegalPersons && c.enterpriseThemes.length === 0) {
        out.push({ rule: 'Q08', path: 'enterpriseThemes', message: '服务对象包含法人或其他组织时，须选择面向法人的主题分类。' });
      }
      if (!forLegalPersons && c.enterpriseThemes.length > 0) {
        out.push({ rule: 'Q08', path: 'enterpriseThemes', message: '服务对象不含法人或其他组织时，不应选择面向法人的主题分类。' });
      }
      return out;
    },
  },
  {
    // §1.6 rule 9: 行政许可 ⇒ ≥1 常见问题 and 办理流程 ≥5 环节 (受理、审核、审批、办结、送达).
    id: 'Q09',
    title: '行政许可常见问题与办理流程',
    check(c) {
      if (c.itemType !== '01') return [];
      const out: QualityProblem[] = [];
      if (c.faqs.length === 0) {
        out.push({ rule: 'Q09', path: 'faqs', message: '行政许可事项须至少填写一个常见问题。' });
      }
      if (c.processSteps.length < MIN_PERMIT_STEPS) {
        out.push({ rule: 'Q09', path: 'processSteps', message: `行政许可事项的办理流程须至少有 ${MIN_PERMIT_STEPS} 个环节。` });
      }
      for (const step of PERMIT_STEPS) {
        if (!c.processSteps.some((s) => step.keywords.some((k) => s.name.includes(k)))) {
          out.push({ rule: 'Q09', path: 'processSteps', message: `行政许可事项的办理流程须包含“${step.label}”环节。` });
        }
      }
      return out;
    },
  },
  {
    // §1.6 rule 10: 有审批结果 ⇒ 结果样本 required.
    id: 'Q10',
    title: '审批结果与结果样本',
    check(c) {
      if (c.resultType === '4') return [];
      const out: QualityProblem[] = [];
      if (blank(c.resultName)) {
        out.push({ rule: 'Q10', path: 'resultName', message: '有审批结果的事项须填写结果名称；如无结果，请将结果类型设为“无”。' });
      }
      if (c.resultSampleFileId === null) {
        out.push({ rule: 'Q10', path: 'resultSampleFileId', message: '有审批结果的事项须上传结果样本。' });
      }
      return out;
    },
  },
  {
    // A promise is a commitment to do better than the law (承诺时限 ≤ 法定时限), per 情形 as well.
    id: 'Q11',
    title: '承诺时限不超过法定时限',
    check(c) {
      const legal = c.legalLimitDays;
      if (legal === null) return [];
      const out: QualityProblem[] = [];
      if (c.promisedLimitDays > legal) {
        out.push({ rule: 'Q11', path: 'promisedLimitDays', message: `承诺办结时限不能超过法定办结时限（${legal} 天）。` });
      }
      c.scenarios.forEach((s, i) =>
        s.options.forEach((o, j) => {
          if (o.promisedLimitDays !== null && o.promisedLimitDays > legal) {
            out.push({
              rule: 'Q11',
              path: `scenarios/${i}/options/${j}/promisedLimitDays`,
              message: `办理情形“${o.label}”的承诺办结时限不能超过法定办结时限（${legal} 天）。`,
            });
          }
        }),
      );
      return out;
    },
  },
  {
    // 行政许可法第四十二条: 除当场作出决定的外，应当自受理之日起二十日内作出决定（法律、法规另有规定的，依照其规定）.
    id: 'Q12',
    title: '行政许可须有法定时限',
    check(c) {
      if (c.itemType === '01' && c.legalLimitDays === null) {
        return [
          {
            rule: 'Q12',
            path: 'legalLimitDays',
            message: '行政许可事项须填写法定办结时限（行政许可法第四十二条规定为 20 个工作日，法律、法规另有规定的从其规定）。',
          },
        ];
      }
      return [];
    },
  },
];
