/**
 * Publishing quality rules of an item version (事项要素质量检查). The schema (item-content.ts) says whether
 * content is well-formed; these rules say whether it may be *published*: consistency between elements, the
 * checks provincial catalogue QA runs (../shared/reference/cn-standards.md §1.6, Wenzhou/Zhejiang practice)
 * and the time limit of 行政许可法第四十二条. Every rule reports every problem it finds, each with a
 * field path (JSON-pointer-like, e.g. `materials/2/issuedBy`) and a Chinese sentence telling the editor what
 * to fix. Pure functions, no I/O; rule ids Q01–Q17 are stable (stored with review results).
 */
import type { ItemContent } from './item-content.js';
import { type QualityProblem, type QualityRule } from './quality-rule-support.js';
import { CONSISTENCY_RULES } from './quality-rules-consistency.js';
import { STRUCTURE_RULES } from './quality-rules-structure.js';

export type { QualityProblem, QualityRule, QualityRuleId } from './quality-rule-support.js';

export const QUALITY_RULES: ReadonlyArray<QualityRule> = [...CONSISTENCY_RULES, ...STRUCTURE_RULES];

/** Every problem of every rule, in rule order (Q01…Q17); empty = the content may be published. */
export function checkQuality(content: ItemContent): QualityProblem[] {
  return QUALITY_RULES.flatMap((r) => r.check(content));
}
