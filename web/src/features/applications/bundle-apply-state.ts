/**
 * What the 一件事 apply page holds and how it becomes POST /api/bundles/{code}/applications. Each item
 * keeps its own 办理情形 answers and 申请表; the documents are merged — the same document (by the
 * catalogue's rule, bundles.ts `materialKey`) is uploaded once and attached to every item that needs it;
 * and what the applicant types in one item's form is carried forward into later items that ask the very
 * same question (same field name, schema and label), so a shared fact is entered once. Pure, unit-tested.
 */
import type { FormDefinition } from '@onewindow/common/forms';
import type { Answers } from '../catalogue/scenario-filter';
import type { UploadedFile } from '../uploads/upload-file';
import { applicableMaterials, knownAnswers } from './apply-state';
import type { ApplyContext, Material } from './types';

/** One item of the bundle as the page needs it: its apply context (form, scenarios, materials, prefill). */
export type BundleItemContext = Pick<ApplyContext, 'itemCode' | 'itemName' | 'scenarios' | 'materials' | 'prefill'> & {
  form: unknown;
};

export interface BundlePartState {
  answers: Answers;
  formData: Record<string, unknown>;
}

export interface BundleApplyState {
  /** item code → that item's answers and form */
  parts: Readonly<Record<string, BundlePartState>>;
  /** document key → its uploaded files (shared by every item that needs the document) */
  files: Readonly<Record<string, UploadedFile[]>>;
}

export interface DocumentUse {
  itemCode: string;
  itemName: string;
  material: Material;
}

/** One document to upload once for the whole bundle. */
export interface BundleDocument {
  key: string;
  name: string;
  /** required by at least one item for its answers */
  required: boolean;
  /** what it may be replaced by (e.g. an e-licence), from the first use that says so */
  replacedBy: string | null;
  uses: DocumentUse[];
}

export interface BundlePartBody {
  itemCode: string;
  formData: Record<string, unknown>;
  scenarioAnswers: Record<string, string>;
  materials: { materialKey: string; uploadIds: string[] }[];
}

export const formOf = (ctx: Pick<BundleItemContext, 'form'>): FormDefinition | null => (ctx.form as FormDefinition | null) ?? null;

export function initialBundleState(items: readonly BundleItemContext[]): BundleApplyState {
  const parts: Record<string, BundlePartState> = {};
  for (const item of items) parts[item.itemCode] = { answers: {}, formData: { ...item.prefill.data } };
  return { parts, files: {} };
}

const partOf = (state: BundleApplyState, code: string): BundlePartState => state.parts[code] ?? { answers: {}, formData: {} };

/** The same document under different names in different guides (the server's bundles.ts `materialKey`). */
export function documentKey(name: string): string {
  return name.replace(/[《》“”"'\s]/g, '').replace(/[（(](原件|复印件|原件及复印件|原件和复印件)[）)]$/, '');
}

/** The documents the bundle needs for the current answers, each once, in the order the items first need them. */
export function bundleDocuments(items: readonly BundleItemContext[], state: BundleApplyState): BundleDocument[] {
  const docs = new Map<string, BundleDocument>();
  for (const item of items) {
    for (const material of applicableMaterials(item.materials, partOf(state, item.itemCode).answers)) {
      const key = documentKey(material.name);
      const doc = docs.get(key) ?? { key, name: material.name, required: false, replacedBy: null, uses: [] };
      doc.required ||= material.required;
      doc.replacedBy ??= material.replacedBy?.label ?? null;
      doc.uses.push({ itemCode: item.itemCode, itemName: item.itemName, material });
      docs.set(key, doc);
    }
  }
  return [...docs.values()];
}

/** Required documents without a file. */
export function missingDocuments(docs: readonly BundleDocument[], files: BundleApplyState['files']): BundleDocument[] {
  return docs.filter((d) => d.required && !(files[d.key]?.length ?? 0));
}

/** The submission's parts, in the bundle's item order: known answers only, and each applicable material with its document's files. */
export function bundleParts(items: readonly BundleItemContext[], state: BundleApplyState): BundlePartBody[] {
  const docs = bundleDocuments(items, state);
  return items.map((item) => {
    const part = partOf(state, item.itemCode);
    const materials: BundlePartBody['materials'] = [];
    for (const doc of docs) {
      const files = state.files[doc.key] ?? [];
      if (files.length === 0) continue;
      for (const use of doc.uses) {
        if (use.itemCode === item.itemCode) materials.push({ materialKey: use.material.key, uploadIds: files.map((f) => f.id) });
      }
    }
    return { itemCode: item.itemCode, formData: part.formData, scenarioAnswers: knownAnswers(item.scenarios, part.answers), materials };
  });
}

/** Which bundle document a material of an item belongs to (to show the server's MATERIALS_INCOMPLETE on the merged list). */
export function documentOfMaterial(docs: readonly BundleDocument[], name: string): BundleDocument | undefined {
  const key = documentKey(name);
  return docs.find((d) => d.key === key);
}

// ---------------------------------------------------------------- the same question in several forms

const stable = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort()) : x,
  );

const topProperties = (form: FormDefinition): Record<string, unknown> =>
  ((form.schema as { properties?: Record<string, unknown> }).properties ?? {}) as Record<string, unknown>;

/** A commitment (承诺, `const: true`) is the applicant's own declaration on each form: never carried. */
const isCommitment = (node: unknown) => (node as { const?: unknown } | null)?.const !== undefined;

/** Top-level field names that ask the same question in both forms: same name, same schema, same label. */
export function sameQuestions(a: FormDefinition, b: FormDefinition): string[] {
  const pa = topProperties(a);
  const pb = topProperties(b);
  return Object.keys(pa).filter(
    (k) => k in pb && !isCommitment(pa[k]) && stable(pa[k]) === stable(pb[k]) && a.ui.fields[k]?.label === b.ui.fields[k]?.label,
  );
}

const isBlank = (v: unknown) => v === undefined || v === null || v === '' || (typeof v === 'object' && stable(v) === '{}');

/**
 * Item `index`'s form becomes `next`: every changed answer is carried to the later items asking the same
 * question whose answer is still blank or still what this item had before — an answer the applicant set
 * differently on purpose in a later item stays theirs.
 */
export function changeForm(
  items: readonly BundleItemContext[],
  state: BundleApplyState,
  index: number,
  next: Record<string, unknown>,
): BundleApplyState {
  const source = items[index];
  if (!source) return state;
  const before = partOf(state, source.itemCode).formData;
  const parts: Record<string, BundlePartState> = {
    ...state.parts,
    [source.itemCode]: { ...partOf(state, source.itemCode), formData: next },
  };
  const form = formOf(source);
  if (form) {
    const changed = Object.keys({ ...before, ...next }).filter((k) => stable(before[k]) !== stable(next[k]));
    for (const later of items.slice(index + 1)) {
      const laterForm = formOf(later);
      if (!laterForm || changed.length === 0) continue;
      const same = new Set(sameQuestions(form, laterForm));
      const part = parts[later.itemCode] ?? { answers: {}, formData: {} };
      let formData = part.formData;
      for (const k of changed) {
        if (!same.has(k)) continue;
        const theirs = formData[k];
        if (!isBlank(theirs) && stable(theirs) !== stable(before[k])) continue;
        if (next[k] === undefined) {
          const rest = { ...formData };
          delete rest[k];
          formData = rest;
        } else formData = { ...formData, [k]: next[k] };
      }
      if (formData !== part.formData) parts[later.itemCode] = { ...part, formData };
    }
  }
  return { ...state, parts };
}

/** Item `index`'s answers that an earlier item's form gave it (same question, same non-blank answer), by label. */
export function carriedFields(
  items: readonly BundleItemContext[],
  state: BundleApplyState,
  index: number,
): { key: string; label: string; from: string }[] {
  const item = items[index];
  const form = item ? formOf(item) : null;
  if (!item || !form) return [];
  const mine = partOf(state, item.itemCode).formData;
  const prefilled = new Set(item.prefill.prefilled);
  const out: { key: string; label: string; from: string }[] = [];
  for (const earlier of items.slice(0, index)) {
    const earlierForm = formOf(earlier);
    if (!earlierForm) continue;
    const theirs = partOf(state, earlier.itemCode).formData;
    for (const k of sameQuestions(earlierForm, form)) {
      // facts prefilled from 实名认证 are marked as such by the form itself
      if (prefilled.has(k) || out.some((o) => o.key === k) || isBlank(mine[k])) continue;
      if (stable(mine[k]) === stable(theirs[k])) out.push({ key: k, label: form.ui.fields[k]?.label ?? k, from: earlier.itemName });
    }
  }
  return out;
}
