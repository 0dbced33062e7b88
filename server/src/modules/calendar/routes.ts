/**
 * Calendar API. Public: /api/calendar/status (missing-year warning), /api/calendar/due-date (n working
 * days after a date), /api/calendar/:year (the year's 放假 / 调休上班 days). Console (administrators write,
 * staff read): /api/console/calendar/years/:year and /api/console/calendar/closures.
 */
import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../../app.js';
import { DomainError } from '../../errors.js';
import { requireRoles, requireStaff } from '../../http/auth.js';
import { errors, IdParams, Ok } from '../../http/schemas.js';
import { metaOf } from '../identity/routes.js';
import { addHallClosure, listHallClosures, removeHallClosure, type HallClosure as ClosureRow } from './hall-closures.js';
import { calendarMissingError, calendarWarnings, loadWorkingCalendar, readCalendarDays } from './load-calendar.js';
import {
  CalendarStatus,
  CalendarYear,
  CalendarYearBody,
  ClosureBody,
  ClosureQuery,
  DueDate,
  DueDateQuery,
  HallClosure,
  YearParams,
} from './schemas.js';
import { setCalendarYear } from './set-calendar-year.js';
import { CalendarYearMissingError, endOfLocalDay, localDate } from './working-calendar.js';

const tags = ['calendar'];
const WRITE_ERRORS = errors(400, 401, 403, 404, 409);

const presentClosure = (c: ClosureRow) => ({ ...c, createdAt: c.createdAt.toISOString() });

export function calendarRoutes(deps: AppDeps): FastifyPluginAsync {
  const db = () => deps.database.db;
  const ctx = () => ({ db: deps.database.db, now: deps.clock.now() });

  return async (app) => {
    app.get(
      '/calendar/status',
      { schema: { tags, summary: '工作日历状态（本年、次年是否已导入）', response: { 200: CalendarStatus } } },
      async () => {
        const today = localDate(deps.clock.now());
        const years = (await db().selectFrom('calendar_years').select('year').orderBy('year').execute()).map((r) => r.year);
        const { missingYears } = await calendarWarnings(db(), today);
        return { today, years, missingYears };
      },
    );

    app.get(
      '/calendar/due-date',
      {
        schema: {
          tags,
          summary: '计算 n 个工作日后的日期（受理当日不计入）',
          querystring: DueDateQuery,
          response: { 200: DueDate, ...errors(400, 409) },
        },
      },
      async (request) => {
        const { start, days, hallId } = request.query;
        const calendar = await loadWorkingCalendar(db(), { hallId: hallId ?? null });
        try {
          const due = calendar.addWorkingDays(start, days);
          return { start, days, due, dueAt: endOfLocalDay(due).toISOString() };
        } catch (err) {
          if (err instanceof CalendarYearMissingError) throw calendarMissingError(err);
          throw err;
        }
      },
    );

    app.get(
      '/calendar/:year',
      {
        schema: {
          tags,
          summary: '某年的节假日与调休安排',
          params: YearParams,
          response: { 200: CalendarYear, ...errors(400, 404) },
        },
      },
      async (request) => {
        const { year } = request.params;
        const row = await db().selectFrom('calendar_years').selectAll().where('year', '=', year).executeTakeFirst();
        if (!row) throw new DomainError('NOT_FOUND', `尚未导入 ${year} 年的节假日安排`);
        const days = await readCalendarDays(db(), year);
        return {
          year,
          source: row.source,
          noticeUrl: row.notice_url,
          updatedAt: new Date(row.updated_at).toISOString(),
          days: days.map(({ date, isOff, name }) => ({ date, isOff, name })),
        };
      },
    );

    app.put(
      '/console/calendar/years/:year',
      {
        schema: {
          tags,
          summary: '录入或修改某年的节假日安排（整年替换）',
          params: YearParams,
          body: CalendarYearBody,
          response: { 200: CalendarYear, ...WRITE_ERRORS },
        },
      },
      async (request) => {
        const p = requireRoles(request, 'admin');
        const saved = await setCalendarYear(ctx(), p, { year: request.params.year, ...request.body }, metaOf(request));
        return { ...saved, updatedAt: saved.updatedAt.toISOString() };
      },
    );

    app.get(
      '/console/calendar/closures',
      {
        schema: {
          tags,
          summary: '大厅闭厅日',
          querystring: ClosureQuery,
          response: { 200: Type.Object({ items: Type.Array(HallClosure) }), ...errors(400, 401, 403) },
        },
      },
      async (request) => {
        requireStaff(request);
        return { items: (await listHallClosures(db(), request.query)).map(presentClosure) };
      },
    );

    app.post(
      '/console/calendar/closures',
      { schema: { tags, summary: '新增闭厅日', body: ClosureBody, response: { 201: HallClosure, ...WRITE_ERRORS } } },
      async (request, reply) => {
        const p = requireRoles(request, 'admin');
        const closure = await addHallClosure(ctx(), p, request.body, metaOf(request));
        return reply.status(201).send(presentClosure(closure));
      },
    );

    app.delete(
      '/console/calendar/closures/:id',
      { schema: { tags, summary: '删除闭厅日', params: IdParams, response: { 200: Ok, ...WRITE_ERRORS } } },
      async (request) => {
        const p = requireRoles(request, 'admin');
        await removeHallClosure(ctx(), p, request.params.id, metaOf(request));
        return { ok: true as const };
      },
    );
  };
}
