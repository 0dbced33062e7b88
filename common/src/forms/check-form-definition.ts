/**
 * Whether a form definition can be published: the schema compiles under JSON Schema 2020-12 with the
 * national formats, its shape is one the renderer can show (an object, at most one level of nesting), and
 * the `ui` part names only fields that exist, each with a label and a widget that fits its type.
 */
import { compileFormSchema } from './form-ajv.js';
import { FORM_WIDGETS, PREFILL_SOURCES, fieldOptions, type FormDefinition, type FormWidget, type SchemaNode } from './form-definition.js';
import type { FieldError } from './form-messages.js';

const isObject = (v: unknown): v is SchemaNode => v !== null && typeof v === 'object' && !Array.isArray(v);
const typeOf = (n: SchemaNode) => (Array.isArray(n.type) ? n.type.find((t) => t !== 'null') : n.type);

/** Leaf and group fields of the schema as dotted paths, with their node and nesting depth. */
function collectFields(schema: SchemaNode, problems: FieldError[]): Map<string, SchemaNode> {
  const fields = new Map<string, SchemaNode>();
  const walk = (props: Record<string, unknown>, prefix: string, depth: number) => {
    for (const [name, raw] of Object.entries(props)) {
      const path = prefix ? `${prefix}.${name}` : name;
      if (name.includes('.') || /^\d+$/.test(name)) problems.push({ path, message: `字段名「${name}」不能包含“.”或为纯数字` });
      if (!isObject(raw)) {
        problems.push({ path, message: `字段「${path}」的结构必须是对象` });
        continue;
      }
      fields.set(path, raw);
      const type = typeOf(raw);
      const nested =
        type === 'object'
          ? raw.properties
          : type === 'array' && isObject(raw.items) && raw.items.type === 'object'
            ? raw.items.properties
            : undefined;
      if (type === 'object' || (type === 'array' && isObject(raw.items) && raw.items.type === 'object')) {
        if (depth >= 1) problems.push({ path, message: `字段「${path}」嵌套过深：表单最多一层嵌套` });
        else if (isObject(nested)) walk(nested, path, depth + 1);
        else problems.push({ path, message: `字段「${path}」缺少 properties` });
      }
    }
  };
  if (isObject(schema.properties)) walk(schema.properties, '', 0);
  return fields;
}

function widgetFits(widget: FormWidget, node: SchemaNode): boolean {
  const type = typeOf(node);
  switch (widget) {
    case 'number':
      return type === 'number' || type === 'integer';
    case 'switch':
      return type === 'boolean';
    case 'select':
    case 'radio':
      return type !== 'array' && type !== 'object' && fieldOptions(node).length > 0;
    case 'checkbox':
      return type === 'boolean' || (type === 'array' && fieldOptions(node).length > 0);
    case 'date':
      return type === 'string' && node.format === 'date';
    case 'division':
      return type === 'string';
    case 'input':
    case 'textarea':
      return type === 'string' || type === 'number' || type === 'integer';
  }
}

export function checkFormDefinition(def: FormDefinition): FieldError[] {
  const problems: FieldError[] = [];
  const schema = def.schema as SchemaNode;
  if (!isObject(schema) || schema.type !== 'object' || !isObject(schema.properties)) {
    return [{ path: '', message: '表单结构必须是 type 为 object 且带 properties 的 JSON Schema' }];
  }
  if ('$id' in schema) problems.push({ path: '', message: '表单结构不得声明 $id（同一 $id 的表单会相互冲突）' });
  try {
    compileFormSchema(def.schema);
  } catch (e) {
    problems.push({ path: '', message: `表单结构无法编译：${(e as Error).message}` });
  }
  const fields = collectFields(schema, problems);
  const topLevel = Object.keys(schema.properties);

  for (const name of schema.required ?? []) {
    if (!topLevel.includes(name)) problems.push({ path: name, message: `必填字段「${name}」未在 properties 中定义` });
  }

  const order = def.ui?.order ?? [];
  const seen = new Set<string>();
  for (const name of order) {
    if (!topLevel.includes(name)) problems.push({ path: name, message: `显示顺序中的「${name}」不是表单字段` });
    if (seen.has(name)) problems.push({ path: name, message: `显示顺序中「${name}」重复出现` });
    seen.add(name);
  }
  for (const name of topLevel) {
    if (!seen.has(name)) problems.push({ path: name, message: `字段「${name}」未列入显示顺序` });
  }

  const uiFields = def.ui?.fields ?? {};
  for (const [path, field] of Object.entries(uiFields)) {
    const node = fields.get(path);
    if (!node) {
      problems.push({ path, message: `界面配置中的「${path}」不是表单字段` });
      continue;
    }
    if (field.widget !== undefined) {
      if (!FORM_WIDGETS.includes(field.widget)) problems.push({ path, message: `字段「${path}」的控件「${field.widget}」不存在` });
      else if (!widgetFits(field.widget, node))
        problems.push({ path, message: `字段「${field.label}」的控件「${field.widget}」与其数据类型不符` });
    }
    if (field.prefill !== undefined) {
      if (!PREFILL_SOURCES.includes(field.prefill))
        problems.push({ path, message: `字段「${field.label}」的预填来源「${field.prefill}」不存在` });
      if (typeOf(node) !== 'string') problems.push({ path, message: `字段「${field.label}」不是文本，不能预填` });
      const parent = path.includes('.') ? fields.get(path.slice(0, path.lastIndexOf('.'))) : undefined;
      if (parent && typeOf(parent) === 'array') problems.push({ path, message: `字段「${field.label}」在列表中，不能预填` });
    }
    if (field.span !== undefined && field.span !== 1 && field.span !== 2)
      problems.push({ path, message: `字段「${field.label}」的宽度只能是 1 或 2` });
  }
  for (const path of fields.keys()) {
    if (!uiFields[path]?.label?.trim() && !fields.get(path)?.title) problems.push({ path, message: `字段「${path}」缺少标签` });
  }

  if (def.ui?.sections) {
    const inSection = new Map<string, string>();
    for (const section of def.ui.sections) {
      if (!section.title?.trim()) problems.push({ path: '', message: '分组缺少标题' });
      for (const name of section.fields) {
        if (!topLevel.includes(name)) problems.push({ path: name, message: `分组「${section.title}」中的「${name}」不是表单字段` });
        else if (inSection.has(name)) problems.push({ path: name, message: `字段「${name}」同时出现在多个分组中` });
        inSection.set(name, section.title);
      }
    }
    for (const name of topLevel) {
      if (!inSection.has(name)) problems.push({ path: name, message: `字段「${name}」不属于任何分组` });
    }
  }
  return problems;
}
