/**
 * The exchange as CSV: one row per item under a header row of the column names; nested arrays and `ow_`
 * structures as JSON text in their cell. Written with a UTF-8 BOM for Excel; read back from UTF-8 or
 * GB 18030 (Excel on a Chinese Windows), with errors numbered by spreadsheet row.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import {
  COLUMNS,
  EXCHANGE_COLUMNS,
  REQUIRED_COLUMNS,
  TOP_COLUMNS,
  type CellKind,
  type ExchangeRecord,
  type RowError,
} from './record-types.js';

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
