/**
 * Changes a staff account: name, department, roles, status, window; resets of password and second
 * factor. Disabling, moving department, changing roles or resetting credentials ends the person's sessions.
 */
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import { recordAudit } from '../audit/record-audit.js';
import { assertStrongPassword, hashPassword } from '../identity/password.js';
import { actorOf, departmentScope, type Principal, type StaffRole } from '../identity/principal.js';
import { revokeAllSessions } from '../identity/sessions.js';
import { findDepartment, findWindow } from '../organisations/organisations.queries.js';
import { findStaffInScope, rolesOf } from './staff.queries.js';
import { assertCanManageStaff } from './staff-policy.js';

export interface UpdateStaffInput {
  name?: string;
  departmentId?: string;
  roles?: StaffRole[];
  status?: 'active' | 'disabled';
  windowId?: string | null;
}

async function loadManaged(db: Db, p: Principal, accountId: string) {
  const row = await findStaffInScope(db, departmentScope(p), accountId);
  if (!row) {
    // Exists elsewhere? Then it is out of scope rather than missing — but say only "not found" to
    // department heads, so they cannot probe other departments.
    throw new DomainError('NOT_FOUND', '工作人员不存在');
  }
  return row;
}

export async function updateStaff(
  deps: { db: Db; now: Date },
  p: Principal,
  accountId: string,
  input: UpdateStaffInput,
  meta: RequestMeta,
) {
  const before = await loadManaged(deps.db, p, accountId);
  assertCanManageStaff(p, before.department_id, input.roles);
  if (input.departmentId !== undefined) {
    assertCanManageStaff(p, input.departmentId);
    if (!(await findDepartment(deps.db, input.departmentId))) throw new DomainError('NOT_FOUND', '部门不存在');
  }
  if (input.windowId && !(await findWindow(deps.db, input.windowId))) throw new DomainError('NOT_FOUND', '窗口不存在');
  if (
    accountId === p.accountId &&
    (input.status === 'disabled' || (input.roles && !input.roles.includes('admin') && p.roles.includes('admin')))
  ) {
    throw new DomainError('CONFLICT', '不能停用自己或撤销自己的管理员角色');
  }
  const beforeRoles = (await rolesOf(deps.db, [accountId])).get(accountId) ?? [];
  return deps.db.transaction().execute(async (trx) => {
    const staffSet = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.departmentId !== undefined ? { department_id: input.departmentId } : {}),
      ...(input.windowId !== undefined ? { window_id: input.windowId } : {}),
    };
    if (Object.keys(staffSet).length) await trx.updateTable('staff').set(staffSet).where('account_id', '=', accountId).execute();
    const accountSet = {
      ...(input.name !== undefined ? { display_name: input.name } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
    };
    if (Object.keys(accountSet).length)
      await trx
        .updateTable('accounts')
        .set({ ...accountSet, updated_at: deps.now })
        .where('id', '=', accountId)
        .execute();
    if (input.roles) {
      await trx.deleteFrom('account_roles').where('account_id', '=', accountId).execute();
      await trx
        .insertInto('account_roles')
        .values([...new Set(input.roles)].map((role) => ({ account_id: accountId, role })))
        .execute();
    }
    const sensitive =
      input.status === 'disabled' ||
      input.roles !== undefined ||
      (input.departmentId !== undefined && input.departmentId !== before.department_id);
    const revoked = sensitive ? await revokeAllSessions(trx, accountId, deps.now) : 0;
    await recordAudit(
      trx,
      {
        actor: actorOf(p),
        action: 'staff.update',
        targetType: 'account',
        targetId: accountId,
        requestId: meta.requestId,
        before: { ...before, roles: beforeRoles },
        after: input,
        detail: { fields: Object.keys(input), sessionsRevoked: revoked },
      },
      deps.now,
    );
  });
}

export async function resetStaffPassword(
  deps: { db: Db; now: Date },
  p: Principal,
  accountId: string,
  password: string,
  meta: RequestMeta,
) {
  const row = await loadManaged(deps.db, p, accountId);
  assertCanManageStaff(p, row.department_id);
  assertStrongPassword(password);
  const hash = await hashPassword(password);
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('accounts')
      .set({ password_hash: hash, failed_logins: 0, locked_until: null, updated_at: deps.now })
      .where('id', '=', accountId)
      .execute();
    const revoked = await revokeAllSessions(trx, accountId, deps.now);
    await recordAudit(
      trx,
      {
        actor: actorOf(p),
        action: 'staff.reset_password',
        targetType: 'account',
        targetId: accountId,
        requestId: meta.requestId,
        detail: { sessionsRevoked: revoked },
      },
      deps.now,
    );
  });
}

export async function resetStaffTotp(deps: { db: Db; now: Date }, p: Principal, accountId: string, meta: RequestMeta) {
  const row = await loadManaged(deps.db, p, accountId);
  assertCanManageStaff(p, row.department_id);
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('accounts')
      .set({ totp_secret_enc: null, totp_enrolled_at: null, totp_last_step: null, updated_at: deps.now })
      .where('id', '=', accountId)
      .execute();
    const revoked = await revokeAllSessions(trx, accountId, deps.now);
    await recordAudit(
      trx,
      {
        actor: actorOf(p),
        action: 'staff.reset_totp',
        targetType: 'account',
        targetId: accountId,
        requestId: meta.requestId,
        detail: { sessionsRevoked: revoked },
      },
      deps.now,
    );
  });
}
