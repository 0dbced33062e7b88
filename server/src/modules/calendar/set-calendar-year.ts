/**
 * Enter or correct one year's holiday notice (administrators): the year's listed days are replaced as a
 * whole, in one transaction with its audit record. Rules checked: every date belongs to the year, appears
 * once, and a 调休上班 day is a Saturday or Sunday (a weekday is a working day anyway).
 */
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import { recordAudit } from '../audit/record-audit.js';
import { actorOf, type Principal } from '../identity/principal.js';
import type { CalendarDay } from './calendar-data.js';
import { invalidateCalendarCache, readCalendarDays } from './load-calendar.js';
import { isIsoDate, isWeekend } from './working-calendar.js';

export interface CalendarYearInput {
  year: number;
  source: string;
  noticeUrl: string | null;
  days: CalendarDay[];
}

export interface FieldProblem {
  field: string;
  message: string;
}

export function assertAdmin(p: Principal): void {
  if (!p.roles.includes('admin')) throw new DomainError('FORBIDDEN', '仅系统管理员可以维护工作日历');
}

export function checkCalendarYear(input: CalendarYearInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) {
    problems.push({ field: 'year', message: '年份应在 2000 至 2100 之间' });
  }
  if (input.source.trim() === '') problems.push({ field: 'source', message: '请填写通知名称及文号' });
  const seen = new Set<string>();
  input.days.forEach((d, i) => {
    const field = `days[${i}]`;
    if (!isIsoDate(d.date)) {
      problems.push({ field: `${field}.date`, message: `日期 ${d.date} 无效` });
      return;
    }
    if (Number(d.date.slice(0, 4)) !== input.year) {
      problems.push({ field: `${field}.date`, message: `日期 ${d.date} 不属于 ${input.year} 年` });
    }
    if (seen.has(d.date)) problems.push({ field: `${field}.date`, message: `日期 ${d.date} 重复` });
    seen.add(d.date);
    if (!d.isOff && !isWeekend(d.date)) {
      problems.push({ field: `${field}.isOff`, message: `${d.date} 不是周末，不能设为调休上班日` });
    }
    if (d.name.trim() === '') problems.push({ field: `${field}.name`, message: '请填写节日名称' });
  });
  return problems;
}

export async function setCalendarYear(deps: { db: Db; now: Date }, p: Principal, input: CalendarYearInput, meta: RequestMeta) {
  assertAdmin(p);
  const problems = checkCalendarYear(input);
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', '工作日历数据有误，请按提示修改', problems);
  const days = [...input.days].sort((a, b) => a.date.localeCompare(b.date));
  const source = input.source.trim();
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const before = await trx
        .selectFrom('calendar_years')
        .select(['source', 'notice_url'])
        .where('year', '=', input.year)
        .forUpdate()
        .executeTakeFirst();
      const beforeDays = before ? await readCalendarDays(trx, input.year) : [];
      await trx
        .insertInto('calendar_years')
        .values({ year: input.year, source, notice_url: input.noticeUrl, updated_at: deps.now, updated_by: p.accountId })
        .onConflict((oc) =>
          oc.column('year').doUpdateSet({ source, notice_url: input.noticeUrl, updated_at: deps.now, updated_by: p.accountId }),
        )
        .execute();
      await trx.deleteFrom('calendar_days').where('year', '=', input.year).execute();
      if (days.length > 0) {
        await trx
          .insertInto('calendar_days')
          .values(days.map((d) => ({ date: d.date, year: input.year, is_off: d.isOff, name: d.name.trim() })))
          .execute();
      }
      await recordAudit(
        trx,
        {
          actor: actorOf(p),
          action: before ? 'calendar.year.update' : 'calendar.year.create',
          targetType: 'calendar_year',
          targetId: String(input.year),
          requestId: meta.requestId,
          before: before
            ? { source: before.source, noticeUrl: before.notice_url, days: beforeDays.map(({ year: _y, ...d }) => d) }
            : undefined,
          after: { source, noticeUrl: input.noticeUrl, days },
          detail: {
            year: input.year,
            source,
            offDays: days.filter((d) => d.isOff).length,
            workDays: days.filter((d) => !d.isOff).length,
          },
        },
        deps.now,
      );
      return { year: input.year, source, noticeUrl: input.noticeUrl, updatedAt: deps.now, days };
    });
  } finally {
    invalidateCalendarCache(deps.db);
  }
}
