/**
 * Numbers: the 办件编号 (application number: division + date + running number, readable, immutable), the
 * six-digit query code for the public progress lookup, and the numbers of notices (文号), counted per
 * department, kind and year: 「市场监管局受〔2026〕000012号」.
 */
import { randomInt } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { NoticeKindColumn } from './applications.tables.js';

export async function nextApplicationNumber(trx: Db, divisionCode: string, localDate: string): Promise<string> {
  const { rows } = await sql<{ n: number }>`SELECT nextval('application_number_seq') AS n`.execute(trx);
  return `${divisionCode}${localDate.replaceAll('-', '')}${String(rows[0]!.n).padStart(8, '0')}`;
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

export async function nextNoticeNumber(
  trx: Db,
  input: { departmentId: string; departmentShortName: string; kind: NoticeKindColumn; year: number },
): Promise<string> {
  const row = await trx
    .insertInto('notice_counters')
    .values({ department_id: input.departmentId, kind: input.kind, year: input.year, last_no: 1 })
    .onConflict((oc) => oc.columns(['department_id', 'kind', 'year']).doUpdateSet({ last_no: sql<number>`notice_counters.last_no + 1` }))
    .returning('last_no')
    .executeTakeFirstOrThrow();
  return `${input.departmentShortName}${NOTICE_MARK[input.kind]}〔${input.year}〕${String(row.last_no).padStart(6, '0')}号`;
}
