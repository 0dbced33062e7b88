/**
 * Prefilling a form from what the portal already knows about the applicant (实名认证 facts, the enterprise's
 * registration), so nobody types their own name and ID number again. A value the applicant already entered
 * is kept; the fields filled (or already equal to the facts) are reported so the form can mark them.
 */
import { getPath, setPath, type FormDefinition, type PrefillSource } from './form-definition.js';

export interface ApplicantFacts {
  name?: string;
  idNumber?: string;
  mobile?: string;
  enterprise?: { name: string; uscc: string; legalRepresentative?: string };
}

function factOf(facts: ApplicantFacts, source: PrefillSource): string | undefined {
  switch (source) {
    case 'applicant.name':
      return facts.name;
    case 'applicant.idNumber':
      return facts.idNumber;
    case 'applicant.mobile':
      return facts.mobile;
    case 'enterprise.name':
      return facts.enterprise?.name;
    case 'enterprise.uscc':
      return facts.enterprise?.uscc;
    case 'enterprise.legalRepresentative':
      return facts.enterprise?.legalRepresentative;
  }
}

/**
 * `data` with every prefillable blank filled from `facts`. `prefilled` lists the dotted paths whose value
 * now equals the fact (filled here, or already equal); a field the applicant changed is not listed.
 * Never mutates `data`.
 */
export function prefillForm(
  def: FormDefinition,
  facts: ApplicantFacts,
  data: Record<string, unknown> = {},
): { data: Record<string, unknown>; prefilled: string[] } {
  let out = data;
  const prefilled: string[] = [];
  for (const [path, field] of Object.entries(def.ui.fields)) {
    if (!field.prefill) continue;
    const fact = factOf(facts, field.prefill)?.trim();
    if (!fact) continue;
    const current = getPath(out, path);
    if (current === undefined || current === null || current === '') {
      out = setPath(out, path, fact);
      prefilled.push(path);
    } else if (current === fact) {
      prefilled.push(path);
    }
  }
  return { data: out, prefilled };
}
