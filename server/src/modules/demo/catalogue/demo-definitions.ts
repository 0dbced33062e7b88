/**
 * The process definition each demo item is published with: the standard 行政许可 flow (受理 → 审查 → 决定
 * → 办结) with the item's own limits; 即办件 are decided on the spot at the window; two items ask other
 * departments for their opinion in parallel (会签): food business licences (卫健委) and road freight
 * licences (公安局).
 */
import type { ProcessDefinition } from '../../process/definition.js';
import { standardDefinition } from '../../process/standard-definition.js';
import type { DemoDepartmentKey } from '../demo-data.js';
import type { DemoItem } from './demo-item.js';

const JOINT: Record<string, DemoDepartmentKey[]> = {
  'food-business-licence': ['wjw'],
  'road-freight-licence': ['gaj'],
};

/**
 * Which demo items accept 容缺受理 (secondary materials later, under a signed commitment) and 证明事项告知
 * 承诺制 (a written commitment instead of a certificate, 国办发〔2020〕42号 — not for items touching health or
 * safety, so not the food licence).
 */
const TOLERANCE = new Set(['company-establishment', 'individual-business-registration', 'construction-enterprise-qualification']);
const COMMITMENT = new Set(['individual-business-registration', 'company-establishment', 'taxi-driver-qualification']);

export function demoHandlingOptions(slug: string): { toleranceAllowed: boolean; commitmentAllowed: boolean } {
  return { toleranceAllowed: TOLERANCE.has(slug), commitmentAllowed: COMMITMENT.has(slug) };
}

export function demoDefinition(demo: DemoItem, departmentId: (key: DemoDepartmentKey) => string): ProcessDefinition {
  const promised = demo.content.promisedLimitDays;
  const instant = demo.content.caseType === '1' || promised === 0;
  // Split the promised limit between review and decision, so task clocks add up to the item's promise.
  const review = Math.max(1, Math.floor(promised / 2));
  return standardDefinition({
    name: `${demo.content.name}办理流程`,
    instant,
    reviewLimit: review,
    decisionLimit: Math.max(1, promised - review),
    jointDepartments: (JOINT[demo.slug] ?? []).map(departmentId),
  });
}
