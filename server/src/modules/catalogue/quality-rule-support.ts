/** What the quality rules share: the rule and problem types, and small helpers and code constants. */
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

export const blank = (s: string) => s.trim() === '';
/** 办理形式: 1 窗口办理, 2 电脑端网上办理, 3 移动端网上申请, 4 快递申请 (GB/T 39046 A.5). */
export const WINDOW = '1';
export const EXPRESS = '4';
export const ONLINE_FORMS = ['2', '3'];
/** 材料形式 with paper: 1 纸质, 3 纸质和电子 (code-lists.ts material_format). */
export const PAPER_FORMATS = ['1', '3'];
/** 咨询/投诉电话 with area code, e.g. 0571-12345 or 010-12345678 (§1.6 rule 7). */
export const PHONE = /^0\d{2,3}-\d{3,8}$/;
/** 审批结果名称 endings (§1.6 rule 2): 证照 (result type 1) and 批文 (result type 2). */
export const CERTIFICATE_ENDINGS = ['许可证', '执照', '证书', '证'];
export const APPROVAL_ENDINGS = ['批复', '批文', '决定书'];
/** 行政许可 办理流程 环节 (§1.6 rule 9: 受理、审核、审批、办结、送达); any keyword of a group names the step. */
export const PERMIT_STEPS: ReadonlyArray<{ keywords: string[]; label: string }> = [
  { keywords: ['受理'], label: '受理' },
  { keywords: ['审查', '审核'], label: '审查（审核）' },
  { keywords: ['决定', '审批'], label: '决定（审批）' },
  { keywords: ['办结'], label: '办结' },
  { keywords: ['送达'], label: '送达' },
];
export const MIN_PERMIT_STEPS = 5;

export function duplicates(values: string[]): number[] {
  const seen = new Set<string>();
  const dup: number[] = [];
  values.forEach((v, i) => {
    if (seen.has(v)) dup.push(i);
    seen.add(v);
  });
  return dup;
}
