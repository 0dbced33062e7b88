/**
 * A small vocabulary for writing the demo application forms: typed fields (text, 身份证号, 统一社会信用代码,
 * choices, dates, amounts …), nested groups and lists, sections, and conditional requirements, turned into a
 * FormDefinition (JSON Schema 2020-12 + ui). Required is the default, as on a paper 申请表; optional fields say so.
 */
import type { FormDefinition, FormField } from '@onewindow/common/forms';

export interface FieldSpec {
  schema: Record<string, unknown>;
  ui: FormField;
  required: boolean;
  /** ui entries of a group's or list's own fields, keyed by their name inside it. */
  children?: Record<string, FieldSpec>;
}

type Opts = Partial<Omit<FormField, 'label'>> & { optional?: boolean };

const field = (label: string, schema: Record<string, unknown>, opts: Opts = {}): FieldSpec => {
  const { optional, ...ui } = opts;
  return { schema, ui: { label, ...ui }, required: !optional };
};

export const text = (label: string, opts: Opts & { max?: number; pattern?: string } = {}) => {
  const { max = 100, pattern, ...rest } = opts;
  return field(label, { type: 'string', minLength: 1, maxLength: max, ...(pattern ? { pattern } : {}) }, rest);
};
export const textarea = (label: string, opts: Opts & { max?: number } = {}) => {
  const { max = 1000, ...rest } = opts;
  return field(label, { type: 'string', minLength: 1, maxLength: max }, { widget: 'textarea', span: 2, ...rest });
};
export const idNumber = (label: string, opts: Opts = {}) =>
  field(label, { type: 'string', format: 'id-number' }, { placeholder: '18 位公民身份号码', ...opts });
export const uscc = (label = '统一社会信用代码', opts: Opts = {}) =>
  field(label, { type: 'string', format: 'uscc' }, { placeholder: '18 位统一社会信用代码', ...opts });
export const mobile = (label = '手机号码', opts: Opts = {}) => field(label, { type: 'string', format: 'mobile' }, opts);
export const postcode = (label = '邮政编码', opts: Opts = {}) => field(label, { type: 'string', format: 'postcode' }, opts);
export const division = (label: string, opts: Opts = {}) =>
  field(label, { type: 'string', format: 'division-code' }, { widget: 'division', ...opts });
export const date = (label: string, opts: Opts = {}) => field(label, { type: 'string', format: 'date' }, { widget: 'date', ...opts });
export const email = (label = '电子邮箱', opts: Opts = {}) => field(label, { type: 'string', format: 'email' }, opts);
/** One of the given options; a radio group for up to 4 options, else a select. */
export const choice = (label: string, options: readonly string[], opts: Opts = {}) =>
  field(label, { type: 'string', enum: [...options] }, { widget: options.length <= 4 ? 'radio' : 'select', ...opts });
/** Several of the given options (at least one unless optional). */
export const multi = (label: string, options: readonly string[], opts: Opts = {}) =>
  field(
    label,
    { type: 'array', items: { type: 'string', enum: [...options] }, uniqueItems: true, ...(opts.optional ? {} : { minItems: 1 }) },
    { widget: 'checkbox', span: 2, ...opts },
  );
export const int = (label: string, opts: Opts & { min?: number; max?: number } = {}) => {
  const { min = 0, max = 1_000_000, ...rest } = opts;
  return field(label, { type: 'integer', minimum: min, maximum: max }, { widget: 'number', ...rest });
};
/** An amount or measure with up to two decimals (元, 万元, 平方米 …). */
export const amount = (label: string, opts: Opts & { min?: number; max?: number } = {}) => {
  const { min = 0, max = 1e12, ...rest } = opts;
  return field(label, { type: 'number', minimum: min, maximum: max, multipleOf: 0.01 }, { widget: 'number', ...rest });
};
export const yesNo = (label: string, opts: Opts = {}) => field(label, { type: 'boolean' }, { widget: 'switch', ...opts });
/** A box that must be ticked (承诺, 告知). */
export const agree = (label: string) => field(label, { type: 'boolean', const: true }, { widget: 'checkbox', span: 2 });

const objectOf = (fields: Record<string, FieldSpec>) => ({
  type: 'object',
  additionalProperties: false,
  required: Object.entries(fields)
    .filter(([, f]) => f.required)
    .map(([k]) => k),
  properties: Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f.schema])),
});

/** A nested block of fields (e.g. 法定代表人 with name and ID number). */
export const group = (label: string, fields: Record<string, FieldSpec>, opts: Opts = {}): FieldSpec => ({
  ...field(label, objectOf(fields), { span: 2, ...opts }),
  children: fields,
});

/** A repeatable list (家庭成员, 股东 …). */
export const list = (label: string, fields: Record<string, FieldSpec>, opts: Opts & { min?: number; max?: number } = {}): FieldSpec => {
  const { min = 1, max = 50, ...rest } = opts;
  return {
    ...field(label, { type: 'array', minItems: rest.optional ? 0 : min, maxItems: max, items: objectOf(fields) }, { span: 2, ...rest }),
    children: fields,
  };
};

export type Section = { title: string; fields: Record<string, FieldSpec> };

/** `then` fields become required when `field` has one of `values` (a JSON Schema if/then). */
export const requireWhen = (fieldName: string, values: readonly (string | boolean)[], required: readonly string[]) => ({
  if: { properties: { [fieldName]: values.length === 1 ? { const: values[0] } : { enum: [...values] } }, required: [fieldName] },
  then: { required: [...required] },
});

export function defineForm(sections: Section[], rules: Record<string, unknown>[] = []): FormDefinition {
  const all: Record<string, FieldSpec> = Object.assign({}, ...sections.map((s) => s.fields));
  const fields: Record<string, FormField> = {};
  for (const [name, spec] of Object.entries(all)) {
    fields[name] = spec.ui;
    for (const [child, c] of Object.entries(spec.children ?? {})) fields[`${name}.${child}`] = c.ui;
  }
  const schema: Record<string, unknown> = objectOf(all);
  if (rules.length > 0) schema.allOf = rules;
  return {
    schema,
    ui: { order: Object.keys(all), fields, sections: sections.map((s) => ({ title: s.title, fields: Object.keys(s.fields) })) },
  };
}

/** A box that must be ticked only when a rule (requireWhen) says so; unticked otherwise. */
export const optionalAgree = (label: string) => ({ ...agree(label), required: false });
