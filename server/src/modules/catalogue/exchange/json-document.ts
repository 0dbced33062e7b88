/**
 * The exchange as a JSON document: `{ format, standard, exportedAt, integration, items }`, where `standard`
 * names GB/T 39046-2020 and `integration` the integration whose codes the items use (null = national codes).
 */
import { parseExchangeDateTime } from './date-time.js';
import { isObject } from './field-names.js';
import { EXCHANGE_FORMAT, EXCHANGE_STANDARD, type ExchangeRecord, type FieldError } from './record-types.js';

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
