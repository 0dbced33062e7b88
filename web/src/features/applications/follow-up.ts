/**
 * What the applicant is asked to add after submitting: the 补正 items (from the latest 补正告知 on the
 * timeline) or the tolerated materials (容缺, from `tolerance`). Pure, unit-tested.
 */
import type { ApplicationDetail, Material } from './types';

const CORRECTION_STEP = '补正告知';

/** The note of the latest 补正告知, e.g. 需补正 2 项：身份证、租赁合同; null when there is none. */
export function correctionNote(detail: Pick<ApplicationDetail, 'timeline'>): string | null {
  for (let i = detail.timeline.length - 1; i >= 0; i -= 1) {
    const e = detail.timeline[i]!;
    if (e.step === CORRECTION_STEP) return e.note;
  }
  return null;
}

export interface ToleranceInfo {
  items: { name: string; problem: string }[];
  deadline: string | null;
  pending: boolean;
}

export function toleranceOf(detail: Pick<ApplicationDetail, 'tolerance'>): ToleranceInfo | null {
  const raw = detail.tolerance as { items?: unknown; deadline?: unknown; pending?: unknown } | null | undefined;
  if (!raw || typeof raw !== 'object') return null;
  const items = Array.isArray(raw.items)
    ? raw.items.filter((i): i is { name: string; problem: string } => typeof i === 'object' && i !== null && typeof i.name === 'string')
    : [];
  return { items, deadline: typeof raw.deadline === 'string' ? raw.deadline : null, pending: raw.pending === true };
}

/** Materials named in the request come first and are marked; the others can still be added. */
export function namedFirst(materials: readonly Material[], text: string): { material: Material; named: boolean }[] {
  const rows = materials.map((material) => ({ material, named: text.includes(material.name) }));
  return [...rows.filter((r) => r.named), ...rows.filter((r) => !r.named)];
}
