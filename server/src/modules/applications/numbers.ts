/**
 * Numbers: the 办件编号 (application number: division + date + running number, readable, immutable), the
 * six-digit query code for the public progress lookup, and the numbers of notices (文号), counted per
 * department, kind and year: 「市场监管局受〔2026〕000012号」.
 */
import { randomInt } from 'node:crypto';
import { sql } from 'kysely';
import type { NoticeKindColumn } from './applications.tables.js';

/** The next application number, as an SQL expression for the INSERT (one statement, no separate nextval). */
export function nextApplicationNumber(divisionCode: string, localDate: string) {
  const prefix = `${divisionCode}${localDate.replaceAll('-', '')}`;
  return sql<string>`(SELECT ${prefix}::text || lpad(n::text, greatest(8, length(n::text)), '0') FROM (SELECT nextval('application_number_seq') AS n) AS seq)`;
}

export function newQueryCode(): string {
  return String(randomInt(1_000_000)).padStart(6, '0');
}

const NOTICE_MARK: Record<NoticeKindColumn, string> = {
  receipt: '收',
  acceptance: '受',
  correction: '补',
  refusal: '不受',
  special_procedure: '特',
  extension: '延',
  grant: '准',
  denial: '不准',
  tolerance: '容',
};

/** Digits of the running number in a notice number (more are used once a year passes 999,999). */
export const NUMBER_DIGITS = 6;

/** 「市场监管局受〔2026〕」: the part of a notice number before the running number and 号. */
export function noticePrefix(departmentShortName: string, kind: NoticeKindColumn, year: number): string {
  return `${departmentShortName}${NOTICE_MARK[kind]}〔${year}〕`;
}
