/**
 * Field names of the exchange: content key → record name, as trees over the `ItemContent` structure. They
 * drive the conversion of the structured `ow_` values (steps, scenarios, material conditions) between
 * content shape and record shape, and turn an Ajv error path of the content into the record's own field
 * name (e.g. /materials/1/name → materials[1].material_name).
 */
import type { FieldError } from './record-types.js';

interface KeyTree {
  [contentKey: string]: string | readonly [string, KeyTree];
}

export const STEP_TREE: KeyTree = { name: 'name', description: 'description', timeLimit: 'time_limit' };
export const SCENARIO_TREE: KeyTree = {
  key: 'key',
  question: 'question',
  options: ['options', { key: 'key', label: 'label', promisedLimitDays: 'promised_limit_days', note: 'note' }],
};
export const REPLACED_BY_TREE: KeyTree = { kind: 'kind', ref: 'ref', label: 'label' };
export const CONDITION_TREE: KeyTree = { scenario: 'scenario', options: 'options' };
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

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const entryOf = (tree: KeyTree, key: string) => (Object.hasOwn(tree, key) ? tree[key] : undefined);
const nameOf = (entry: string | readonly [string, KeyTree]) => (typeof entry === 'string' ? entry : entry[0]);

/** Content shape → record shape for the structured `ow_` values (keys renamed, values unchanged). */
export function toRecordShape(value: unknown, tree: KeyTree): unknown {
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
export function toContentShape(value: unknown, tree: KeyTree, field: string, errors: FieldError[]): unknown {
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
export function recordFieldOf(pointer: string, overrides: ReadonlyMap<string, string>): string {
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
