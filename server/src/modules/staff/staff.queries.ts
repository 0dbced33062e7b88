/**
 * Reading staff accounts. Every query takes the caller's DepartmentScope and applies it in SQL, so a
 * department head never reads another department's staff, whichever route asks.
 */
import type { Db } from '../../db/database.js';
import type { DepartmentScope } from '../identity/principal.js';

function base(db: Db, scope: DepartmentScope) {
  let q = db
    .selectFrom('staff')
    .innerJoin('accounts', 'accounts.id', 'staff.account_id')
    .innerJoin('departments', 'departments.id', 'staff.department_id')
    .select([
      'accounts.id',
      'accounts.username',
      'accounts.status',
      'accounts.email',
      'accounts.totp_enrolled_at',
      'staff.name',
      'staff.department_id',
      'staff.window_id',
      'staff.mobile_hint',
      'departments.name as department_name',
    ]);
  if (!scope.all) {
    q = scope.departmentIds.length ? q.where('staff.department_id', 'in', scope.departmentIds) : q.where((eb) => eb.val(false));
  }
  return q;
}

export async function listStaff(db: Db, scope: DepartmentScope, f: { departmentId?: string; q?: string; limit: number; offset: number }) {
  let q = base(db, scope);
  if (f.departmentId) q = q.where('staff.department_id', '=', f.departmentId);
  if (f.q) {
    const like = `%${f.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('staff.name', 'like', like), eb('accounts.username', 'like', like)]));
  }
  const [rows, total] = await Promise.all([
    q.orderBy('departments.sort_order').orderBy('accounts.username').limit(f.limit).offset(f.offset).execute(),
    q
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export function findStaffInScope(db: Db, scope: DepartmentScope, accountId: string) {
  return base(db, scope).where('accounts.id', '=', accountId).executeTakeFirst();
}

export async function rolesOf(db: Db, accountIds: string[]) {
  if (!accountIds.length) return new Map<string, string[]>();
  const rows = await db
    .selectFrom('account_roles')
    .select(['account_id', 'role'])
    .where('account_id', 'in', accountIds)
    .orderBy('role')
    .execute();
  const map = new Map<string, string[]>();
  for (const r of rows) map.set(r.account_id, [...(map.get(r.account_id) ?? []), r.role]);
  return map;
}

export type StaffRow = NonNullable<Awaited<ReturnType<typeof findStaffInScope>>>;
