/**
 * Pure helpers of 导入导出: the download file name, the import format from a file name, the invalid rows
 * of a refused import (400 CATALOGUE_IMPORT_INVALID details.rows), and the code-mapping rows of one code
 * list (every national code, with the external code when one is mapped).
 */
import type { CodeEntry, CodeMapping } from './types';

export type ExchangeFormat = 'json' | 'csv';

const pad = (n: number) => String(n).padStart(2, '0');

/** 事项目录-2026-12-02.json (the local date). */
export function exportFileName(format: ExchangeFormat, now: Date, integration?: string): string {
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `事项目录${integration ? `-${integration}` : ''}-${date}.${format}`;
}

/** The format a chosen file is in, by its extension; null for anything else. */
export function formatOfFileName(name: string): ExchangeFormat | null {
  const ext = /\.([a-z]+)$/i.exec(name.trim())?.[1]?.toLowerCase();
  return ext === 'json' || ext === 'csv' ? ext : null;
}

export const INTEGRATION_PATTERN = /^[a-z][a-z0-9_-]{1,39}$/;

export interface ImportRowError {
  row: number;
  implementationCode?: string;
  errors: Array<{ field: string; message: string }>;
}

/** details.rows of a refused import, read defensively (unknown entries are skipped). */
export function importRowErrors(details: unknown): ImportRowError[] {
  const rows = (details as { rows?: unknown } | null | undefined)?.rows;
  if (!Array.isArray(rows)) return [];
  return rows.flatMap((r: unknown): ImportRowError[] => {
    if (typeof r !== 'object' || r === null) return [];
    const { row, implementationCode, errors } = r as { row?: unknown; implementationCode?: unknown; errors?: unknown };
    if (typeof row !== 'number') return [];
    const list = Array.isArray(errors)
      ? errors.flatMap((e: unknown) => {
          const { field, message } = (e ?? {}) as { field?: unknown; message?: unknown };
          return typeof message === 'string' ? [{ field: typeof field === 'string' ? field : '', message }] : [];
        })
      : [];
    return [{ row, ...(typeof implementationCode === 'string' ? { implementationCode } : {}), errors: list }];
  });
}

export interface MappingRow {
  nationalCode: string;
  label: string;
  externalCode: string | null;
}

/** Every code of one list with its mapping for the integration (codes without one pass through unchanged). */
export function mappingRows(listKey: string, entries: readonly CodeEntry[], mappings: readonly CodeMapping[]): MappingRow[] {
  const mapped = new Map(mappings.filter((m) => m.listKey === listKey).map((m) => [m.nationalCode, m.externalCode]));
  return entries.map((e) => ({ nationalCode: e.code, label: e.label, externalCode: mapped.get(e.code) ?? null }));
}

/** The integrations that have any mapping, sorted (to offer as choices). */
export function integrationsOf(mappings: readonly CodeMapping[]): string[] {
  return [...new Set(mappings.map((m) => m.integration))].sort();
}
