/**
 * Field-by-field difference between two item versions, for reviewers (审核) and the change history: what an
 * editor changed since the published version. The walk follows the ItemContent schema, so the order is the
 * schema's (not the stored JSON's — jsonb does not keep key order) and then by position. Scalars and arrays
 * of scalars are one value; arrays of objects with a `key` (materials, scenarios, scenario options) are
 * matched by key, so inserting or reordering a material reports only that material; other arrays of objects
 * (fees, processSteps, faqs, appliesWhen) are compared by index, field by field. Reordering keyed
 * elements is one 'changed' at the array's own path (`materials`, label `申请材料 › 顺序`) with the kept
 * keys in their old and new order.
 */
import { ItemContent } from './item-content.js';

export interface FieldChange {
  /** e.g. `promisedLimitDays`, `materials/business-licence/originalCopies`, `fees/0/standard`. */
  path: string;
  /** Chinese breadcrumb, e.g. `申请材料 › 营业执照 › 原件份数`. */
  label: string;
  kind: 'added' | 'removed' | 'changed';
  /** The old value; null for 'added'. */
  before: unknown;
  /** The new value; null for 'removed'. */
  after: unknown;
}

/** Labels of the top-level fields (GB/T 39046 表4 names where there is one, ../shared/reference/cn-standards.md §1.2). */
export const FIELD_LABELS: Record<keyof ItemContent, string> = {
  name: '事项名称',
  aliases: '别名',
  basicCode: '基本编码',
  itemType: '事项类型',
  legalBasis: '设定依据',
  exerciseLevel: '行使层级',
  powerSource: '权力来源',
  subjectNature: '实施主体性质',
  entrustedBody: '委托部门',
  audiences: '服务对象',
  handlingForms: '办理形式',
  caseType: '办件类型',
  limitUnit: '时限单位',
  legalLimitDays: '法定办结时限',
  legalLimitExplanation: '法定办结时限说明',
  promisedLimitDays: '承诺办结时限',
  promisedLimitExplanation: '承诺办结时限说明',
  acceptanceConditions: '受理条件',
  processSteps: '办理流程',
  specialProcedure: '特别程序',
  quantityLimit: '数量限制',
  intermediaryServices: '中介服务',
  resultName: '结果名称',
  resultType: '审批结果类型',
  resultSampleFileId: '结果样本',
  hallId: '办理大厅',
  address: '办理地点',
  hours: '办理时间',
  consultMethods: '咨询方式',
  consultPhone: '咨询电话',
  complaintPhone: '监督投诉电话',
  visits: '到办事现场次数',
  visitsReason: '到现场办理原因说明',
  onlineLevel: '网办深度等级',
  onlineDepth: '网上办理深度',
  isOnline: '是否网办',
  onlineUrl: '网办地址',
  supportsAppointment: '是否支持预约办理',
  supportsExpress: '是否支持物流快递',
  supportsOnlinePayment: '是否支持网上支付',
  serviceScope: '通办范围',
  jointDepartments: '共同实施部门',
  personThemes: '面向自然人主题分类',
  enterpriseThemes: '面向法人主题分类',
  charged: '是否收费',
  fees: '收费项目',
  materials: '申请材料',
  scenarios: '办理情形',
  faqs: '常见问题',
  applicationForm: '申请表',
  toleranceAllowed: '容缺受理',
  commitmentAllowed: '告知承诺制',
};

/** Labels of nested fields, by their schema path (field names only, no indices or keys). */
const NESTED_LABELS: Record<string, Record<string, string>> = {
  materials: {
    key: '标识',
    name: '材料名称',
    kind: '材料类型',
    format: '材料形式',
    originalCopies: '原件份数',
    photocopyCopies: '复印件份数',
    paperSpec: '纸质材料规格',
    required: '是否必备',
    sourceChannel: '来源渠道',
    issuedBy: '出具机构',
    legalBasis: '要求提供材料的依据',
    fillingNotes: '填报须知',
    acceptanceStandard: '受理标准',
    blankFormFileId: '空白表格',
    sampleFileId: '示例样表',
    replacedBy: '免提交方式',
    appliesWhen: '适用情形',
  },
  'materials/replacedBy': { kind: '类型', ref: '证照类型或数据项', label: '显示名称' },
  'materials/appliesWhen': { scenario: '办理情形', options: '选项' },
  scenarios: { key: '标识', question: '问题', options: '选项' },
  'scenarios/options': { key: '标识', label: '选项名称', promisedLimitDays: '承诺办结时限', note: '提示' },
  fees: { name: '收费项目名称', standard: '收费标准', basis: '收费依据', reductions: '减免政策' },
  processSteps: { name: '环节名称', description: '办理人与办理内容', timeLimit: '环节时限' },
  faqs: { question: '问题', answer: '解答' },
};

const SEPARATOR = ' › ';

/** The JSON-schema subset the walk needs (TypeBox schemas are plain JSON Schema). */
interface SchemaNode {
  type?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
}

type Json = unknown;
type JsonObject = Record<string, Json>;

const isObject = (v: Json): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The object schema of a node, looking through unions such as `Material | null`. */
function objectSchema(s: SchemaNode | undefined): SchemaNode | undefined {
  if (!s) return undefined;
  if (s.properties) return s;
  return s.anyOf?.map(objectSchema).find((x) => x !== undefined);
}

function sameValue(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && sameValue(a[k], b[k]));
  }
  return false;
}

/** Fields in schema order, then any field the schema does not know (sorted, so the order stays stable). */
function fieldsOf(schema: SchemaNode | undefined, a: JsonObject, b: JsonObject): string[] {
  const known = Object.keys(schema?.properties ?? {});
  const extra = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !known.includes(k)).sort();
  return [...known, ...extra];
}

/** How an element of an array of objects is named in a label: its name, label or question, else its position. */
function elementName(v: Json, index: number): string {
  if (isObject(v)) {
    for (const field of ['name', 'label', 'question']) {
      const s = v[field];
      if (typeof s === 'string' && s.trim() !== '') return s.trim().length > 30 ? `${s.trim().slice(0, 30)}…` : s.trim();
    }
    if (typeof v.key === 'string') return v.key;
  }
  return `第 ${index + 1} 项`;
}

interface Place {
  path: string;
  label: string;
  /** Field names from the root, without indices or keys: the key of NESTED_LABELS. */
  schemaPath: string;
}

const child = (at: Place, segment: string, label: string, field?: string): Place => ({
  path: `${at.path}/${segment}`,
  label: `${at.label}${SEPARATOR}${label}`,
  schemaPath: field === undefined ? at.schemaPath : `${at.schemaPath}/${field}`,
});

function keysUnique(items: Json[]): items is (JsonObject & { key: string })[] {
  const keys = items.map((x) => (isObject(x) && typeof x.key === 'string' ? x.key : undefined));
  return keys.every((k) => k !== undefined) && new Set(keys).size === keys.length;
}

function diffValue(at: Place, schema: SchemaNode | undefined, before: Json, after: Json, out: FieldChange[]): void {
  if (sameValue(before, after)) return;
  if (before === undefined) {
    out.push({ path: at.path, label: at.label, kind: 'added', before: null, after });
    return;
  }
  if (after === undefined) {
    out.push({ path: at.path, label: at.label, kind: 'removed', before, after: null });
    return;
  }
  const itemSchema = objectSchema(schema?.items);
  if (Array.isArray(before) && Array.isArray(after) && itemSchema) {
    if (itemSchema.properties?.key && keysUnique(before) && keysUnique(after)) {
      diffByKey(at, itemSchema, before, after, out);
    } else {
      diffByIndex(at, itemSchema, before, after, out);
    }
    return;
  }
  const shape = objectSchema(schema);
  if (isObject(before) && isObject(after) && shape) {
    diffObject(at, shape, before, after, out);
    return;
  }
  out.push({ path: at.path, label: at.label, kind: 'changed', before, after });
}

function diffObject(at: Place, schema: SchemaNode, before: JsonObject, after: JsonObject, out: FieldChange[]): void {
  const labels = NESTED_LABELS[at.schemaPath] ?? {};
  for (const field of fieldsOf(schema, before, after)) {
    diffValue(child(at, field, labels[field] ?? field, field), schema.properties?.[field], before[field], after[field], out);
  }
}

/** Arrays of keyed objects: kept elements diff field by field, others are one 'added' / 'removed' each. */
function diffByKey(
  at: Place,
  schema: SchemaNode,
  before: (JsonObject & { key: string })[],
  after: (JsonObject & { key: string })[],
  out: FieldChange[],
): void {
  const beforeIndex = new Map(before.map((x, i) => [x.key, i]));
  const afterKeys = new Set(after.map((x) => x.key));
  // A pure reordering changes no element, but the order is shown to applicants (一次告知): one change for it.
  const keptBefore = before.map((x) => x.key).filter((k) => afterKeys.has(k));
  const keptAfter = after.map((x) => x.key).filter((k) => beforeIndex.has(k));
  if (!sameValue(keptBefore, keptAfter)) {
    out.push({ path: at.path, label: `${at.label}${SEPARATOR}顺序`, kind: 'changed', before: keptBefore, after: keptAfter });
  }
  let nextBefore = 0;
  // Report a removed element where it stood: before the first kept element that followed it.
  const flushRemoved = (upTo: number) => {
    for (; nextBefore < upTo; nextBefore++) {
      const old = before[nextBefore]!;
      if (!afterKeys.has(old.key)) diffValue(child(at, old.key, elementName(old, nextBefore)), schema, old, undefined, out);
    }
  };
  after.forEach((x, i) => {
    const j = beforeIndex.get(x.key);
    if (j === undefined) {
      diffValue(child(at, x.key, elementName(x, i)), schema, undefined, x, out);
      return;
    }
    flushRemoved(Math.max(nextBefore, j + 1));
    diffValue(child(at, x.key, elementName(x, i)), schema, before[j], x, out);
  });
  flushRemoved(before.length);
}

/** Arrays of objects without a key: element i against element i; a longer array adds, a shorter removes. */
function diffByIndex(at: Place, schema: SchemaNode, before: Json[], after: Json[], out: FieldChange[]): void {
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    const named = i < after.length ? after[i] : before[i];
    diffValue(child(at, String(i), elementName(named, i)), schema, before[i], after[i], out);
  }
}

/** Every difference from `before` to `after`, in schema field order and then by position; [] when equal. */
export function diffContents(before: ItemContent, after: ItemContent): FieldChange[] {
  const out: FieldChange[] = [];
  const root = ItemContent as unknown as SchemaNode;
  const labels: Record<string, string> = FIELD_LABELS;
  const b = before as unknown as JsonObject;
  const a = after as unknown as JsonObject;
  for (const field of fieldsOf(root, b, a)) {
    const at: Place = { path: field, label: labels[field] ?? field, schemaPath: field };
    diffValue(at, root.properties?.[field], b[field], a[field], out);
  }
  return out;
}
