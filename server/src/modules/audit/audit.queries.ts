/** Reading the audit trail: for supervisors and administrators, and "who looked at my data" for a person. */
import type { Db } from '../../db/database.js';

export interface AuditFilter {
  action?: string;
  actorId?: string;
  targetType?: string;
  targetId?: string;
  limit: number;
  offset: number;
}

export async function listAudit(db: Db, f: AuditFilter) {
  let q = db.selectFrom('audit_log');
  if (f.action) q = q.where('action', '=', f.action);
  if (f.actorId) q = q.where('actor_id', '=', f.actorId);
  if (f.targetType) q = q.where('target_type', '=', f.targetType);
  if (f.targetId) q = q.where('target_id', '=', f.targetId);
  const [rows, total] = await Promise.all([
    q.selectAll().orderBy('id', 'desc').limit(f.limit).offset(f.offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** Staff reads of one person's data, newest first, with who read it and for what. */
export function listDataAccessFor(db: Db, personAccountId: string) {
  return db
    .selectFrom('audit_log')
    .leftJoin('staff', 'staff.account_id', 'audit_log.actor_id')
    .leftJoin('departments', 'departments.id', 'staff.department_id')
    .select(['audit_log.at', 'audit_log.action', 'audit_log.detail', 'staff.name as actor_name', 'departments.name as department_name'])
    .where('audit_log.target_type', '=', 'person')
    .where('audit_log.target_id', '=', personAccountId)
    .where('audit_log.action', 'like', 'person.%')
    .orderBy('audit_log.id', 'desc')
    .limit(200)
    .execute();
}
