/**
 * Where a reported problem lives in the item editor. Quality rules name fields as `materials/2/issuedBy`,
 * reference checks the same way, and schema validation as `body.content.materials.2.name`; all become a
 * form name path (['materials', 2, 'issuedBy']), the editor tab that holds it, and the nearest field the
 * form actually has (a whole list like `fees` has none). Pure, so it is unit-tested.
 */
import type { QualityProblem } from './types';

export const EDITOR_TABS = ['basic', 'handling', 'process', 'materials', 'scenarios', 'fees', 'result', 'faqs'] as const;
export type EditorTab = (typeof EDITOR_TABS)[number];

export type NamePath = Array<string | number>;

const TAB_OF_FIELD: Record<string, EditorTab> = {
  name: 'basic',
  aliases: 'basic',
  basicCode: 'basic',
  itemType: 'basic',
  legalBasis: 'basic',
  exerciseLevel: 'basic',
  powerSource: 'basic',
  subjectNature: 'basic',
  entrustedBody: 'basic',
  audiences: 'basic',
  personThemes: 'basic',
  enterpriseThemes: 'basic',
  handlingForms: 'handling',
  caseType: 'handling',
  limitUnit: 'handling',
  legalLimitDays: 'handling',
  legalLimitExplanation: 'handling',
  promisedLimitDays: 'handling',
  promisedLimitExplanation: 'handling',
  acceptanceConditions: 'handling',
  specialProcedure: 'handling',
  quantityLimit: 'handling',
  intermediaryServices: 'handling',
  jointDepartments: 'handling',
  serviceScope: 'handling',
  visits: 'handling',
  visitsReason: 'handling',
  onlineLevel: 'handling',
  onlineDepth: 'handling',
  isOnline: 'handling',
  onlineUrl: 'handling',
  supportsAppointment: 'handling',
  supportsExpress: 'handling',
  supportsOnlinePayment: 'handling',
  hallId: 'handling',
  address: 'handling',
  hours: 'handling',
  consultMethods: 'handling',
  consultPhone: 'handling',
  complaintPhone: 'handling',
  processSteps: 'process',
  materials: 'materials',
  scenarios: 'scenarios',
  charged: 'fees',
  fees: 'fees',
  resultName: 'result',
  resultType: 'result',
  resultSampleFileId: 'result',
  faqs: 'faqs',
};

/** Fields of a list entry edited by one control as a whole (so deeper paths stop there). */
const WHOLE_VALUE_FIELDS = new Set(['appliesWhen', 'replacedBy']);

/** `body.content.materials.2.name`, `materials/2/name` → ['materials', 2, 'name']; null for nothing. */
export function namePathOf(path: string): NamePath | null {
  const parts = path
    .split(/[./]/)
    .filter((p) => p !== '')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  if (parts[0] === 'body') parts.shift();
  if (parts[0] === 'content') parts.shift();
  return parts.length > 0 ? parts : null;
}

export function tabOf(name: NamePath | null): EditorTab | undefined {
  const first = name?.[0];
  return typeof first === 'string' ? TAB_OF_FIELD[first] : undefined;
}

/**
 * The form field to mark for this path, or null when the path names a whole list or something the form
 * has no single field for: `aliases/3` → ['aliases']; `scenarios/1` → ['scenarios', 1, 'question'];
 * `materials/0/appliesWhen/1/options/0` → ['materials', 0, 'appliesWhen'].
 */
export function formFieldOf(name: NamePath | null): NamePath | null {
  if (!name) return null;
  const [field, index, sub, ...rest] = name;
  if (typeof field !== 'string' || !(field in TAB_OF_FIELD)) return null;
  const isList = ['processSteps', 'materials', 'scenarios', 'fees', 'faqs'].includes(field);
  if (!isList) return [field];
  if (typeof index !== 'number') return null;
  if (sub === undefined) return field === 'scenarios' ? [field, index, 'question'] : null;
  if (typeof sub !== 'string') return null;
  if (WHOLE_VALUE_FIELDS.has(sub)) return [field, index, sub];
  if (field === 'scenarios' && sub === 'options') {
    const [optionIndex, optionField] = rest;
    if (typeof optionIndex !== 'number') return null;
    return [field, index, sub, optionIndex, typeof optionField === 'string' ? optionField : 'label'];
  }
  return [field, index, sub];
}

export interface ProblemGroup {
  rule: string;
  problems: QualityProblem[];
}

/** Problems grouped by rule, rules in the order they first appear (the server reports Q01…Q17 in order). */
export function groupByRule(problems: readonly QualityProblem[]): ProblemGroup[] {
  const groups = new Map<string, QualityProblem[]>();
  for (const p of problems) groups.set(p.rule, [...(groups.get(p.rule) ?? []), p]);
  return [...groups].map(([rule, list]) => ({ rule, problems: list }));
}

/** How many problems each tab holds (for the tab labels). */
export function problemsPerTab(problems: readonly QualityProblem[]): Partial<Record<EditorTab, number>> {
  const counts: Partial<Record<EditorTab, number>> = {};
  for (const p of problems) {
    const tab = tabOf(namePathOf(p.path));
    if (tab) counts[tab] = (counts[tab] ?? 0) + 1;
  }
  return counts;
}

/** The quality problems of a 422 CATALOGUE_QUALITY_FAILED answer's details (empty when absent). */
export function qualityProblemsOf(details: unknown): QualityProblem[] {
  const problems = (details as { problems?: unknown } | null | undefined)?.problems;
  if (!Array.isArray(problems)) return [];
  return problems.filter(
    (p): p is QualityProblem =>
      typeof p === 'object' &&
      p !== null &&
      typeof (p as QualityProblem).rule === 'string' &&
      typeof (p as QualityProblem).path === 'string' &&
      typeof (p as QualityProblem).message === 'string',
  );
}

/** Field problems of a 400 answer (schema errors: {field, message}; reference checks: {field, message}). */
export function fieldProblemsOf(details: unknown): Array<{ path: string; message: string }> {
  if (!Array.isArray(details)) return [];
  return details.flatMap((d: unknown) => {
    if (typeof d !== 'object' || d === null) return [];
    const { field, message } = d as { field?: unknown; message?: unknown };
    return typeof field === 'string' ? [{ path: field, message: typeof message === 'string' ? message : '' }] : [];
  });
}
