/** Create or change a service hall (政务服务中心), admin only. */
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import { isUniqueViolation } from '../../lib/pg-errors.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import type { Actor } from '../audit/audit-record.js';
import { recordAudit } from '../audit/record-audit.js';
import { divisionExists, findHall } from './organisations.queries.js';

export interface HallFields {
  name?: string;
  divisionCode?: string;
  address?: string;
  openingHours?: string;
  phone?: string | null;
}

function columns(f: HallFields) {
  return {
    ...(f.name !== undefined ? { name: f.name.trim() } : {}),
    ...(f.divisionCode !== undefined ? { division_code: f.divisionCode } : {}),
    ...(f.address !== undefined ? { address: f.address.trim() } : {}),
    ...(f.openingHours !== undefined ? { opening_hours: f.openingHours.trim() } : {}),
    ...(f.phone !== undefined ? { phone: f.phone } : {}),
  };
}

export async function saveHall(deps: { db: Db; now: Date }, actor: Actor, id: string | null, f: HallFields, meta: RequestMeta) {
  if (f.divisionCode !== undefined && !(await divisionExists(deps.db, f.divisionCode))) throw new DomainError('INVALID_DIVISION_CODE');
  try {
    return await deps.db.transaction().execute(async (trx) => {
      if (id === null) {
        const row = await trx
          .insertInto('halls')
          .values({ name: f.name!, division_code: f.divisionCode!, address: f.address!, opening_hours: f.openingHours!, ...columns(f) })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(
          trx,
          { actor, action: 'hall.create', targetType: 'hall', targetId: row.id, requestId: meta.requestId, after: row },
          deps.now,
        );
        return row;
      }
      const before = await findHall(trx, id);
      if (!before) throw new DomainError('NOT_FOUND', '大厅不存在');
      const row = await trx
        .updateTable('halls')
        .set({ ...columns(f), updated_at: deps.now })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await recordAudit(
        trx,
        { actor, action: 'hall.update', targetType: 'hall', targetId: id, requestId: meta.requestId, before, after: row },
        deps.now,
      );
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new DomainError('ALREADY_EXISTS', '同名大厅已存在');
    throw err;
  }
}
