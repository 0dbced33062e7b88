/**
 * Pure helpers of the form renderer: which fields a section shows, which are required, how wide they are,
 * and which errors belong under which field. Kept out of the components so they are unit-tested.
 */
import { defaultWidget, schemaAt, type FieldError, type FormDefinition, type FormWidget, type SchemaNode } from '@onewindow/common/forms';

export interface FieldModel {
  path: string;
  label: string;
  node: SchemaNode;
  widget: FormWidget;
  required: boolean;
  span: 1 | 2;
  kind: 'value' | 'group' | 'list';
}

/** The sections to show: the definition's own, or one untitled section with every field in order. */
export function sectionsOf(form: FormDefinition): { title: string | null; fields: string[] }[] {
  return form.ui.sections?.length ? form.ui.sections : [{ title: null, fields: form.ui.order }];
}

/** One field of the form; `parent` is the path of the enclosing object or list ('' at the top). */
export function fieldModel(form: FormDefinition, path: string): FieldModel | null {
  const node = schemaAt(form.schema, path);
  if (!node) return null;
  const dot = path.lastIndexOf('.');
  const parentPath = dot === -1 ? '' : path.slice(0, dot);
  const parent = parentPath ? schemaAt(form.schema, parentPath) : (form.schema as SchemaNode);
  const container = parent?.type === 'array' ? (parent.items as SchemaNode | undefined) : parent;
  const name = path.slice(dot + 1);
  const ui = form.ui.fields[path];
  const kind =
    node.type === 'object'
      ? 'group'
      : node.type === 'array' && (node.items as SchemaNode | undefined)?.type === 'object'
        ? 'list'
        : 'value';
  const widget = ui?.widget ?? defaultWidget(node);
  return {
    path,
    label: ui?.label ?? node.title ?? name,
    node,
    widget,
    required: container?.required?.includes(name) ?? false,
    span: ui?.span ?? (kind !== 'value' || widget === 'textarea' || widget === 'checkbox' ? 2 : 1),
    kind,
  };
}

/** The child paths of a group or of each list item ('members' → ['members.name', …]); the list item index is not part of it. */
export function childPaths(model: FieldModel): string[] {
  const target = model.kind === 'list' ? (model.node.items as SchemaNode) : model.node;
  return Object.keys(target.properties ?? {}).map((name) => `${model.path}.${name}`);
}

/** Errors keyed by field path; a list item's field is keyed with its index ('members.1.name'). '' = the form itself. */
export function errorsByPath(errors: readonly FieldError[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of errors) out.set(e.path, [...(out.get(e.path) ?? []), e.message]);
  return out;
}

/** Errors no field on screen shows (the form root or an unknown path), for the summary at the top. */
export function unplacedErrors(form: FormDefinition, errors: readonly FieldError[]): FieldError[] {
  return errors.filter((e) => e.path === '' || !schemaAt(form.schema, e.path));
}

/** A DOM id for a field path ('members.1.name' → 'form-members-1-name'). */
export const fieldId = (path: string) => `form-${path.replace(/\./g, '-')}`;
