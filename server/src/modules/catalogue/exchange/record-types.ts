/**
 * The shape of the catalogue exchange record (事项库导入导出, one record per 实施清单): the columns of the
 * national exchange (国家政务服务平台 up_task_* tables, aligned with GB/T 39046-2020 表4;
 * ../shared/reference/cn-standards.md §1.2–1.4) at top level, child tables as arrays, and the `ow_`
 * extension fields for what the national schema has no column for. Also the column list in export order
 * with how a CSV cell holds each column, and the columns an import requires.
 */
import type { CodeListKey } from '../code-lists.js';
import type { ItemContent } from '../item-content.js';

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

/** One row of `code_mappings` (national code ↔ the integration's code). */
export interface CodeMapping {
  listKey: CodeListKey;
  nationalCode: string;
  externalCode: string;
}

export type CellKind = 'text' | 'int' | 'int?' | 'flag' | 'json';

/** Every record column in export order, with how a CSV cell holds it. */
export const COLUMNS = {
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

export const MATERIAL_EXTENSIONS = new Set([
  'ow_material_key',
  'ow_original_copies',
  'ow_photocopy_copies',
  'ow_replaced_by',
  'ow_material_applies_when',
]);

/** Every top-level record column, for lookups (known `ow_` fields and CSV extension columns). */
export const TOP_COLUMNS = new Set<string>(EXCHANGE_COLUMNS);

export const EXCHANGE_FORMAT = 'onewindow-catalogue';
export const EXCHANGE_STANDARD = 'GB/T 39046-2020';
