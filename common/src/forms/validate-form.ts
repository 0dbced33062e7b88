/**
 * Validating what an applicant filled in against the item's form: every problem at once (Ajv allErrors),
 * each as a Chinese message naming the field's label, so the portal and the server report the same list.
 */
import { compileFormSchema } from './form-ajv.js';
import type { FormDefinition } from './form-definition.js';
import { toFieldErrors, type FieldError } from './form-messages.js';

export type { FieldError } from './form-messages.js';
export { checkFormDefinition } from './check-form-definition.js';

const isEmpty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/**
 * A copy without the blanks a browser form sends for untouched fields ('' / null / undefined, also inside
 * nested objects and list items), so that a blank required field reads as missing, not as a bad format.
 */
export function withoutBlanks(data: unknown): unknown {
  if (Array.isArray(data)) return data.map(withoutBlanks);
  if (data === null || typeof data !== 'object') return data;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) if (!isEmpty(v)) out[k] = withoutBlanks(v);
  return out;
}

/** All problems of `data` against the form; [] = valid. Throws only if the definition itself does not compile. */
export function validateFormData(def: FormDefinition, data: unknown): FieldError[] {
  const validate = compileFormSchema(def.schema);
  if (validate(withoutBlanks(data ?? {}))) return [];
  return toFieldErrors(def, validate.errors ?? []);
}
