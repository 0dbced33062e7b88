/** Factories: each creates its own division/department/accounts with unique names, so tests never collide. */
import { randomBytes, randomInt } from 'node:crypto';
import { idNumberCheckChar, usccCheckChar } from '@onewindow/common/validators';
import type { Db } from '../src/db/database.js';
import { hashPassword } from '../src/modules/identity/password.js';

export const PASSWORD = 'Passw0rd!';
let passwordHash: Promise<string> | undefined;
const hashed = () => (passwordHash ??= hashPassword(PASSWORD));

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

export function randomUscc(prefix = '11990100'): string {
  let body = '';
  for (let i = 0; i < 9; i++) body += USCC_CHARS[randomInt(USCC_CHARS.length)];
  const first17 = prefix + body;
  return first17 + usccCheckChar(first17);
}

export function randomIdNumber(): string {
  const first17 = `990102${1950 + randomInt(50)}0${1 + randomInt(9)}1${randomInt(10)}${String(randomInt(1000)).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

export function randomMobile(): string {
  return `139${String(randomInt(100_000_000)).padStart(8, '0')}`;
}

export async function ensureDivision(db: Db) {
  await db
    .insertInto('divisions')
    .values([
      { code: '990000', name: '示范省', level: 1, parent_code: null },
      { code: '990100', name: '示范市', level: 2, parent_code: '990000' },
    ])
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  return '990100';
}

export async function makeDepartment(db: Db, name = `测试局${randomBytes(3).toString('hex')}`) {
  const division = await ensureDivision(db);
  return db
    .insertInto('departments')
    .values({ name, short_name: name.slice(0, 10), uscc: randomUscc(), division_code: division })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function makeStaff(db: Db, opts: { departmentId: string; roles: string[]; username?: string; name?: string }) {
  const username = opts.username ?? `u${randomBytes(4).toString('hex')}`;
  const account = await db
    .insertInto('accounts')
    .values({ kind: 'staff', username, display_name: opts.name ?? '测试员', password_hash: await hashed() })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('staff')
    .values({ account_id: account.id, name: opts.name ?? '测试员', department_id: opts.departmentId })
    .execute();
  await db
    .insertInto('account_roles')
    .values(opts.roles.map((role) => ({ account_id: account.id, role })))
    .execute();
  return { id: account.id, username };
}
