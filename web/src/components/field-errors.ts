/**
 * Which form fields a failed write is about: VALIDATION_FAILED details ("body.uscc" → uscc), or a domain
 * code that names exactly one field (INVALID_USCC → uscc). Pure, so it is unit-tested.
 */
import type { ApiError, FieldProblem } from '../api/errors';

const CODE_FIELDS: Record<string, string> = {
  INVALID_ID_NUMBER: 'idNumber',
  INVALID_USCC: 'uscc',
  INVALID_MOBILE: 'mobile',
  INVALID_DIVISION_CODE: 'divisionCode',
  WEAK_PASSWORD: 'password',
  INVALID_TOTP: 'code',
};

export const FIELD_RULES = ['required', 'format', 'pattern', 'minLength', 'maxLength', 'invalid'] as const;
export type FieldRule = (typeof FIELD_RULES)[number];

export type FieldError = { name: string; rule: FieldRule } | { name: string; message: string };

/** "body.uscc" → "uscc"; a missing property is reported on its parent ("body") and named in the message. */
export function fieldNameOf(problem: FieldProblem): string | undefined {
  const path = problem.field.replace(/^(body|querystring|params)\.?/, '');
  return path.split('.')[0] || /required property '([^']+)'/.exec(problem.message ?? '')?.[1];
}

const isFieldRule = (rule: string | undefined): rule is FieldRule => (FIELD_RULES as readonly (string | undefined)[]).includes(rule);

/** The errors to show beside fields, limited to the fields the form actually has. */
export function fieldErrorsOf(error: ApiError, fields: ReadonlySet<string>): FieldError[] {
  const out: FieldError[] = [];
  for (const problem of error.fieldProblems) {
    const name = fieldNameOf(problem);
    if (name && fields.has(name)) out.push({ name, rule: isFieldRule(problem.rule) ? problem.rule : 'invalid' });
  }
  const codeField = CODE_FIELDS[error.code];
  if (codeField && fields.has(codeField)) out.push({ name: codeField, message: error.message });
  return out;
}
