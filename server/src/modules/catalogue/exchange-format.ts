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
 *
 * This file only re-exports the public API; the code lives in ./exchange/:
 * - record-types.ts — the record types (ExchangeRecord, ExchangeMaterial, …, FieldError, RowError,
 *   CodeMapper, CodeMapping), the columns in export order and the required ones, format/standard names
 * - code-mapper.ts — identityMapper and codeMapperFrom (national code ↔ an integration's code)
 * - field-names.ts — content key → record name trees: `ow_` structure conversion, error field names
 * - to-record.ts — export of one item: toExchangeRecord, renderHandleFlow
 * - from-record.ts — import of one record: fromExchangeRecord, parseHandleFlow, the Ajv content check
 * - record-fields.ts — ColumnReader, the typed column readers of the import
 * - csv.ts — toCsv, fromCsv, decodeCsvBytes
 * - json-document.ts — toJsonDocument, fromJsonDocument
 * - date-time.ts — parseExchangeDateTime (ISO 8601 and the GB/T 39046 forms)
 */
export { codeMapperFrom, identityMapper } from './exchange/code-mapper.js';
export { decodeCsvBytes, fromCsv, toCsv, type CsvImportResult } from './exchange/csv.js';
export { parseExchangeDateTime } from './exchange/date-time.js';
export { fromExchangeRecord, parseHandleFlow, type ImportRecordResult } from './exchange/from-record.js';
export { fromJsonDocument, toJsonDocument, type ExchangeDocumentMeta, type JsonImportResult } from './exchange/json-document.js';
export {
  EXCHANGE_COLUMNS,
  EXCHANGE_FORMAT,
  EXCHANGE_STANDARD,
  REQUIRED_COLUMNS,
  type Binary,
  type CodeMapper,
  type CodeMapping,
  type ExchangeFeeProject,
  type ExchangeItem,
  type ExchangeMaterial,
  type ExchangeProcessStep,
  type ExchangeQuestion,
  type ExchangeRecord,
  type ExchangeScenario,
  type FieldError,
  type RowError,
} from './exchange/record-types.js';
export { renderHandleFlow, toExchangeRecord } from './exchange/to-record.js';
