/**
 * The import/export exchange format of the service catalogue (事项库导入导出): one record per item (实施清单)
 * with the column names and codes of the national exchange (国家政务服务平台 up_task_* tables, aligned with
 * GB/T 39046-2020 表4; ../shared/reference/cn-standards.md §1.2–1.4), written as a JSON document or as CSV.
 *
 * - National columns carry what the national schema has a column for: booleans as 1/0 (GB/T 39046 表4
 *   "1-是, 0-否"), multi-valued codes `^`-joined, time-limit units as 工作日 / 自然日.
 * - What the national schema has no column for travels in extension fields prefixed `ow_` (aliases,
 *   structured process steps and scenarios, material keys and conditions, copies, phones, hall, version),
 *   so export → import gives back exactly the same item (lossless). A record from another system that has
 *   only the national columns still imports: every `ow_` field has a documented fallback.
 * - Every coded field passes through a `CodeMapper`: national code → the integration's code on export,
 *   and back on import (the per-integration `code_mappings` table, §1.4 conflicts).
 * - Import reports every problem of a record at once, as `{ field, message }` with the record's own field
 *   names (e.g. `materials[1].material_name`) and Chinese messages; the content is then checked against
 *   the `ItemContent` schema with Ajv, configured as for request bodies (http/validation.ts).
 */
import { Ajv, type ErrorObject, type Options } from 'ajv';
import addFormatsImport from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { isValidUscc } from '@onewindow/common/validators';
import { NATIONAL_FORMATS } from '../../http/validation.js';
import { VERSION_STATUSES } from './catalogue.tables.js';
import { codesOf, type CodeListKey } from './code-lists.js';
import { ItemContent, type Material, type ProcessStep } from './item-content.js';

// ---------------------------------------------------------------------------------------------------------
// Types

/** What an export reads and an import produces: the item's identity, its department and one version. */
export interface ExchangeItem {
  implementationCode: string;
  departmentUscc: string;
  departmentName: string;
  versionNo: number | null;
  status: string;
  content: ItemContent;
}

/** Translates a national code to an integration's code on export ('out') and back on import ('in'). */
export type CodeMapper = (listKey: CodeListKey, code: string, direction: 'out' | 'in') => string;

/** GB/T 39046 表4 booleans: 1-是, 0-否. */
export type Binary = 0 | 1;

/** One row of `*_material` (national columns) plus the `ow_` extensions. */
export interface ExchangeMaterial {
  material_name: string;
  material_type: string;
  material_format: string;
  is_need: Binary;
  /** 纸质材料份数: originals + photocopies. */
  page_num: number;
  page_format: string;
  source_type: string;
  /** 来源渠道说明: the issuing body (出具机构). */
  source_explain: string;
  form_guid: string;
  example_guid: string;
  fill_explain: string;
  accept_stand: string;
  by_law: string;
  order_num: number;
  ow_material_key: string;
  ow_original_copies: number;
  ow_photocopy_copies: number;
  ow_replaced_by: { kind: 'e_certificate' | 'registry'; ref: string; label: string } | null;
  ow_material_applies_when: Array<{ scenario: string; options: string[] }>;
}

/** One row of `*_fee_project`. */
export interface ExchangeFeeProject {
  fee_name: string;
  fee_stand: string;
  by_law: string;
  is_desc: Binary;
  desc_explain: string;
}

/** One row of `*_questions`. */
export interface ExchangeQuestion {
  question: string;
  answer: string;
  order_num: number;
}

export interface ExchangeProcessStep {
  name: string;
  description: string;
  time_limit: string;
}

export interface ExchangeScenario {
  key: string;
  question: string;
  options: Array<{ key: string; label: string; promised_limit_days: number | null; note: string }>;
}

/** One item in the exchange: `*_basic` + `*_extend` columns at top level, child tables as arrays, `ow_` extensions. */
export interface ExchangeRecord {
  task_name: string;
  catalog_code: string;
  task_code: string;
  task_type: string;
  by_law: string;
  power_source: string;
  use_level: string;
  dept_name: string;
  dept_code: string;
  dept_type: string;
  entrust_name: string;
  anticipate_day: number | null;
  anticipate_type: string;
  anticipate_explain: string;
  promise_day: number;
  promise_type: string;
  promise_explain: string;
  accept_condition: string;
  /** Readable rendering of the steps; the structured steps are `ow_process_steps`. */
  handle_flow: string;
  project_type: string;
  server_type: string;
  handle_type: string;
  special_procedure: string;
  is_fee: Binary;
  /** Derived from the fee projects' by_law (written, not read). */
  fee_basis: string;
  limit_scene_num: number;
  limit_scene_explain: string;
  link_way: string;
  /** Derived: 电话 (咨询方式 code 3) when there is a complaint phone (written, not read). */
  supervise_way: string;
  transact_addr: string;
  transact_time: string;
  handle_area: string;
  is_express: Binary;
  is_online: Binary;
  online_handle_depth: string;
  online_handle_url: string;
  is_pay_online: Binary;
  is_schedule: Binary;
  limit_explain: string;
  other_dept: string;
  result_type: string;
  result_name: string;
  result_guid: string;
  service_type: string;
  user_topic_type: string;
  corp_topic_type: string;
  materials: ExchangeMaterial[];
  fee_projects: ExchangeFeeProject[];
  questions: ExchangeQuestion[];
  ow_aliases: string[];
  ow_process_steps: ExchangeProcessStep[];
  ow_scenarios: ExchangeScenario[];
  /** 网办深度等级 0–4 (Zhejiang practice, §1.4); no national column. */
  ow_online_level: number;
  /** 咨询电话 / 监督电话: GB/T 39046 表4 #53/#54, but no exchange column name is confirmed (§1.3). */
  ow_consult_phone: string;
  ow_complaint_phone: string;
  ow_hall_id: string;
  ow_version_no: number | null;
  ow_status: string;
}

export interface FieldError {
  field: string;
  message: string;
}
export interface RowError extends FieldError {
  /** As a spreadsheet shows it: header = 1, first item = 2. */
  row: number;
}

type CellKind = 'text' | 'int' | 'int?' | 'flag' | 'json';

/** Every record column in export order, with how a CSV cell holds it. */
const COLUMNS = {
  task_name: 'text',
  catalog_code: 'text',
  task_code: 'text',
  task_type: 'text',
  by_law: 'text',
  power_source: 'text',
  use_level: 'text',
  dept_name: 'text',
  dept_code: 'text',
  dept_type: 'text',
  entrust_name: 'text',
  anticipate_day: 'int?',
  anticipate_type: 'text',
  anticipate_explain: 'text',
  promise_day: 'int',
  promise_type: 'text',
  promise_explain: 'text',
  accept_condition: 'text',
  handle_flow: 'text',
  project_type: 'text',
  server_type: 'text',
  handle_type: 'text',
  special_procedure: 'text',
  is_fee: 'flag',
  fee_basis: 'text',
  limit_scene_num: 'int',
  limit_scene_explain: 'text',
  link_way: 'text',
  supervise_way: 'text',
  transact_addr: 'text',
  transact_time: 'text',
  handle_area: 'text',
  is_express: 'flag',
  is_online: 'flag',
  online_handle_depth: 'text',
  online_handle_url: 'text',
  is_pay_online: 'flag',
  is_schedule: 'flag',
  limit_explain: 'text',
  other_dept: 'text',
  result_type: 'text',
  result_name: 'text',
  result_guid: 'text',
  service_type: 'text',
  user_topic_type: 'text',
  corp_topic_type: 'text',
  materials: 'json',
  fee_projects: 'json',
  questions: 'json',
  ow_aliases: 'json',
  ow_process_steps: 'json',
  ow_scenarios: 'json',
  ow_online_level: 'int',
  ow_consult_phone: 'text',
  ow_complaint_phone: 'text',
  ow_hall_id: 'text',
  ow_version_no: 'int?',
  ow_status: 'text',
} as const satisfies Record<keyof ExchangeRecord, CellKind>;

/** Column names in export order (the CSV header). */
export const EXCHANGE_COLUMNS = Object.keys(COLUMNS) as Array<keyof ExchangeRecord>;

/** National columns an import may go without: both are derived from other columns. */
const DERIVED_COLUMNS = new Set<string>(['fee_basis', 'supervise_way']);
/** Columns every imported record must have: the national ones (the `ow_` ones have fallbacks). */
export const REQUIRED_COLUMNS = EXCHANGE_COLUMNS.filter((c) => !c.startsWith('ow_') && !DERIVED_COLUMNS.has(c));

const MATERIAL_EXTENSIONS = new Set([
  'ow_material_key',
  'ow_original_copies',
  'ow_photocopy_copies',
  'ow_replaced_by',
  'ow_material_applies_when',
]);

export const EXCHANGE_FORMAT = 'onewindow-catalogue';
export const EXCHANGE_STANDARD = 'GB/T 39046-2020';

// ---------------------------------------------------------------------------------------------------------
// Code mapping

export const identityMapper: CodeMapper = (_listKey, code) => code;

/** One row of `code_mappings` (national code ↔ the integration's code). */
export interface CodeMapping {
  listKey: CodeListKey;
  nationalCode: string;
  externalCode: string;
}

/**
 * A mapper from an integration's mapping rows; unmapped codes pass unchanged. On import, a code that is a
 * mapped national code but not itself an external code is refused (returns ''), so '5' cannot slip in
 * as national '5' when the integration's '6' is national '5'.
 */
export function codeMapperFrom(mappings: readonly CodeMapping[]): CodeMapper {
  const out = new Map<string, string>();
  const back = new Map<string, string>();
  for (const m of mappings) {
    out.set(`${m.listKey}\u0000${m.nationalCode}`, m.externalCode);
    back.set(`${m.listKey}\u0000${m.externalCode}`, m.nationalCode);
  }
  return (listKey, code, direction) => {
    const k = `${listKey}\u0000${code}`;
    if (direction === 'out') return out.get(k) ?? code;
    return back.get(k) ?? (out.has(k) ? '' : code);
  };
}

const LIST_LABELS: Record<CodeListKey, string> = {
  item_type: '事项类型',
  exercise_level: '行使层级',
  subject_nature: '实施主体性质',
  audience: '服务对象',
  handling_form: '办理形式',
  case_type: '办件类型',
  power_source: '权力来源',
  service_scope: '通办范围',
  result_type: '审批结果类型',
  online_depth: '网上办理深度',
  online_level: '网办深度等级',
  contact_method: '咨询方式',
  material_kind: '材料类型',
  material_format: '材料形式',
  source_channel: '来源渠道',
  person_theme: '面向自然人主题分类',
  enterprise_theme: '面向法人主题分类',
};

// ---------------------------------------------------------------------------------------------------------
// Field names: content key → record name (drives the `ow_` structure conversion and error paths)

interface KeyTree {
  [contentKey: string]: string | readonly [string, KeyTree];
}

const STEP_TREE: KeyTree = { name: 'name', description: 'description', timeLimit: 'time_limit' };
const SCENARIO_TREE: KeyTree = {
  key: 'key',
  question: 'question',
  options: ['options', { key: 'key', label: 'label', promisedLimitDays: 'promised_limit_days', note: 'note' }],
};
const REPLACED_BY_TREE: KeyTree = { kind: 'kind', ref: 'ref', label: 'label' };
const CONDITION_TREE: KeyTree = { scenario: 'scenario', options: 'options' };
const MATERIAL_TREE: KeyTree = {
  key: 'ow_material_key',
  name: 'material_name',
  kind: 'material_type',
  format: 'material_format',
  originalCopies: 'ow_original_copies',
  photocopyCopies: 'ow_photocopy_copies',
  paperSpec: 'page_format',
  required: 'is_need',
  sourceChannel: 'source_type',
  issuedBy: 'source_explain',
  legalBasis: 'by_law',
  fillingNotes: 'fill_explain',
  acceptanceStandard: 'accept_stand',
  blankFormFileId: 'form_guid',
  sampleFileId: 'example_guid',
  replacedBy: ['ow_replaced_by', REPLACED_BY_TREE],
  appliesWhen: ['ow_material_applies_when', CONDITION_TREE],
};
const CONTENT_TREE: KeyTree = {
  name: 'task_name',
  aliases: 'ow_aliases',
  basicCode: 'catalog_code',
  itemType: 'task_type',
  legalBasis: 'by_law',
  exerciseLevel: 'use_level',
  powerSource: 'power_source',
  subjectNature: 'dept_type',
  entrustedBody: 'entrust_name',
  audiences: 'server_type',
  handlingForms: 'handle_type',
  caseType: 'project_type',
  limitUnit: 'promise_type',
  legalLimitDays: 'anticipate_day',
  legalLimitExplanation: 'anticipate_explain',
  promisedLimitDays: 'promise_day',
  promisedLimitExplanation: 'promise_explain',
  acceptanceConditions: 'accept_condition',
  processSteps: ['ow_process_steps', STEP_TREE],
  specialProcedure: 'special_procedure',
  quantityLimit: 'limit_explain',
  intermediaryServices: 'service_type',
  resultName: 'result_name',
  resultType: 'result_type',
  resultSampleFileId: 'result_guid',
  hallId: 'ow_hall_id',
  address: 'transact_addr',
  hours: 'transact_time',
  consultMethods: 'link_way',
  consultPhone: 'ow_consult_phone',
  complaintPhone: 'ow_complaint_phone',
  visits: 'limit_scene_num',
  visitsReason: 'limit_scene_explain',
  onlineLevel: 'ow_online_level',
  onlineDepth: 'online_handle_depth',
  isOnline: 'is_online',
  onlineUrl: 'online_handle_url',
  supportsAppointment: 'is_schedule',
  supportsExpress: 'is_express',
  supportsOnlinePayment: 'is_pay_online',
  serviceScope: 'handle_area',
  jointDepartments: 'other_dept',
  personThemes: 'user_topic_type',
  enterpriseThemes: 'corp_topic_type',
  charged: 'is_fee',
  fees: ['fee_projects', { name: 'fee_name', standard: 'fee_stand', basis: 'by_law', reductions: 'desc_explain' }],
  materials: ['materials', MATERIAL_TREE],
  scenarios: ['ow_scenarios', SCENARIO_TREE],
  faqs: ['questions', { question: 'question', answer: 'answer' }],
};
/** Content arrays written as one `^`-joined column: an error in any element is an error of the column. */
const JOINED = new Set(['audiences', 'handlingForms', 'consultMethods', 'onlineDepth', 'personThemes', 'enterpriseThemes']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const entryOf = (tree: KeyTree, key: string) => (Object.hasOwn(tree, key) ? tree[key] : undefined);
const nameOf = (entry: string | readonly [string, KeyTree]) => (typeof entry === 'string' ? entry : entry[0]);

/** Content shape → record shape for the structured `ow_` values (keys renamed, values unchanged). */
function toRecordShape(value: unknown, tree: KeyTree): unknown {
  if (Array.isArray(value)) return value.map((v) => toRecordShape(v, tree));
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const entry = entryOf(tree, k);
    if (entry === undefined) out[k] = v;
    else out[nameOf(entry)] = typeof entry === 'string' ? v : toRecordShape(v, entry[1]);
  }
  return out;
}

/** Record shape → content shape; a key the tree does not know is reported and dropped. Types are Ajv's business. */
function toContentShape(value: unknown, tree: KeyTree, field: string, errors: FieldError[]): unknown {
  if (Array.isArray(value)) return value.map((v, i) => toContentShape(v, tree, `${field}[${i}]`, errors));
  if (!isObject(value)) return value;
  const byRecordName = new Map(Object.entries(tree).map(([k, e]) => [nameOf(e), [k, e] as const]));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const known = byRecordName.get(k);
    if (!known) {
      errors.push({ field: `${field}.${k}`, message: '不认识的字段' });
      continue;
    }
    const [contentKey, entry] = known;
    out[contentKey] = typeof entry === 'string' ? v : toContentShape(v, entry[1], `${field}.${k}`, errors);
  }
  return out;
}

/** The record field an Ajv instance path of the content points at, e.g. /materials/1/name → materials[1].material_name. */
function recordFieldOf(pointer: string, overrides: ReadonlyMap<string, string>): string {
  for (const [prefix, field] of overrides) if (pointer === prefix || pointer.startsWith(`${prefix}/`)) return field;
  const tokens = pointer
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  let tree: KeyTree | undefined = CONTENT_TREE;
  let field = '';
  for (const token of tokens) {
    if (/^\d+$/.test(token)) {
      field += `[${token}]`;
      continue;
    }
    const entry: KeyTree[string] | undefined = tree ? entryOf(tree, token) : undefined;
    field += `${field ? '.' : ''}${entry === undefined ? token : nameOf(entry)}`;
    if (tree === CONTENT_TREE && JOINED.has(token)) break;
    tree = entry === undefined || typeof entry === 'string' ? undefined : entry[1];
  }
  return field;
}

// ---------------------------------------------------------------------------------------------------------
// Export

const UNIT_LABELS = { working_day: '工作日', natural_day: '自然日' } as const;
const bit = (b: boolean): Binary => (b ? 1 : 0);

/** 办理流程 as text: one line per step, `1. 受理（1个工作日）：…`. */
export function renderHandleFlow(steps: readonly ProcessStep[]): string {
  return steps.map((s, i) => `${i + 1}. ${s.name}${s.timeLimit ? `（${s.timeLimit}）` : ''}：${s.description}`).join('\n');
}

/** Steps back from `renderHandleFlow` text (used only when a record has no `ow_process_steps`). */
export function parseHandleFlow(text: string): ProcessStep[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((line, i) => {
      const m = /^\d+\s*[.、．]\s*(.+?)(?:（([^（）]*)）)?\s*[:：]\s*(.*)$/.exec(line);
      return m ? { name: m[1]!, description: m[3]!, timeLimit: m[2] ?? '' } : { name: `第${i + 1}步`, description: line, timeLimit: '' };
    });
}

export function toExchangeRecord(item: ExchangeItem, map: CodeMapper): ExchangeRecord {
  const c = item.content;
  const out = (list: CodeListKey, code: string) => map(list, code, 'out');
  const join = (list: CodeListKey, codes: readonly string[]) => codes.map((x) => out(list, x)).join('^');
  const unit = UNIT_LABELS[c.limitUnit];
  return {
    task_name: c.name,
    catalog_code: c.basicCode,
    task_code: item.implementationCode,
    task_type: out('item_type', c.itemType),
    by_law: c.legalBasis,
    power_source: out('power_source', c.powerSource),
    use_level: out('exercise_level', c.exerciseLevel),
    dept_name: item.departmentName,
    dept_code: item.departmentUscc,
    dept_type: out('subject_nature', c.subjectNature),
    entrust_name: c.entrustedBody,
    anticipate_day: c.legalLimitDays,
    anticipate_type: c.legalLimitDays === null ? '' : unit,
    anticipate_explain: c.legalLimitExplanation,
    promise_day: c.promisedLimitDays,
    promise_type: unit,
    promise_explain: c.promisedLimitExplanation,
    accept_condition: c.acceptanceConditions,
    handle_flow: renderHandleFlow(c.processSteps),
    project_type: out('case_type', c.caseType),
    server_type: join('audience', c.audiences),
    handle_type: join('handling_form', c.handlingForms),
    special_procedure: c.specialProcedure,
    is_fee: bit(c.charged),
    fee_basis: [...new Set(c.fees.map((f) => f.basis).filter((b) => b !== ''))].join('\n'),
    limit_scene_num: c.visits,
    limit_scene_explain: c.visitsReason,
    link_way: join('contact_method', c.consultMethods),
    supervise_way: c.complaintPhone === '' ? '' : out('contact_method', '3'),
    transact_addr: c.address,
    transact_time: c.hours,
    handle_area: c.serviceScope === null ? '' : out('service_scope', c.serviceScope),
    is_express: bit(c.supportsExpress),
    is_online: bit(c.isOnline),
    online_handle_depth: join('online_depth', c.onlineDepth),
    online_handle_url: c.onlineUrl,
    is_pay_online: bit(c.supportsOnlinePayment),
    is_schedule: bit(c.supportsAppointment),
    limit_explain: c.quantityLimit,
    other_dept: c.jointDepartments,
    result_type: out('result_type', c.resultType),
    result_name: c.resultName,
    result_guid: c.resultSampleFileId ?? '',
    service_type: c.intermediaryServices,
    user_topic_type: join('person_theme', c.personThemes),
    corp_topic_type: join('enterprise_theme', c.enterpriseThemes),
    materials: c.materials.map((m, i) => materialRecord(m, i, out)),
    fee_projects: c.fees.map((f) => ({
      fee_name: f.name,
      fee_stand: f.standard,
      by_law: f.basis,
      is_desc: bit(f.reductions !== ''),
      desc_explain: f.reductions,
    })),
    questions: c.faqs.map((q, i) => ({ question: q.question, answer: q.answer, order_num: i + 1 })),
    ow_aliases: [...c.aliases],
    ow_process_steps: toRecordShape(c.processSteps, STEP_TREE) as ExchangeProcessStep[],
    ow_scenarios: toRecordShape(c.scenarios, SCENARIO_TREE) as ExchangeScenario[],
    ow_online_level: c.onlineLevel,
    ow_consult_phone: c.consultPhone,
    ow_complaint_phone: c.complaintPhone,
    ow_hall_id: c.hallId ?? '',
    ow_version_no: item.versionNo,
    ow_status: item.status,
  };
}

function materialRecord(m: Material, index: number, out: (list: CodeListKey, code: string) => string): ExchangeMaterial {
  return {
    material_name: m.name,
    material_type: out('material_kind', m.kind),
    material_format: out('material_format', m.format),
    is_need: bit(m.required),
    page_num: m.originalCopies + m.photocopyCopies,
    page_format: m.paperSpec,
    source_type: out('source_channel', m.sourceChannel),
    source_explain: m.issuedBy,
    form_guid: m.blankFormFileId ?? '',
    example_guid: m.sampleFileId ?? '',
    fill_explain: m.fillingNotes,
    accept_stand: m.acceptanceStandard,
    by_law: m.legalBasis,
    order_num: index + 1,
    ow_material_key: m.key,
    ow_original_copies: m.originalCopies,
    ow_photocopy_copies: m.photocopyCopies,
    ow_replaced_by: m.replacedBy === null ? null : { ...m.replacedBy },
    ow_material_applies_when: toRecordShape(m.appliesWhen, CONDITION_TREE) as ExchangeMaterial['ow_material_applies_when'],
  };
}

// ---------------------------------------------------------------------------------------------------------
// Import of one record

/** Reads typed columns of one record object, collecting an error per bad column (and returning undefined). */
class ColumnReader {
  constructor(
    readonly obj: Record<string, unknown>,
    private readonly prefix: string,
    private readonly errors: FieldError[],
    private readonly map: CodeMapper,
  ) {}

  field(col: string) {
    return `${this.prefix}${col}`;
  }
  fail(col: string, message: string): undefined {
    this.errors.push({ field: this.field(col), message });
    return undefined;
  }
  has(col: string) {
    return this.obj[col] !== undefined;
  }
  text(col: string): string | undefined {
    const v = this.obj[col];
    if (v === undefined) return this.fail(col, '缺少此字段');
    return typeof v === 'string' ? v : this.fail(col, '应为文本');
  }
  int(col: string, nullable = false): number | null | undefined {
    const v = this.obj[col];
    if (v === undefined) return this.fail(col, '缺少此字段');
    if (v === null && nullable) return null;
    if (typeof v === 'number' && Number.isInteger(v)) return v;
    return this.fail(col, nullable ? '应为整数或空值' : '应为整数');
  }
  flag(col: string): boolean | undefined {
    const v = this.obj[col];
    if (v === undefined) return this.fail(col, '缺少此字段');
    if (v === 1 || v === 0) return v === 1;
    return this.fail(col, '应为 1（是）或 0（否）');
  }
  list(col: string): unknown[] | undefined {
    const v = this.obj[col];
    if (v === undefined) return this.fail(col, '缺少此字段');
    return Array.isArray(v) ? v : this.fail(col, '应为数组');
  }
  /** '' → null (no file / no hall); otherwise the text (Ajv checks the uuid format). */
  fileId(col: string): string | null | undefined {
    const v = this.text(col);
    return v === '' ? null : v;
  }
  private national(col: string, list: CodeListKey, external: string): string | undefined {
    const code = this.map(list, external, 'in');
    if (codesOf(list).includes(code)) return code;
    if (code === '') return this.fail(col, `“${external}”在代码映射中没有对应的${LIST_LABELS[list]}代码`);
    const mapped = code === external ? '' : `（映射为“${code}”）`;
    return this.fail(col, `“${external}”${mapped}不是有效的${LIST_LABELS[list]}代码`);
  }
  code(col: string, list: CodeListKey): string | undefined {
    const v = this.text(col);
    if (v === undefined) return undefined;
    if (v === '') return this.fail(col, `缺少${LIST_LABELS[list]}代码`);
    return this.national(col, list, v);
  }
  optionalCode(col: string, list: CodeListKey): string | null | undefined {
    const v = this.text(col);
    if (v === undefined) return undefined;
    return v === '' ? null : this.national(col, list, v);
  }
  /** A `^`-joined multi-value column; '' = none. */
  codes(col: string, list: CodeListKey): string[] | undefined {
    const v = this.text(col);
    if (v === undefined) return undefined;
    const before = this.errors.length;
    const codes = v
      .split('^')
      .map((x) => x.trim())
      .filter((x) => x !== '')
      .map((x) => this.national(col, list, x));
    return this.errors.length > before ? undefined : (codes as string[]);
  }
  unknownExtensions(known: ReadonlySet<string>) {
    for (const k of Object.keys(this.obj)) if (k.startsWith('ow_') && !known.has(k)) this.fail(k, '不认识的扩展字段');
  }
}

const UNITS: Record<string, ItemContent['limitUnit']> = { 工作日: 'working_day', 自然日: 'natural_day' };
const TOP_COLUMNS = new Set<string>(EXCHANGE_COLUMNS);

/**
 * 网办深度等级 when a record has no `ow_online_level`, from 网上办理深度 (§1.4): 5 互联网办理 with no visit = Ⅳ级,
 * 4 互联网受理 = Ⅲ级, 2/3 收件/预审 = Ⅱ级, 1 咨询 = Ⅰ级; not online = Ⅰ级 when consultable, else 0.
 */
function deriveOnlineLevel(isOnline: boolean, depth: readonly string[], visits: number): number {
  if (!isOnline) return depth.includes('1') ? 1 : 0;
  if (depth.includes('5') && visits === 0) return 4;
  if (depth.includes('4') || depth.includes('5')) return 3;
  if (depth.includes('2') || depth.includes('3')) return 2;
  return 1;
}

/** Originals / photocopies when a record has only 纸质材料份数 (page_num): by 材料类型; 原件和复印件 = one original, the rest copies. */
function splitPaperCopies(kind: string, pageNum: number): [number, number] {
  if (kind === '2') return [0, pageNum];
  if (kind === '3' && pageNum >= 1) return [1, pageNum - 1];
  return [pageNum, 0];
}

export type ImportRecordResult = { ok: true; item: ExchangeItem } | { ok: false; errors: FieldError[] };

/**
 * Parses and validates one exchange record (from `fromJsonDocument` or `fromCsv`), reporting every problem:
 * missing or wrong-typed columns, codes unknown after mapping, then the `ItemContent` schema. Unknown
 * national-looking columns (e.g. `task_state`, `cd_batch`) are ignored; unknown `ow_` fields are errors.
 */
export function fromExchangeRecord(record: unknown, map: CodeMapper): ImportRecordResult {
  if (!isObject(record)) return { ok: false, errors: [{ field: '', message: '每条记录应为一个对象' }] };
  const errors: FieldError[] = [];
  /** Content paths whose values were derived from another column: errors there belong to that column. */
  const overrides = new Map<string, string>();
  const r = new ColumnReader(record, '', errors, map);
  r.unknownExtensions(TOP_COLUMNS);

  const implementationCode = r.text('task_code');
  if (implementationCode !== undefined && !/^[0-9A-Za-z-]{1,40}$/.test(implementationCode)) {
    r.fail('task_code', '实施编码只能包含字母、数字和 -，最多 40 个字符');
  }
  const departmentName = r.text('dept_name');
  if (departmentName !== undefined && (departmentName.trim() === '' || departmentName.length > 200)) {
    r.fail('dept_name', '实施主体名称不能为空，最多 200 个字符');
  }
  const departmentUscc = r.text('dept_code');
  if (departmentUscc !== undefined && !(isValidUscc(departmentUscc) && departmentUscc === departmentUscc.toUpperCase())) {
    r.fail('dept_code', '不是有效的统一社会信用代码（GB 32100）');
  }
  const versionNo = r.has('ow_version_no') ? r.int('ow_version_no', true) : null;
  if (typeof versionNo === 'number' && versionNo < 1) r.fail('ow_version_no', '版本号应为正整数');
  const status = r.has('ow_status') ? r.text('ow_status') : 'draft';
  if (status !== undefined && !(VERSION_STATUSES as readonly string[]).includes(status)) r.fail('ow_status', '不是有效的版本状态');

  // 时限单位: one unit for both limits in the content; anticipate_type may be empty (no legal limit).
  const promiseType = r.text('promise_type');
  const limitUnit = promiseType === undefined ? undefined : (UNITS[promiseType] ?? r.fail('promise_type', '应为“工作日”或“自然日”'));
  const anticipateType = r.text('anticipate_type');
  if (anticipateType !== undefined && anticipateType !== '') {
    if (!UNITS[anticipateType]) r.fail('anticipate_type', '应为“工作日”“自然日”或空');
    else if (limitUnit !== undefined && UNITS[anticipateType] !== limitUnit)
      r.fail('anticipate_type', '法定办结时限单位须与承诺办结时限单位一致');
  }

  const handleFlow = r.text('handle_flow');
  let processSteps: unknown;
  if (r.has('ow_process_steps')) processSteps = toContentShape(record.ow_process_steps, STEP_TREE, 'ow_process_steps', errors);
  else if (handleFlow !== undefined) {
    processSteps = parseHandleFlow(handleFlow);
    overrides.set('/processSteps', 'handle_flow');
  }

  const visits = r.int('limit_scene_num');
  const isOnline = r.flag('is_online');
  const onlineDepth = r.codes('online_handle_depth', 'online_depth');
  let onlineLevel: unknown;
  if (r.has('ow_online_level')) onlineLevel = r.int('ow_online_level');
  else if (isOnline !== undefined && onlineDepth !== undefined && typeof visits === 'number') {
    onlineLevel = deriveOnlineLevel(isOnline, onlineDepth, visits);
  }

  // Derived columns (fee_basis from the fee projects, supervise_way from the complaint phone): text, not read.
  if (r.has('fee_basis')) r.text('fee_basis');
  if (r.has('supervise_way')) r.text('supervise_way');

  const materials = r.list('materials')?.map((m, i) => readMaterial(m, i, map, errors, overrides));
  const fees = r.list('fee_projects')?.map((f, i) => readFee(f, i, map, errors));
  const faqs = r.list('questions')?.map((q, i) => readQuestion(q, i, map, errors));

  const content: Record<string, unknown> = {
    name: r.text('task_name'),
    aliases: r.has('ow_aliases') ? record.ow_aliases : [],
    basicCode: r.text('catalog_code'),
    itemType: r.code('task_type', 'item_type'),
    legalBasis: r.text('by_law'),
    exerciseLevel: r.code('use_level', 'exercise_level'),
    powerSource: r.code('power_source', 'power_source'),
    subjectNature: r.code('dept_type', 'subject_nature'),
    entrustedBody: r.text('entrust_name'),
    audiences: r.codes('server_type', 'audience'),
    handlingForms: r.codes('handle_type', 'handling_form'),
    caseType: r.code('project_type', 'case_type'),
    limitUnit,
    legalLimitDays: r.int('anticipate_day', true),
    legalLimitExplanation: r.text('anticipate_explain'),
    promisedLimitDays: r.int('promise_day'),
    promisedLimitExplanation: r.text('promise_explain'),
    acceptanceConditions: r.text('accept_condition'),
    processSteps,
    specialProcedure: r.text('special_procedure'),
    quantityLimit: r.text('limit_explain'),
    intermediaryServices: r.text('service_type'),
    resultName: r.text('result_name'),
    resultType: r.code('result_type', 'result_type'),
    resultSampleFileId: r.fileId('result_guid'),
    hallId: r.has('ow_hall_id') ? r.fileId('ow_hall_id') : null,
    address: r.text('transact_addr'),
    hours: r.text('transact_time'),
    consultMethods: r.codes('link_way', 'contact_method'),
    consultPhone: r.has('ow_consult_phone') ? r.text('ow_consult_phone') : '',
    complaintPhone: r.has('ow_complaint_phone') ? r.text('ow_complaint_phone') : '',
    visits,
    visitsReason: r.text('limit_scene_explain'),
    onlineLevel,
    onlineDepth,
    isOnline,
    onlineUrl: r.text('online_handle_url'),
    supportsAppointment: r.flag('is_schedule'),
    supportsExpress: r.flag('is_express'),
    supportsOnlinePayment: r.flag('is_pay_online'),
    serviceScope: r.optionalCode('handle_area', 'service_scope'),
    jointDepartments: r.text('other_dept'),
    personThemes: r.codes('user_topic_type', 'person_theme'),
    enterpriseThemes: r.codes('corp_topic_type', 'enterprise_theme'),
    charged: r.flag('is_fee'),
    fees,
    materials,
    scenarios: r.has('ow_scenarios') ? toContentShape(record.ow_scenarios, SCENARIO_TREE, 'ow_scenarios', errors) : [],
    faqs,
  };

  if (!validateContent(content)) {
    const reported = errors.map((e) => e.field);
    const covered = (field: string) => reported.some((f) => field === f || field.startsWith(`${f}.`) || field.startsWith(`${f}[`));
    for (const e of schemaErrors(validateContent.errors ?? [], overrides)) if (!covered(e.field)) errors.push(e);
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    item: {
      implementationCode: implementationCode!,
      departmentUscc: departmentUscc!,
      departmentName: departmentName!,
      versionNo: versionNo ?? null,
      status: status!,
      content: content as ItemContent,
    },
  };
}

function readMaterial(value: unknown, i: number, map: CodeMapper, errors: FieldError[], overrides: Map<string, string>): unknown {
  const field = `materials[${i}]`;
  if (!isObject(value)) {
    errors.push({ field, message: '应为对象' });
    return undefined;
  }
  const r = new ColumnReader(value, `${field}.`, errors, map);
  r.unknownExtensions(MATERIAL_EXTENSIONS);
  if (r.has('order_num')) r.int('order_num');
  const kind = r.code('material_type', 'material_kind');
  const pageNum = r.int('page_num');
  let copies: [unknown, unknown] = [undefined, undefined];
  if (r.has('ow_original_copies') || r.has('ow_photocopy_copies')) copies = [r.int('ow_original_copies'), r.int('ow_photocopy_copies')];
  else if (kind !== undefined && typeof pageNum === 'number') {
    copies = splitPaperCopies(kind, pageNum);
    overrides.set(`/materials/${i}/originalCopies`, `${field}.page_num`);
    overrides.set(`/materials/${i}/photocopyCopies`, `${field}.page_num`);
  }
  return {
    key: r.has('ow_material_key') ? r.text('ow_material_key') : `m${i + 1}`,
    name: r.text('material_name'),
    kind,
    format: r.code('material_format', 'material_format'),
    originalCopies: copies[0],
    photocopyCopies: copies[1],
    paperSpec: r.text('page_format'),
    required: r.flag('is_need'),
    sourceChannel: r.code('source_type', 'source_channel'),
    issuedBy: r.text('source_explain'),
    legalBasis: r.text('by_law'),
    fillingNotes: r.text('fill_explain'),
    acceptanceStandard: r.text('accept_stand'),
    blankFormFileId: r.fileId('form_guid'),
    sampleFileId: r.fileId('example_guid'),
    replacedBy: r.has('ow_replaced_by') ? toContentShape(value.ow_replaced_by, REPLACED_BY_TREE, `${field}.ow_replaced_by`, errors) : null,
    appliesWhen: r.has('ow_material_applies_when')
      ? toContentShape(value.ow_material_applies_when, CONDITION_TREE, `${field}.ow_material_applies_when`, errors)
      : [],
  };
}

function readFee(value: unknown, i: number, map: CodeMapper, errors: FieldError[]): unknown {
  const field = `fee_projects[${i}]`;
  if (!isObject(value)) {
    errors.push({ field, message: '应为对象' });
    return undefined;
  }
  const r = new ColumnReader(value, `${field}.`, errors, map);
  r.unknownExtensions(new Set());
  const name = r.text('fee_name');
  const standard = r.text('fee_stand');
  const basis = r.text('by_law');
  const allowsReduction = r.flag('is_desc');
  const explanation = r.text('desc_explain');
  let reductions: string | undefined;
  if (allowsReduction !== undefined && explanation !== undefined) {
    if (allowsReduction && explanation.trim() === '') r.fail('desc_explain', '允许减免时须填写减免依据');
    else if (!allowsReduction && explanation.trim() !== '' && explanation.trim() !== '无')
      r.fail('desc_explain', '不允许减免时不应填写减免依据');
    else reductions = allowsReduction ? explanation : '';
  }
  return { name, standard, basis, reductions };
}

function readQuestion(value: unknown, i: number, map: CodeMapper, errors: FieldError[]): unknown {
  const field = `questions[${i}]`;
  if (!isObject(value)) {
    errors.push({ field, message: '应为对象' });
    return undefined;
  }
  const r = new ColumnReader(value, `${field}.`, errors, map);
  r.unknownExtensions(new Set());
  if (r.has('order_num')) r.int('order_num');
  return { question: r.text('question'), answer: r.text('answer') };
}

// ---------------------------------------------------------------------------------------------------------
// Content schema check (Ajv as for request bodies: http/validation.ts)

const addFormats = addFormatsImport as unknown as (ajv: Ajv) => Ajv;

function makeAjv(options: Options): Ajv {
  const ajv = new Ajv({ allErrors: true, removeAdditional: false, useDefaults: true, strict: false, ...options });
  addFormats(ajv);
  for (const [name, validate] of Object.entries(NATIONAL_FORMATS)) ajv.addFormat(name, { type: 'string', validate });
  return ajv;
}

const validateContent = makeAjv({ coerceTypes: false }).compile<ItemContent>(ItemContent);

const TYPE_NAMES: Record<string, string> = {
  integer: '整数',
  number: '数字',
  string: '文本',
  boolean: '布尔值',
  array: '数组',
  object: '对象',
  null: '空值',
};
const KEY_PATTERN = '^[a-z][a-z0-9_-]{0,39}$';

function schemaMessage(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return '缺少此字段';
    case 'additionalProperties':
      return '不认识的字段';
    case 'type':
      return `应为${TYPE_NAMES[String(p.type)] ?? String(p.type)}`;
    case 'enum':
    case 'const':
      return '不是允许的值';
    case 'minLength':
      return p.limit === 1 ? '不能为空' : `不能少于 ${String(p.limit)} 个字符`;
    case 'maxLength':
      return `不能超过 ${String(p.limit)} 个字符`;
    case 'pattern':
      return p.pattern === KEY_PATTERN ? '应以小写字母开头，只含小写字母、数字、_ 或 -，最多 40 个字符' : '格式不正确';
    case 'format':
      return p.format === 'uuid' ? '不是有效的 UUID' : `不是有效的 ${String(p.format)} 格式`;
    case 'minimum':
      return `不能小于 ${String(p.limit)}`;
    case 'maximum':
      return `不能大于 ${String(p.limit)}`;
    case 'minItems':
      return `至少需要 ${String(p.limit)} 项`;
    case 'maxItems':
      return `最多 ${String(p.limit)} 项`;
    case 'uniqueItems':
      return '不能有重复项';
    default:
      return e.message ?? '不符合要求';
  }
}

/**
 * Ajv errors → `{ field, message }` in record field names, one message per problem: the branch errors of a
 * union (`X | null`) are folded — `anyOf` itself is dropped, the "should be null" branch is dropped when
 * the other branch says more, and remaining type errors merge (应为整数或空值).
 */
function schemaErrors(raw: readonly ErrorObject[], overrides: ReadonlyMap<string, string>): FieldError[] {
  const items = raw
    .filter((e) => e.keyword !== 'anyOf')
    .map((e) => {
      const p = e.params as Record<string, unknown>;
      const extra = e.keyword === 'required' ? p.missingProperty : e.keyword === 'additionalProperties' ? p.additionalProperty : undefined;
      const pointer = extra === undefined ? e.instancePath : `${e.instancePath}/${String(extra)}`;
      return { field: recordFieldOf(pointer, overrides), error: e };
    });
  const under = (field: string, other: string) => other === field || other.startsWith(`${field}.`) || other.startsWith(`${field}[`);
  const kept = items.filter(
    (it, i) =>
      !(it.error.keyword === 'type' && (it.error.params as { type?: unknown }).type === 'null') ||
      !items.some((o, j) => j !== i && under(it.field, o.field) && !(o.field === it.field && o.error.keyword === 'type')),
  );
  const out: FieldError[] = [];
  const types = new Map<string, string[]>();
  for (const { field, error } of kept) {
    if (error.keyword === 'type') {
      const list = types.get(field);
      const name = TYPE_NAMES[String((error.params as { type?: unknown }).type)] ?? '';
      if (list) {
        if (!list.includes(name)) list.push(name);
        continue;
      }
      types.set(field, [name]);
      out.push({ field, message: '' });
      continue;
    }
    const message = schemaMessage(error);
    if (!out.some((o) => o.field === field && o.message === message)) out.push({ field, message });
  }
  for (const o of out) if (o.message === '') o.message = `应为${types.get(o.field)!.join('或')}`;
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// CSV: one row per item; nested arrays and `ow_` structures as JSON text in their cell.

function cellOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** CSV with a header row of the column names, CRLF line ends and a UTF-8 BOM (so Excel reads the Chinese). */
export function toCsv(records: readonly ExchangeRecord[]): string {
  const rows = records.map((rec) => EXCHANGE_COLUMNS.map((c) => cellOf((rec as unknown as Record<string, unknown>)[c])));
  return stringify([EXCHANGE_COLUMNS, ...rows], { bom: true, record_delimiter: 'windows' });
}

export type CsvImportResult = { ok: true; records: unknown[] } | { ok: false; errors: RowError[] };

const CSV_ERRORS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: '引号没有闭合',
  CSV_INVALID_CLOSING_QUOTE: '引号后面不应紧跟其他字符',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: '引号后面不应紧跟其他字符',
};

/**
 * CSV text (as `toCsv` writes it, possibly edited in a spreadsheet) → records with the types
 * `toExchangeRecord` produces, for `fromExchangeRecord`. Rows are numbered as a spreadsheet shows them
 * (header = 1); blank rows are skipped but counted. A BOM is stripped.
 */
export function fromCsv(text: string): CsvImportResult {
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (err) {
    const e = err as { code?: string; records?: number };
    const message = `CSV 格式错误：${(e.code && CSV_ERRORS[e.code]) ?? '无法解析'}`;
    return { ok: false, errors: [{ row: (e.records ?? 0) + 1, field: '', message }] };
  }
  const errors: RowError[] = [];
  const header = (rows[0] ?? []).map((h) => h.trim());
  if (header.length === 0 || header.every((h) => h === '')) {
    return { ok: false, errors: [{ row: 1, field: '', message: '缺少表头行' }] };
  }
  header.forEach((h, i) => {
    if (header.indexOf(h) !== i) errors.push({ row: 1, field: h, message: '列名重复' });
    if (h.startsWith('ow_') && !TOP_COLUMNS.has(h)) errors.push({ row: 1, field: h, message: '不认识的扩展列' });
  });
  for (const c of REQUIRED_COLUMNS) if (!header.includes(c)) errors.push({ row: 1, field: c, message: '缺少此列' });

  const records: unknown[] = [];
  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c.trim() === '')) return;
    if (cells.length !== header.length) {
      errors.push({ row, field: '', message: `本行有 ${cells.length} 列，表头有 ${header.length} 列` });
      return;
    }
    const record: Record<string, unknown> = {};
    header.forEach((name, j) => {
      const cell = cells[j]!;
      const kind: CellKind = Object.hasOwn(COLUMNS, name) ? COLUMNS[name as keyof typeof COLUMNS] : 'text';
      const value = cellValue(cell, kind);
      if (value instanceof Error) errors.push({ row, field: name, message: value.message });
      else if (value !== undefined) record[name] = value;
    });
    records.push(record);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, records };
}

/** One cell as the type its column has in a record; undefined = empty (the column is treated as absent). */
function cellValue(cell: string, kind: CellKind): unknown {
  switch (kind) {
    case 'text':
      return cell;
    case 'int':
    case 'int?':
      if (cell.trim() === '') return kind === 'int?' ? null : undefined;
      return /^\s*-?\d+\s*$/.test(cell) ? Number(cell) : new Error('应为整数');
    case 'flag':
      if (cell.trim() === '') return undefined;
      return cell.trim() === '1' ? 1 : cell.trim() === '0' ? 0 : new Error('应为 1（是）或 0（否）');
    case 'json':
      if (cell.trim() === '') return undefined;
      try {
        return JSON.parse(cell) as unknown;
      } catch {
        return new Error('单元格内容不是有效的 JSON');
      }
  }
}

/**
 * Bytes of an uploaded CSV → text: UTF-8 (a BOM is dropped) when valid, otherwise GB 18030, which is what
 * Excel on a Chinese Windows writes for "CSV（逗号分隔）".
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

// ---------------------------------------------------------------------------------------------------------
// JSON document

export interface ExchangeDocumentMeta {
  /** ISO 8601 time of the export. */
  exportedAt: string;
  /** The integration whose codes the document uses; null = national codes. */
  integration: string | null;
}

export function toJsonDocument(records: readonly ExchangeRecord[], meta: ExchangeDocumentMeta): string {
  const doc = {
    format: EXCHANGE_FORMAT,
    standard: EXCHANGE_STANDARD,
    exportedAt: meta.exportedAt,
    integration: meta.integration,
    items: records,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export type JsonImportResult =
  { ok: true; records: unknown[]; integration: string | null; exportedAt: string | null } | { ok: false; errors: FieldError[] };

export function fromJsonDocument(text: string): JsonImportResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, errors: [{ field: '', message: '文件不是有效的 JSON' }] };
  }
  if (!isObject(doc)) return { ok: false, errors: [{ field: '', message: '文件应为一个 JSON 对象' }] };
  const errors: FieldError[] = [];
  if (doc.format !== EXCHANGE_FORMAT) errors.push({ field: 'format', message: `不是事项交换文件（format 应为“${EXCHANGE_FORMAT}”）` });
  if (!Array.isArray(doc.items)) errors.push({ field: 'items', message: '缺少事项数组' });
  const integration = doc.integration ?? null;
  if (integration !== null && typeof integration !== 'string') errors.push({ field: 'integration', message: '应为文本或空值' });
  let exportedAt: string | null = null;
  if (doc.exportedAt !== undefined && doc.exportedAt !== null) {
    const at = typeof doc.exportedAt === 'string' ? parseExchangeDateTime(doc.exportedAt) : null;
    if (at) exportedAt = at.toISOString();
    else errors.push({ field: 'exportedAt', message: '不是有效的日期时间' });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, records: doc.items as unknown[], integration: integration as string | null, exportedAt };
}

/**
 * A date-time as the exchange writes it: ISO 8601 (with a zone), or the three GB/T 39046 forms
 * `YYYYMMDDhhmmss`, `YYYYMMDDThhmmss`, `YYYYMMDDhh:mm:ss` (§1.2), and the 日期型 `YYYYMMDD`; the GB/T forms
 * carry no zone and are read as Beijing time (UTC+8). Null when not a real date-time.
 */
export function parseExchangeDateTime(text: string): Date | null {
  const gb = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})|(\d{2}):(\d{2}):(\d{2}))?$/.exec(text.trim());
  if (gb) {
    const [y, mo, d] = [Number(gb[1]), Number(gb[2]), Number(gb[3])];
    const [h, mi, s] = [Number(gb[4] ?? gb[7] ?? 0), Number(gb[5] ?? gb[8] ?? 0), Number(gb[6] ?? gb[9] ?? 0)];
    const at = new Date(Date.UTC(y, mo - 1, d, h - 8, mi, s));
    const local = new Date(at.getTime() + 8 * 3600_000);
    const same =
      local.getUTCFullYear() === y &&
      local.getUTCMonth() === mo - 1 &&
      local.getUTCDate() === d &&
      local.getUTCHours() === h &&
      local.getUTCMinutes() === mi &&
      local.getUTCSeconds() === s;
    return same ? at : null;
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text.trim())) return null;
  const at = new Date(text.trim());
  return Number.isNaN(at.getTime()) ? null : at;
}
