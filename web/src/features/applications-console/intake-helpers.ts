/**
 * Pure helpers of 一窗受理: the visitor as form-prefill facts, which materials the answers call for, what
 * the clerk has (paper original received, scanned files) and which required ones are still missing.
 */
import type { ApplicantFacts } from '@onewindow/common/forms';
import { isValidIdNumber, isValidMobile, isValidUscc } from '@onewindow/common/validators';
import type { UploadedFile } from '../uploads/upload-file';
import type { IntakeApplicant } from './types';

export interface Visitor {
  kind: 'person' | 'enterprise';
  name: string;
  idNumber?: string;
  uscc?: string;
  mobile: string;
}

export interface MaterialState {
  paper: boolean;
  files: UploadedFile[];
}

export interface MaterialNeed {
  key: string;
  name: string;
  required: boolean;
}

export function visitorFacts(v: Visitor): ApplicantFacts {
  if (v.kind === 'person') return { name: v.name, idNumber: v.idNumber, mobile: v.mobile };
  return { mobile: v.mobile, enterprise: { name: v.name, uscc: v.uscc ?? '' } };
}

/** The request's applicant block, trimmed, with only the identifier of its kind. */
export function applicantOf(v: Visitor): IntakeApplicant {
  const base = { kind: v.kind, name: v.name.trim(), mobile: v.mobile.trim() };
  return v.kind === 'person'
    ? { ...base, idNumber: (v.idNumber ?? '').trim().toUpperCase() }
    : { ...base, uscc: (v.uscc ?? '').trim().toUpperCase() };
}

/** Field problems of the visitor, by field name (empty when all is well). */
export function visitorProblems(v: Visitor): Partial<Record<'name' | 'idNumber' | 'uscc' | 'mobile', 'required' | 'invalid'>> {
  const out: Partial<Record<'name' | 'idNumber' | 'uscc' | 'mobile', 'required' | 'invalid'>> = {};
  if (!v.name.trim()) out.name = 'required';
  const mobile = v.mobile.trim();
  if (!mobile) out.mobile = 'required';
  else if (!isValidMobile(mobile)) out.mobile = 'invalid';
  if (v.kind === 'person') {
    const id = (v.idNumber ?? '').trim().toUpperCase();
    if (!id) out.idNumber = 'required';
    else if (!isValidIdNumber(id)) out.idNumber = 'invalid';
  } else {
    const uscc = (v.uscc ?? '').trim().toUpperCase();
    if (!uscc) out.uscc = 'required';
    else if (!isValidUscc(uscc)) out.uscc = 'invalid';
  }
  return out;
}

/** The materials part of the intake request: only materials with a file or the paper original. */
export function materialInputs(
  needs: readonly MaterialNeed[],
  state: Readonly<Record<string, MaterialState>>,
): { materialKey: string; uploadIds: string[]; paper?: boolean }[] {
  const out: { materialKey: string; uploadIds: string[]; paper?: boolean }[] = [];
  for (const need of needs) {
    const s = state[need.key];
    if (!s || (!s.paper && s.files.length === 0)) continue;
    out.push({ materialKey: need.key, uploadIds: s.files.map((f) => f.id), ...(s.paper ? { paper: true } : {}) });
  }
  return out;
}

/** Required materials with neither the paper original nor a scanned file. */
export function missingMaterials(needs: readonly MaterialNeed[], state: Readonly<Record<string, MaterialState>>): MaterialNeed[] {
  return needs.filter((n) => n.required && !(state[n.key]?.paper || (state[n.key]?.files.length ?? 0) > 0));
}
