/** Creates a staff account in a department with roles and an initial password; the person enrols TOTP at first login. */
import { maskMobile } from '@onewindow/common/masking';
import { isValidMobile } from '@onewindow/common/validators';
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import { isUniqueViolation } from '../../lib/pg-errors.js';
import type { PersonalDataCipher } from '../../lib/personal-data-cipher.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import { recordAudit } from '../audit/record-audit.js';
import { assertStrongPassword, hashPassword } from '../identity/password.js';
import { actorOf, type Principal, type StaffRole } from '../identity/principal.js';
import { findDepartment } from '../organisations/organisations.queries.js';
import { assertCanManageStaff } from './staff-policy.js';

export interface CreateStaffInput {
  username: string;
  name: string;
  departmentId: string;
  roles: StaffRole[];
  mobile?: string;
  email?: string;
  password: string;
}

export async function createStaff(
  deps: { db: Db; cipher: PersonalDataCipher; now: Date },
  p: Principal,
  input: CreateStaffInput,
  meta: RequestMeta,
) {
  assertCanManageStaff(p, input.departmentId, input.roles);
  if (!(await findDepartment(deps.db, input.departmentId))) throw new DomainError('NOT_FOUND', '部门不存在');
  if (input.mobile !== undefined && !isValidMobile(input.mobile)) throw new DomainError('INVALID_MOBILE');
  assertStrongPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  const { db, cipher } = deps;
  try {
    return await db.transaction().execute(async (trx) => {
      const account = await trx
        .insertInto('accounts')
        .values({
          kind: 'staff',
          username: input.username.toLowerCase(),
          display_name: input.name,
          email: input.email ?? null,
          password_hash: passwordHash,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('staff')
        .values({
          account_id: account.id,
          name: input.name,
          department_id: input.departmentId,
          mobile_enc: input.mobile ? cipher.encrypt(input.mobile) : null,
          mobile_bidx: input.mobile ? cipher.blindIndex(input.mobile) : null,
          mobile_hint: input.mobile ? maskMobile(input.mobile) : null,
        })
        .execute();
      await trx
        .insertInto('account_roles')
        .values([...new Set(input.roles)].map((role) => ({ account_id: account.id, role })))
        .execute();
      await recordAudit(
        trx,
        {
          actor: actorOf(p),
          action: 'staff.create',
          targetType: 'account',
          targetId: account.id,
          requestId: meta.requestId,
          after: { username: input.username, departmentId: input.departmentId, roles: input.roles },
        },
        deps.now,
      );
      return account.id;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new DomainError('ALREADY_EXISTS', '用户名已被使用');
    throw err;
  }
}
