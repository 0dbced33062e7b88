/**
 * Application forms (申请表) as data: a JSON Schema 2020-12 for the values and a `ui` part for how the
 * portal shows them (order, labels, widgets, sections, what is prefilled from the applicant's 实名 facts).
 * The same definition drives the browser form and the server's validation, so both say the same thing.
 */

export type FormWidget = 'input' | 'textarea' | 'select' | 'radio' | 'checkbox' | 'date' | 'number' | 'division' | 'switch';

/** Facts the portal already knows from real-name authentication (实名认证) or the enterprise's registration. */
export type PrefillSource =
  'applicant.name' | 'applicant.idNumber' | 'applicant.mobile' | 'enterprise.name' | 'enterprise.uscc' | 'enterprise.legalRepresentative';

export const PREFILL_SOURCES: readonly PrefillSource[] = [
  'applicant.name',
  'applicant.idNumber',
  'applicant.mobile',
  'enterprise.name',
  'enterprise.uscc',
  'enterprise.legalRepresentative',
];

export const FORM_WIDGETS: readonly FormWidget[] = [
  'input',
  'textarea',
  'select',
  'radio',
  'checkbox',
  'date',
  'number',
  'division',
  'switch',
];

export interface FormField {
  label: string;
  widget?: FormWidget;
  placeholder?: string;
  help?: string;
  prefill?: PrefillSource;
  /** 1 = half a row, 2 = the whole row (default: 2 for textarea and nested groups, else 1). */
  span?: 1 | 2;
}

export interface FormDefinition {
  /** JSON Schema 2020-12, `type: 'object'`, flat or with one level of nested objects / arrays of objects. */
  schema: Record<string, unknown>;
  ui: {
    /** Top-level property names in display order; every property appears exactly once. */
    order: string[];
    /**
     * Keyed by dotted path: 'name', 'applicant.idNumber' (nested object), 'members.name' (a property of each
     * item of the array `members`; no index).
     */
    fields: Record<string, FormField>;
    /** Optional grouping of top-level properties; when given, every property of `order` is in exactly one section. */
    sections?: { title: string; fields: string[] }[];
  };
}

/** A JSON Schema node, loosely typed: forms only use a small, well-known subset. */
export interface SchemaNode {
  type?: string | string[];
  title?: string;
  format?: string;
  enum?: unknown[];
  const?: unknown;
  oneOf?: SchemaNode[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  [keyword: string]: unknown;
}

const asNode = (v: unknown): SchemaNode | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as SchemaNode) : undefined;

/**
 * The schema node at a dotted path ('a', 'a.b'); numeric segments and array levels are stepped through,
 * so 'members.0.name' and 'members.name' both reach the `name` property of the array's items.
 */
export function schemaAt(schema: Record<string, unknown>, path: string): SchemaNode | undefined {
  let node: SchemaNode | undefined = asNode(schema);
  for (const segment of path.split('.')) {
    if (!node) return undefined;
    if (node.type === 'array') {
      node = asNode(node.items);
      if (/^\d+$/.test(segment)) continue;
      if (!node) return undefined;
    }
    node = asNode(node.properties?.[segment]);
  }
  return node;
}

/** The options of a select/radio/checkbox field: `enum` (value = label) or `oneOf: [{ const, title }]`. */
export function fieldOptions(node: SchemaNode | undefined): { value: string | number | boolean; label: string }[] {
  const target = node?.type === 'array' ? asNode(node.items) : node;
  if (!target) return [];
  if (Array.isArray(target.enum)) return target.enum.map((v) => ({ value: v as string, label: String(v) }));
  if (Array.isArray(target.oneOf))
    return target.oneOf.filter((o) => o && 'const' in o).map((o) => ({ value: o.const as string, label: o.title ?? String(o.const) }));
  return [];
}

/** The widget a field gets when `ui.fields[path].widget` is not given. */
export function defaultWidget(node: SchemaNode | undefined): FormWidget {
  if (!node) return 'input';
  if (node.type === 'boolean') return 'switch';
  if (node.type === 'number' || node.type === 'integer') return 'number';
  if (node.type === 'array') return 'checkbox';
  if (node.format === 'date') return 'date';
  if (node.format === 'division-code') return 'division';
  if (fieldOptions(node).length > 0) return 'select';
  return 'input';
}

/** Reads a dotted path of plain data; numeric segments index arrays. */
export function getPath(data: unknown, path: string): unknown {
  let cur: unknown = data;
  for (const segment of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[segment];
  }
  return cur;
}

/** A copy of `data` with the dotted path set, creating plain objects on the way. Never mutates `data`. */
export function setPath(data: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  if (rest.length === 0) return { ...data, [head]: value };
  const child = data[head];
  const base = child !== null && typeof child === 'object' && !Array.isArray(child) ? (child as Record<string, unknown>) : {};
  return { ...data, [head]: setPath(base, rest.join('.'), value) };
}
