/**
 * Ajv errors → one Chinese message per problem, naming the field by its label (「身份证件号码」不是有效的公民身份号码).
 * Keywords a form commonly meets get a plain-language message; anything else falls back to ajv-i18n's zh text.
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import { fieldOptions, schemaAt, type FormDefinition } from './form-definition.js';
import { localizeZh } from './form-ajv.js';

export interface FieldError {
  /** Dotted path of the field, e.g. 'applicant.idNumber' or 'members.1.name'; '' = the form as a whole. */
  path: string;
  /** 中文 message naming the field. */
  message: string;
}

const FORMAT_MESSAGES: Record<string, string> = {
  'id-number': '不是有效的公民身份号码，请核对出生日期和最后一位校验码',
  uscc: '不是有效的统一社会信用代码，请核对 18 位代码及最后一位校验码',
  mobile: '不是有效的手机号码（11 位，以 1 开头）',
  postcode: '应为 6 位数字的邮政编码',
  'division-code': '不是有效的行政区划代码',
  date: '应为有效日期（年-月-日）',
  'date-time': '应为有效的日期时间',
  time: '应为有效时间',
  email: '不是有效的电子邮箱地址',
  uri: '不是有效的网址',
};

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  integer: '整数',
  boolean: '“是”或“否”',
  array: '列表',
  object: '一组信息',
  null: '空值',
};

const decode = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~');

function errorSegments(e: ErrorObject): string[] {
  const segments = e.instancePath === '' ? [] : e.instancePath.slice(1).split('/').map(decode);
  const extra = (e.params as { missingProperty?: string }).missingProperty;
  if ((e.keyword === 'required' || e.keyword === 'dependentRequired') && extra) segments.push(extra);
  return segments;
}

/** 「家庭成员」第 2 项「姓名」, 「身份证件号码」, or 表单 for the root. */
function fieldName(def: FormDefinition, segments: string[]): string {
  if (segments.length === 0) return '表单';
  const parts: string[] = [];
  const named: string[] = [];
  for (const segment of segments) {
    if (/^\d+$/.test(segment)) {
      parts.push(`第 ${Number(segment) + 1} 项`);
      continue;
    }
    named.push(segment);
    const key = named.join('.');
    const isLeafOrArrayEnd = segment === segments[segments.length - 1] || schemaAt(def.schema, key)?.type === 'array';
    if (isLeafOrArrayEnd) parts.push(`「${labelOf(def, key)}」`);
  }
  return parts.join('');
}

function labelOf(def: FormDefinition, key: string): string {
  return def.ui.fields[key]?.label ?? schemaAt(def.schema, key)?.title ?? key.split('.').pop()!;
}

function choiceVerb(def: FormDefinition, key: string): string {
  const widget = def.ui.fields[key]?.widget;
  const node = schemaAt(def.schema, key);
  if (widget === 'select' || widget === 'radio' || widget === 'division' || widget === 'date' || fieldOptions(node).length > 0)
    return '请选择';
  if (widget === 'checkbox' || widget === 'switch' || node?.const === true) return '请勾选';
  return '请填写';
}

function messageOf(def: FormDefinition, e: ErrorObject, segments: string[]): string | null {
  const name = fieldName(def, segments);
  const key = segments.filter((s) => !/^\d+$/.test(s)).join('.');
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'if':
      return null; // the failing `then` branch reports its own errors
    case 'required':
    case 'dependentRequired':
      return `${choiceVerb(def, key)}${name}`;
    case 'const':
      return p.allowedValue === true ? `请勾选${name}` : `${name}的值不正确`;
    case 'format':
      return `${name}${FORMAT_MESSAGES[String(p.format)] ?? '格式不正确'}`;
    case 'type':
      return `${name}应为${TYPE_NAMES[String(p.type)] ?? String(p.type)}`;
    case 'minLength':
      return Number(p.limit) === 1 ? `${choiceVerb(def, key)}${name}` : `${name}至少应有 ${String(p.limit)} 个字`;
    case 'maxLength':
      return `${name}不能超过 ${String(p.limit)} 个字`;
    case 'minimum':
      return `${name}不能小于 ${String(p.limit)}`;
    case 'maximum':
      return `${name}不能大于 ${String(p.limit)}`;
    case 'exclusiveMinimum':
      return `${name}应大于 ${String(p.limit)}`;
    case 'exclusiveMaximum':
      return `${name}应小于 ${String(p.limit)}`;
    case 'multipleOf':
      return `${name}应为 ${String(p.multipleOf)} 的整数倍`;
    case 'enum':
    case 'oneOf':
    case 'anyOf':
      return fieldOptions(schemaAt(def.schema, key)).length > 0 || e.keyword === 'enum'
        ? `${name}请从给定选项中选择`
        : `${name}${e.message ?? '不符合要求'}`;
    case 'pattern': {
      const help = def.ui.fields[key]?.help;
      return `${name}格式不正确${help ? `（${help}）` : ''}`;
    }
    case 'minItems':
      return `${name}至少应有 ${String(p.limit)} 项`;
    case 'maxItems':
      return `${name}最多 ${String(p.limit)} 项`;
    case 'uniqueItems':
      return `${name}有重复项`;
    case 'additionalProperties':
      return `${name}包含未定义的字段「${String(p.additionalProperty)}」`;
    default:
      return `${name}${e.message ?? '不符合要求'}`;
  }
}

/** All errors of one validation, in the form's display order, without duplicates. */
export function toFieldErrors(def: FormDefinition, errors: readonly ErrorObject[]): FieldError[] {
  const localized = errors.map((e) => ({ ...e }));
  localizeZh(localized);
  const out: FieldError[] = [];
  const seen = new Set<string>();
  for (const e of localized) {
    // Alternatives inside oneOf/anyOf each fail; the oneOf/anyOf error itself speaks for them.
    if (/\/(oneOf|anyOf)\/\d+\//.test(e.schemaPath)) continue;
    const segments = errorSegments(e);
    const message = messageOf(def, e, segments);
    if (message === null) continue;
    const path = segments.join('.');
    const id = `${path}\u0000${message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ path, message });
  }
  const rank = (path: string) => {
    const i = def.ui.order.indexOf(path.split('.')[0]!);
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  return out
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rank(a.e.path) - rank(b.e.path) || a.i - b.i)
    .map(({ e }) => e);
}
