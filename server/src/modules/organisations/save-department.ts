/** Create or change a department (admin). 统一社会信用代码 checked (GB 32100); the division must exist. */
import { isValidUscc } from '@onewindow/common/validators';
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import { isUniqueViolation } from '../../lib/pg-errors.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import { recordAudit } from '../audit/record-audit.js';
import { refreshSearchRow } from '../catalogue/refresh-search.js';
import type { Actor } from '../audit/audit-record.js';
import { divisionExists, findDepartment } from './organisations.queries.js';

export interface DepartmentFields {
  name?: string;
  shortName?: string;
  uscc?: string;
  divisionCode?: string;
  phone?: string | null;
  sortOrder?: number;
  status?: 'active' | 'inactive';
}

async function check(db: Db, f: DepartmentFields) {
  if (f.uscc !== undefined && !isValidUscc(f.uscc)) throw new DomainError('INVALID_USCC');
  if (f.divisionCode !== undefined && !(await divisionExists(db, f.divisionCode))) throw new DomainError('INVALID_DIVISION_CODE');
}

function columns(f: DepartmentFields) {
  return {
    ...(f.name !== undefined ? { name: f.name.trim() } : {}),
    ...(f.shortName !== undefined ? { short_name: f.shortName.trim() } : {}),
    ...(f.uscc !== undefined ? { uscc: f.uscc.toUpperCase() } : {}),
    ...(f.divisionCode !== undefined ? { division_code: f.divisionCode } : {}),
    ...(f.phone !== undefined ? { phone: f.phone } : {}),
    ...(f.sortOrder !== undefined ? { sort_order: f.sortOrder } : {}),
    ...(f.status !== undefined ? { status: f.status } : {}),
  };
}

const duplicate = () => new DomainError('ALREADY_EXISTS', '同名部门或相同统一社会信用代码的部门已存在');

export async function createDepartment(
  deps: { db: Db; now: Date },
  actor: Actor,
  f: Required<Pick<DepartmentFields, 'name' | 'shortName' | 'uscc' | 'divisionCode'>> & DepartmentFields,
  meta: RequestMeta,
) {
  await check(deps.db, f);
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('departments')
        .values({ name: f.name, short_name: f.shortName, uscc: f.uscc, division_code: f.divisionCode, ...columns(f) })
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(
        trx,
        { actor, action: 'department.create', targetType: 'department', targetId: row.id, requestId: meta.requestId, after: row },
        deps.now,
      );
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicate();
    throw err;
  }
}

export async function updateDepartment(deps: { db: Db; now: Date }, actor: Actor, id: string, f: DepartmentFields, meta: RequestMeta) {
  await check(deps.db, f);
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const before = await findDepartment(trx, id);
      if (!before) throw new DomainError('NOT_FOUND', '部门不存在');
      const row = await trx
        .updateTable('departments')
        .set({ ...columns(f), updated_at: deps.now })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      if (row.name !== before.name) {
        // The department name is part of its published items' search documents.
        const items = await trx.selectFrom('item_search').select('item_id').where('department_id', '=', id).execute();
        for (const item of items) await refreshSearchRow(trx, item.item_id);
      }
      await recordAudit(
        trx,
        {
          actor,
          action: 'department.update',
          targetType: 'department',
          targetId: id,
          requestId: meta.requestId,
          before,
          after: row,
          detail: { fields: Object.keys(f) },
        },
        deps.now,
      );
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw duplicate();
    throw err;
  }
}
