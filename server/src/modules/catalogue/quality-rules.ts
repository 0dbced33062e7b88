/**
 * Publishing quality rules of an item version (事项要素质量检查). The schema (item-content.ts) says whether
 * content is well-formed; these rules say whether it may be *published*: consistency between elements, the
 * checks provincial catalogue QA runs (../shared/reference/cn-standards.md §1.6, Wenzhou/Zhejiang practice)
 * and the time limit of 行政许可法第四十二条. Every rule reports every problem it finds, each with a
 * field path (JSON-pointer-like, e.g. `materials/2/issuedBy`) and a Chinese sentence telling the editor what
 * to fix. Pure functions, no I/O; rule ids Q01–Q17 are stable (stored with review results).
 */
import { LEGAL_PERSON_AUDIENCES } from './code-lists.js';
import type { ItemContent } from './item-content.js';

export type QualityRuleId =
  'Q01' | 'Q02' | 'Q03' | 'Q04' | 'Q05' | 'Q06' | 'Q07' | 'Q08' | 'Q09' | 'Q10' | 'Q11' | 'Q12' | 'Q13' | 'Q14' | 'Q15' | 'Q16' | 'Q17';

export interface QualityProblem {
  rule: QualityRuleId;
  path: string;
  message: string;
}

export interface QualityRule {
  id: QualityRuleId;
  title: string;
  check(c: ItemContent): QualityProblem[];
}

const blank = (s: string) => s.trim() === '';
/** 办理形式: 1 窗口办理, 2 电脑端网上办理, 3 移动端网上申请, 4 快递申请 (GB/T 39046 A.5). */
const WINDOW = '1';
const EXPRESS = '4';
const ONLINE_FORMS = ['2', '3'];
/** 材料形式 with paper: 1 纸质, 3 纸质和电子 (code-lists.ts material_format). */
const PAPER_FORMATS = ['1', '3'];
/** 咨询/投诉电话 with area code, e.g. 0571-12345 or 010-12345678 (§1.6 rule 7). */
const PHONE = /^0\d{2,3}-\d{3,8}$/;
/** 审批结果名称 endings (§1.6 rule 2): 证照 (result type 1) and 批文 (result type 2). */
const CERTIFICATE_ENDINGS = ['许可证', '执照', '证书', '证'];
const APPROVAL_ENDINGS = ['批复', '批文', '决定书'];
/** 行政许可 办理流程 环节 (§1.6 rule 9: 受理、审核、审批、办结、送达); any keyword of a group names the step. */
const PERMIT_STEPS: ReadonlyArray<{ keywords: string[]; label: string }> = [
  { keywords: ['受理'], label: '受理' },
  { keywords: ['审查', '审核'], label: '审查（审核）' },
  { keywords: ['决定', '审批'], label: '决定（审批）' },
  { keywords: ['办结'], label: '办结' },
  { keywords: ['送达'], label: '送达' },
];
const MIN_PERMIT_STEPS = 5;

function duplicates(values: string[]): number[] {
  const seen = new Set<string>();
  const dup: number[] = [];
  values.forEach((v, i) => {
    if (seen.has(v)) dup.push(i);
    seen.add(v);
  });
  return dup;
}

export const QUALITY_RULES: ReadonlyArray<QualityRule> = [
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
  {
    // Required elements of GB/T 39046 表4 / the national exchange (§1.2–1.3, "req Y" columns).
    id: 'Q13',
    title: '必填要素',
    check(c) {
      const out: QualityProblem[] = [];
      const texts: ReadonlyArray<[keyof ItemContent & string, string]> = [
        ['name', '事项名称'],
        ['basicCode', '基本编码'],
        ['legalBasis', '设定依据'],
        ['acceptanceConditions', '受理条件'],
        ['address', '办理地点'],
        ['hours', '办理时间'],
      ];
      for (const [field, label] of texts) {
        if (blank(c[field] as string)) out.push({ rule: 'Q13', path: field, message: `请填写${label}。` });
      }
      const lists: ReadonlyArray<[keyof ItemContent & string, string]> = [
        ['audiences', '请选择服务对象。'],
        ['handlingForms', '请选择办理形式。'],
        ['consultMethods', '请选择咨询方式。'],
        ['processSteps', '请填写办理流程。'],
        ['materials', '请填写申请材料。'],
      ];
      for (const [field, message] of lists) {
        if ((c[field] as unknown[]).length === 0) out.push({ rule: 'Q13', path: field, message });
      }
      return out;
    },
  },
  {
    // 是否网办 consistent with 网办地址 and 网上办理深度 (§1.3 extend: is_online, online_handle_url, online_handle_depth).
    id: 'Q14',
    title: '网上办理要素一致',
    check(c) {
      const out: QualityProblem[] = [];
      if (c.isOnline) {
        if (blank(c.onlineUrl)) out.push({ rule: 'Q14', path: 'onlineUrl', message: '可网办的事项须填写网办地址。' });
        if (c.onlineLevel < 2) {
          out.push({ rule: 'Q14', path: 'onlineLevel', message: '可网办的事项网办深度等级须至少为Ⅱ级（网上收件预审）。' });
        }
        if (c.onlineDepth.length === 0) {
          out.push({ rule: 'Q14', path: 'onlineDepth', message: '可网办的事项须选择网上办理深度。' });
        }
      } else if (c.onlineLevel > 1) {
        out.push({ rule: 'Q14', path: 'onlineLevel', message: '不可网办的事项网办深度等级不能高于Ⅰ级（网上咨询）。' });
      }
      return out;
    },
  },
  {
    // 申请材料 (§1.2 items 56–64, §1.3 *_material): identity, 出具机构, 份数 and 办理情形 references.
    id: 'Q15',
    title: '申请材料要素',
    check(c) {
      const out: QualityProblem[] = [];
      const m = c.materials;
      for (const i of duplicates(m.map((x) => x.key))) {
        out.push({ rule: 'Q15', path: `materials/${i}/key`, message: `材料标识“${m[i]!.key}”重复，每个材料的标识须唯一。` });
      }
      for (const i of duplicates(m.map((x) => x.name.trim()))) {
        out.push({ rule: 'Q15', path: `materials/${i}/name`, message: `材料名称“${m[i]!.name.trim()}”重复，请合并或区分这些材料。` });
      }
      m.forEach((x, i) => {
        const at = `materials/${i}`;
        const paper = PAPER_FORMATS.includes(x.format);
        if (x.sourceChannel === '2' && blank(x.issuedBy)) {
          out.push({ rule: 'Q15', path: `${at}/issuedBy`, message: `材料“${x.name}”由政府部门核发，须填写出具机构。` });
        }
        if (paper && (x.kind === '1' || x.kind === '3') && x.originalCopies < 1) {
          out.push({ rule: 'Q15', path: `${at}/originalCopies`, message: `材料“${x.name}”须提交纸质原件，原件份数至少为 1。` });
        }
        if (paper && (x.kind === '2' || x.kind === '3') && x.photocopyCopies < 1) {
          out.push({ rule: 'Q15', path: `${at}/photocopyCopies`, message: `材料“${x.name}”须提交纸质复印件，复印件份数至少为 1。` });
        }
        x.appliesWhen.forEach((cond, j) => {
          const scenario = c.scenarios.find((s) => s.key === cond.scenario);
          if (!scenario) {
            out.push({
              rule: 'Q15',
              path: `${at}/appliesWhen/${j}/scenario`,
              message: `材料“${x.name}”的适用条件引用了不存在的办理情形“${cond.scenario}”。`,
            });
            return;
          }
          cond.options.forEach((o, k) => {
            if (!scenario.options.some((so) => so.key === o)) {
              out.push({
                rule: 'Q15',
                path: `${at}/appliesWhen/${j}/options/${k}`,
                message: `材料“${x.name}”的适用条件引用了办理情形“${scenario.question}”中不存在的选项“${o}”。`,
              });
            }
          });
        });
      });
      return out;
    },
  },
  {
    // 办理情形: a 情形 must lead to different materials or a different 承诺时限/告知, else it only adds a question.
    id: 'Q16',
    title: '办理情形有效',
    check(c) {
      const out: QualityProblem[] = [];
      const s = c.scenarios;
      for (const i of duplicates(s.map((x) => x.key))) {
        out.push({ rule: 'Q16', path: `scenarios/${i}/key`, message: `办理情形标识“${s[i]!.key}”重复，每个情形的标识须唯一。` });
      }
      s.forEach((x, i) => {
        for (const j of duplicates(x.options.map((o) => o.key))) {
          out.push({
            rule: 'Q16',
            path: `scenarios/${i}/options/${j}/key`,
            message: `办理情形“${x.question}”的选项标识“${x.options[j]!.key}”重复，同一情形内选项标识须唯一。`,
          });
        }
        const usedByMaterial = c.materials.some((m) => m.appliesWhen.some((cond) => cond.scenario === x.key));
        const changesOption = x.options.some((o) => o.promisedLimitDays !== null || !blank(o.note));
        if (!usedByMaterial && !changesOption) {
          out.push({
            rule: 'Q16',
            path: `scenarios/${i}`,
            message: `办理情形“${x.question}”不影响任何材料、时限或告知内容，请设置其影响或删除该情形。`,
          });
        }
      });
      return out;
    },
  },
  {
    // 是否支持预约办理 / 物流快递 (GB/T 39046 表4 items 44, 46) consistent with 办理形式 (A.5).
    id: 'Q17',
    title: '预约与快递与办理形式一致',
    check(c) {
      const out: QualityProblem[] = [];
      if (c.supportsAppointment && !c.handlingForms.includes(WINDOW)) {
        out.push({ rule: 'Q17', path: 'supportsAppointment', message: '支持预约办理的事项，办理形式须包含窗口办理。' });
      }
      if (c.supportsExpress && !c.handlingForms.includes(EXPRESS)) {
        out.push({ rule: 'Q17', path: 'supportsExpress', message: '支持物流快递的事项，办理形式须包含快递申请。' });
      }
      return out;
    },
  },
];

/** Every problem of every rule, in rule order (Q01…Q17); empty = the content may be published. */
export function checkQuality(content: ItemContent): QualityProblem[] {
  return QUALITY_RULES.flatMap((r) => r.check(content));
}
