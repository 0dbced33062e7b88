/**
 * Windows of a hall: 综合受理窗口 (comprehensive, any department's items — 一窗受理) or 专业窗口 of one
 * department. Create, change, delete (admin only); a window a staff member sits at is released on delete.
 */
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import { isUniqueViolation } from '../../lib/pg-errors.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import type { Actor } from '../audit/audit-record.js';
import { recordAudit } from '../audit/record-audit.js';
import { findDepartment, findHall, findWindow } from './organisations.queries.js';

export interface WindowFields {
  number?: string;
  name?: string;
  kind?: 'comprehensive' | 'professional';
  departmentId?: string | null;
  status?: 'open' | 'closed';
}

async function check(db: Db, f: WindowFields, current?: { kind: string; department_id: string | null }) {
  const kind = f.kind ?? current?.kind;
  const departmentId = f.departmentId !== undefined ? f.departmentId : (current?.department_id ?? null);
  if (kind === 'professional' && !departmentId) {
    throw new DomainError('VALIDATION_FAILED', '专业窗口必须指定所属部门', [{ field: 'body.departmentId', rule: 'required' }]);
  }
  if (departmentId && !(await findDepartment(db, departmentId))) throw new DomainError('NOT_FOUND', '部门不存在');
}

const duplicate = () => new DomainError('ALREADY_EXISTS', '该大厅已有相同编号的窗口');

export async function createWindow(
  deps: { db: Db; now: Date },
  actor: Actor,
  hallId: string,
  f: Required<Pick<WindowFields, 'number' | 'name' | 'kind'>> & WindowFields,
  meta: RequestMeta,
) {
  if (!(await findHall(deps.db, hallId))) throw new DomainError('NOT_FOUND', '大厅不存在');
  await check(deps.db, f);
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('hall_windows')
        .values({ hall_id: hallId, number: f.number.trim(), name: f.name.trim(), kind: f.kind, department_id: f.departmentId ?? null })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(
        trx,
        { actor, action: 'window.create', targetType: 'hall_window', targetId: row.id, requestId: meta.requestId, after: row },
        deps.now,
      );
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicate();
    throw err;
  }
}

export async function updateWindow(deps: { db: Db; now: Date }, actor: Actor, id: string, f: WindowFields, meta: RequestMeta) {
  const before = await findWindow(deps.db, id);
  if (!before) throw new DomainError('NOT_FOUND', '窗口不存在');
  await check(deps.db, f, before);
  const set = {
    ...(f.number !== undefined ? { number: f.number.trim() } : {}),
    ...(f.name !== undefined ? { name: f.name.trim() } : {}),
    ...(f.kind !== undefined ? { kind: f.kind } : {}),
    ...(f.departmentId !== undefined ? { department_id: f.departmentId } : {}),
    ...(f.status !== undefined ? { status: f.status } : {}),
  };
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const row = await trx.updateTable('hall_windows').set(set).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
      await recordAudit(
        trx,
        { actor, action: 'window.update', targetType: 'hall_window', targetId: id, requestId: meta.requestId, before, after: row },
        deps.now,
      );
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicate();
    throw err;
  }
}

export async function deleteWindow(deps: { db: Db; now: Date }, actor: Actor, id: string, meta: RequestMeta) {
  await deps.db.transaction().execute(async (trx) => {
    const before = await findWindow(trx, id);
    if (!before) throw new DomainError('NOT_FOUND', '窗口不存在');
    await trx.deleteFrom('hall_windows').where('id', '=', id).execute();
    await recordAudit(
      trx,
      { actor, action: 'window.delete', targetType: 'hall_window', targetId: id, requestId: meta.requestId, before },
      deps.now,
    );
  });
}
