/** Reading accounts: by login identifier, and as a principal with roles and department. */
import type { Db } from '../../db/database.js';
import type { AccountKind } from '../../db/schema.js';
import type { PersonalDataCipher } from '../../lib/personal-data-cipher.js';
import type { Role } from './principal.js';

export async function findAccountForLogin(db: Db, cipher: PersonalDataCipher, kind: AccountKind, identifier: string) {
  const id = identifier.trim();
  let query = db.selectFrom('accounts').selectAll('accounts').where('accounts.kind', '=', kind);
  if (kind === 'staff') {
    query = query.where('accounts.username', '=', id.toLowerCase());
  } else if (kind === 'enterprise') {
    query = query.innerJoin('enterprises', 'enterprises.account_id', 'accounts.id').where('enterprises.uscc', '=', id.toUpperCase());
  } else {
    const bidx = cipher.blindIndex(id);
    query = query
      .innerJoin('persons', 'persons.account_id', 'accounts.id')
      .where((eb) => eb.or([eb('persons.id_number_bidx', '=', bidx), eb('persons.mobile_bidx', '=', bidx)]));
  }
  return query.executeTakeFirst();
}

export interface AccountView {
  id: string;
  kind: AccountKind;
  displayName: string;
  status: 'active' | 'disabled';
  roles: Role[];
  department: { id: string; name: string } | null;
  idNumberMasked?: string;
  mobileMasked?: string;
  uscc?: string;
  totpEnrolled: boolean;
}

export async function findAccountView(db: Db, accountId: string): Promise<AccountView | undefined> {
  const row = await db
    .selectFrom('accounts')
    .leftJoin('persons', 'persons.account_id', 'accounts.id')
    .leftJoin('enterprises', 'enterprises.account_id', 'accounts.id')
    .leftJoin('staff', 'staff.account_id', 'accounts.id')
    .leftJoin('departments', 'departments.id', 'staff.department_id')
    .select([
      'accounts.id',
      'accounts.kind',
      'accounts.display_name',
      'accounts.status',
      'accounts.totp_enrolled_at',
      'persons.id_number_hint',
      'persons.mobile_hint as person_mobile',
      'enterprises.uscc',
      'enterprises.mobile_hint as enterprise_mobile',
      'staff.mobile_hint as staff_mobile',
      'departments.id as department_id',
      'departments.name as department_name',
    ])
    .where('accounts.id', '=', accountId)
    .executeTakeFirst();
  if (!row) return undefined;
  const roles = await db.selectFrom('account_roles').select('role').where('account_id', '=', accountId).orderBy('role').execute();
  const mobile = row.person_mobile ?? row.enterprise_mobile ?? row.staff_mobile;
  return {
    id: row.id,
    kind: row.kind,
    displayName: row.display_name,
    status: row.status,
    roles: roles.map((r) => r.role as Role),
    department: row.department_id ? { id: row.department_id, name: row.department_name! } : null,
    ...(row.id_number_hint ? { idNumberMasked: row.id_number_hint } : {}),
    ...(mobile ? { mobileMasked: mobile } : {}),
    ...(row.uscc ? { uscc: row.uscc } : {}),
    totpEnrolled: row.totp_enrolled_at !== null,
  };
}
