/**
 * Hall closures (大厅闭厅日): extra days one service hall is closed, on top of the national calendar
 * (e.g. a local emergency or relocation). Administrators add and remove them; each write is audited.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import { isUniqueViolation } from '../../lib/pg-errors.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import { recordAudit } from '../audit/record-audit.js';
import { actorOf, type Principal } from '../identity/principal.js';
import { invalidateCalendarCache } from './load-calendar.js';
import { assertAdmin } from './set-calendar-year.js';
import { isIsoDate } from './working-calendar.js';

export interface HallClosure {
  id: string;
  hallId: string;
  hallName: string;
  date: string;
  reason: string;
  createdAt: Date;
}

export async function listHallClosures(db: Db, filter: { hallId?: string; year?: number }): Promise<HallClosure[]> {
  let q = db
    .selectFrom('hall_closures as c')
    .innerJoin('halls as h', 'h.id', 'c.hall_id')
    .select(['c.id', 'c.hall_id', 'h.name as hall_name', sql<string>`c.date::text`.as('date'), 'c.reason', 'c.created_at'])
    .orderBy('c.date')
    .orderBy('h.name');
  if (filter.hallId) q = q.where('c.hall_id', '=', filter.hallId);
  if (filter.year !== undefined) {
    q = q.where('c.date', '>=', `${filter.year}-01-01`).where('c.date', '<=', `${filter.year}-12-31`);
  }
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    hallId: r.hall_id,
    hallName: r.hall_name,
    date: r.date,
    reason: r.reason,
    createdAt: r.created_at,
  }));
}

export async function addHallClosure(
  deps: { db: Db; now: Date },
  p: Principal,
  input: { hallId: string; date: string; reason: string },
  meta: RequestMeta,
): Promise<HallClosure> {
  assertAdmin(p);
  const reason = input.reason.trim();
  if (!isIsoDate(input.date)) throw new DomainError('VALIDATION_FAILED', '日期无效', [{ field: 'date', message: '日期无效' }]);
  if (reason === '') throw new DomainError('VALIDATION_FAILED', '请填写闭厅原因', [{ field: 'reason', message: '请填写闭厅原因' }]);
  const hall = await deps.db.selectFrom('halls').select(['id', 'name']).where('id', '=', input.hallId).executeTakeFirst();
  if (!hall) throw new DomainError('NOT_FOUND', '政务服务大厅不存在');
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('hall_closures')
        .values({ hall_id: hall.id, date: input.date, reason, created_by: p.accountId, created_at: deps.now })
        .returning(['id', 'created_at'])
        .executeTakeFirstOrThrow();
      const closure = { id: row.id, hallId: hall.id, hallName: hall.name, date: input.date, reason, createdAt: row.created_at };
      await recordAudit(
        trx,
        {
          actor: actorOf(p),
          action: 'calendar.closure.add',
          targetType: 'hall_closure',
          targetId: row.id,
          requestId: meta.requestId,
          after: { hallId: hall.id, date: input.date, reason },
          detail: { hallId: hall.id, date: input.date },
        },
        deps.now,
      );
      return closure;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new DomainError('ALREADY_EXISTS', `该大厅 ${input.date} 已设为闭厅日`);
    throw err;
  } finally {
    invalidateCalendarCache(deps.db);
  }
}

export async function removeHallClosure(deps: { db: Db; now: Date }, p: Principal, id: string, meta: RequestMeta): Promise<void> {
  assertAdmin(p);
  try {
    await deps.db.transaction().execute(async (trx) => {
      const row = await trx
        .deleteFrom('hall_closures')
        .where('id', '=', id)
        .returning(['hall_id', sql<string>`date::text`.as('date'), 'reason'])
        .executeTakeFirst();
      if (!row) throw new DomainError('NOT_FOUND', '闭厅日不存在');
      await recordAudit(
        trx,
        {
          actor: actorOf(p),
          action: 'calendar.closure.remove',
          targetType: 'hall_closure',
          targetId: id,
          requestId: meta.requestId,
          before: { hallId: row.hall_id, date: row.date, reason: row.reason },
          detail: { hallId: row.hall_id, date: row.date },
        },
        deps.now,
      );
    });
  } finally {
    invalidateCalendarCache(deps.db);
  }
}
