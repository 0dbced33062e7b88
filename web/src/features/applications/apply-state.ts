/**
 * What the apply page holds — scenario answers, form data and the files of each material — and how it
 * turns into the draft and submission bodies. Pure, unit-tested.
 */
import type { UploadedFile } from '../uploads/upload-file';
import { materialsFor, type Answers } from '../catalogue/scenario-filter';
import type { ApplyContext, DraftView, Material } from './types';

export interface ApplyState {
  answers: Answers;
  formData: Record<string, unknown>;
  /** material key → its uploaded files */
  files: Readonly<Record<string, UploadedFile[]>>;
}

/** A draft's file as the upload widget shows it (the draft view leaves out what only the upload answer has). */
function uploadedOf(f: DraftView['materials'][number]['files'][number]): UploadedFile {
  return { ...f, scanStatus: 'not_scanned', createdAt: '' };
}

/** The starting state: the saved draft when there is one, else the form prefilled from the applicant's facts. */
export function initialState(ctx: Pick<ApplyContext, 'prefill'>, draft: DraftView | null | undefined): ApplyState {
  if (!draft) return { answers: {}, formData: { ...ctx.prefill.data }, files: {} };
  const files: Record<string, UploadedFile[]> = {};
  for (const m of draft.materials) if (m.files.length) files[m.materialKey] = m.files.map(uploadedOf);
  return { answers: { ...draft.scenarioAnswers }, formData: draft.formData, files };
}

/** The materials this applicant needs for their answers, in the guide's order (same rule as the guide and the server). */
export function applicableMaterials(materials: readonly Material[], answers: Answers): Material[] {
  return materialsFor(materials, answers);
}

/** Required materials (for these answers) without a file. */
export function missingMaterials(materials: readonly Material[], state: ApplyState): Material[] {
  return applicableMaterials(materials, state.answers).filter((m) => m.required && !(state.files[m.key]?.length ?? 0));
}

/** Materials with at least one file; `only` limits them to these keys (a submission sends only applicable ones). */
export function materialsPayload(state: ApplyState, only?: readonly Material[]): { materialKey: string; uploadIds: string[] }[] {
  const keys = only ? new Set(only.map((m) => m.key)) : null;
  return Object.entries(state.files)
    .filter(([key, files]) => files.length > 0 && (!keys || keys.has(key)))
    .map(([materialKey, files]) => ({ materialKey, uploadIds: files.map((f) => f.id) }));
}

/** The draft keeps every file, also of a material the current answers leave out, so changing an answer back loses nothing. */
export function draftBody(state: ApplyState): Omit<DraftView, 'id' | 'itemCode' | 'materials' | 'updatedAt'> & {
  materials: { materialKey: string; uploadIds: string[] }[];
} {
  return { formData: state.formData, scenarioAnswers: { ...state.answers }, materials: materialsPayload(state) };
}

/** Only answers to the item's own questions, with known options (the server refuses others). */
export function knownAnswers(scenarios: ApplyContext['scenarios'], answers: Answers): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of scenarios) {
    const a = answers[s.key];
    if (a !== undefined && s.options.some((o) => o.key === a)) out[s.key] = a;
  }
  return out;
}
