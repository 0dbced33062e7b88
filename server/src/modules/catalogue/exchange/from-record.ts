/**
 * Import of one exchange record (from the JSON document or CSV) into an item. A record from another system
 * that has only the national columns (GB/T 39046-2020 表4) still imports: every `ow_` field has a
 * documented fallback (e.g. steps from `handle_flow`, 网办深度等级 from 网上办理深度, originals/copies from
 * 纸质材料份数). Every problem of a record is reported at once, as `{ field, message }` with the record's own
 * field names (e.g. `materials[1].material_name`) and Chinese messages; the content is then checked against
 * the `ItemContent` schema with Ajv, configured as for request bodies (http/validation.ts).
 */
import { Ajv, type ErrorObject, type Options } from 'ajv';
import addFormatsImport from 'ajv-formats';
import { isValidUscc } from '@onewindow/common/validators';
import { NATIONAL_FORMATS } from '../../../http/validation.js';
import { VERSION_STATUSES } from '../catalogue.tables.js';
import { ItemContent, type ProcessStep } from '../item-content.js';
import { CONDITION_TREE, isObject, recordFieldOf, REPLACED_BY_TREE, SCENARIO_TREE, STEP_TREE, toContentShape } from './field-names.js';
import { ColumnReader } from './record-fields.js';
import { MATERIAL_EXTENSIONS, TOP_COLUMNS, type CodeMapper, type ExchangeItem, type FieldError } from './record-types.js';

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

const UNITS: Record<string, ItemContent['limitUnit']> = { 工作日: 'working_day', 自然日: 'natural_day' };

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
