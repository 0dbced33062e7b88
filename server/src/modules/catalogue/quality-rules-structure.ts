/** Q13–Q17: required elements (GB/T 39046 表4), online handling, materials, scenarios, appointment and express. */
import { blank, WINDOW, EXPRESS, PAPER_FORMATS, duplicates, type QualityProblem, type QualityRule } from './quality-rule-support.js';
import type { ItemContent } from './item-content.js';

export const STRUCTURE_RULES: ReadonlyArray<QualityRule> = [
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
