/**
 * Writes the demo city once (idempotent: a second run changes nothing). Refuses in production mode.
 * One transaction with one audit record; passwords are hashed like any other.
 */
import { maskIdNumber, maskMobile } from '@onewindow/common/masking';
import { sql } from 'kysely';
import type { Config } from '../../config.js';
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import type { PersonalDataCipher } from '../../lib/personal-data-cipher.js';
import { recordAudit } from '../audit/record-audit.js';
import { hashPassword } from '../identity/password.js';
import { seedDemoCatalogue } from './catalogue/seed-catalogue.js';
import { DEMO_SEED_LOCK } from './seed-lock.js';
import {
  DEMO_DEPARTMENTS,
  DEMO_DIVISIONS,
  DEMO_ELDER,
  DEMO_ENTERPRISE,
  DEMO_HALL,
  DEMO_PASSWORD,
  DEMO_PERSON,
  DEMO_STAFF,
  demoUscc,
} from './demo-data.js';

export interface SeedResult {
  seeded: boolean;
}

export async function seedDemo(deps: { db: Db; cipher: PersonalDataCipher; config: Config; now: Date }): Promise<SeedResult> {
  if (deps.config.mode === 'production') throw new DomainError('SEED_REFUSED');
  const { db, cipher, now } = deps;
  const already = await db.selectFrom('divisions').select('code').where('code', '=', '990100').executeTakeFirst();
  if (already) return { seeded: await seedDemoCatalogue({ db, now }) };
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const wrote = await db.transaction().execute(async (trx) => {
    // Two demo instances starting at once on one PostgreSQL: the second waits, then finds the city there.
    await sql`SELECT pg_advisory_xact_lock(${DEMO_SEED_LOCK})`.execute(trx);
    if (await trx.selectFrom('divisions').select('code').where('code', '=', '990100').executeTakeFirst()) return false;
    await trx.insertInto('divisions').values(DEMO_DIVISIONS).execute();
    const departments = new Map<string, string>();
    for (const [i, d] of DEMO_DEPARTMENTS.entries()) {
      const row = await trx
        .insertInto('departments')
        .values({
          name: d.name,
          short_name: d.short_name,
          uscc: demoUscc(d.body),
          division_code: '990100',
          phone: d.phone,
          sort_order: (i + 1) * 10,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      departments.set(d.key, row.id);
    }
    const hall = await trx.insertInto('halls').values(DEMO_HALL).returning('id').executeTakeFirstOrThrow();
    const windows = new Map<string, string>();
    for (let n = 1; n <= 4; n++) {
      const w = await trx
        .insertInto('hall_windows')
        .values({ hall_id: hall.id, number: String(n), name: `综合受理窗口 ${n}`, kind: 'comprehensive' })
        .returning('id')
        .executeTakeFirstOrThrow();
      windows.set(String(n), w.id);
    }
    for (const [i, d] of DEMO_DEPARTMENTS.filter((d) => d.key !== 'zwb').entries()) {
      const number = String(i + 5);
      const w = await trx
        .insertInto('hall_windows')
        .values({ hall_id: hall.id, number, name: `${d.short_name}专业窗口`, kind: 'professional', department_id: departments.get(d.key)! })
        .returning('id')
        .executeTakeFirstOrThrow();
      windows.set(number, w.id);
    }
    for (const s of DEMO_STAFF) {
      const a = await trx
        .insertInto('accounts')
        .values({ kind: 'staff', username: s.username, display_name: s.name, password_hash: passwordHash })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('staff')
        .values({
          account_id: a.id,
          name: s.name,
          department_id: departments.get(s.department)!,
          window_id: s.window ? windows.get(s.window)! : null,
        })
        .execute();
      await trx
        .insertInto('account_roles')
        .values(s.roles.map((role) => ({ account_id: a.id, role })))
        .execute();
    }
    for (const p of [DEMO_PERSON, DEMO_ELDER]) {
      const a = await trx
        .insertInto('accounts')
        .values({ kind: 'person', display_name: p.name, password_hash: passwordHash, email: 'email' in p ? (p.email as string) : null })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .insertInto('persons')
        .values({
          account_id: a.id,
          name: p.name,
          id_number_enc: cipher.encrypt(p.idNumber),
          id_number_bidx: cipher.blindIndex(p.idNumber),
          id_number_hint: maskIdNumber(p.idNumber),
          mobile_enc: cipher.encrypt(p.mobile),
          mobile_bidx: cipher.blindIndex(p.mobile),
          mobile_hint: maskMobile(p.mobile),
        })
        .execute();
      await trx.insertInto('account_roles').values({ account_id: a.id, role: 'citizen' }).execute();
    }
    const e = await trx
      .insertInto('accounts')
      .values({ kind: 'enterprise', display_name: DEMO_ENTERPRISE.name, password_hash: passwordHash })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('enterprises')
      .values({
        account_id: e.id,
        name: DEMO_ENTERPRISE.name,
        uscc: DEMO_ENTERPRISE.uscc,
        legal_rep_name: DEMO_ENTERPRISE.legalRepName,
        mobile_enc: cipher.encrypt(DEMO_ENTERPRISE.mobile),
        mobile_bidx: cipher.blindIndex(DEMO_ENTERPRISE.mobile),
        mobile_hint: maskMobile(DEMO_ENTERPRISE.mobile),
      })
      .execute();
    await trx.insertInto('account_roles').values({ account_id: e.id, role: 'enterprise' }).execute();
    await recordAudit(
      trx,
      {
        actor: { id: null, label: 'system:seed' },
        action: 'demo.seed',
        targetType: 'system',
        detail: { departments: DEMO_DEPARTMENTS.length, staff: DEMO_STAFF.length },
      },
      now,
    );
    return true;
  });
  const catalogue = await seedDemoCatalogue({ db, now });
  return { seeded: wrote || catalogue };
}

/** The lines printed at start so a new user knows how to log in. */
export function demoAccountsBanner(): string {
  const rows = [
    ['个人 person', `${DEMO_PERSON.mobile} 或 ${DEMO_PERSON.idNumber}`, `${DEMO_PERSON.name}`],
    ['个人（长辈）', DEMO_ELDER.mobile, DEMO_ELDER.name],
    ['法人 enterprise', DEMO_ENTERPRISE.uscc, DEMO_ENTERPRISE.name],
    ...DEMO_STAFF.map((s) => [`工作人员 ${s.roles.join(',')}`, s.username, s.name]),
  ];
  return [
    `演示账号 / demo accounts (password 密码: ${DEMO_PASSWORD})`,
    ...rows.map(([kind, login, name]) => `  ${kind!.padEnd(30)} ${login!.padEnd(22)} ${name}`),
  ].join('\n');
}
