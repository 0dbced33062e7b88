// Every change writes its audit record; editing, deleting or truncating the chain is detected and the
// first broken record is named.
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, login, type Caller, type TestContext } from '../../../test/helpers.js';
import { makeDepartment, makeStaff, PASSWORD, randomIdNumber, randomMobile } from '../../../test/factories.js';
import { sealAuditChain } from './seal-audit-chain.js';
import { verifyAuditChain } from './verify-audit-chain.js';

let t: TestContext;
let admin: Caller;
beforeEach(async () => {
  t = await createTestApp({ STAFF_MFA: 'waived' });
  const dept = await makeDepartment(t.db);
  admin = await login(t.app, 'staff', (await makeStaff(t.db, { departmentId: dept.id, roles: ['admin'] })).username, PASSWORD);
  for (let i = 0; i < 3; i++) {
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/register/person',
      payload: { name: '审计', idNumber: randomIdNumber(), mobile: randomMobile(), password: PASSWORD },
    });
  }
  // the sealer job has chained these records (tampering is about sealed records)
  await sealAuditChain(t.db);
});
afterEach(() => t.close());

describe('audit chain', () => {
  it('is intact after normal use, and the API reports it', async () => {
    const report = await verifyAuditChain(t.db);
    expect(report).toEqual({ ok: true, checked: 4 }); // 1 login + 3 registrations
    expect((await t.app.inject({ url: '/api/audit/verify', headers: admin.headers })).json()).toEqual({ ok: true, checked: 4 });
  });
  it('a new record is written unsealed in its transaction and chained by the sealer in insertion order', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/register/person',
      payload: { name: '审计', idNumber: randomIdNumber(), mobile: randomMobile(), password: PASSWORD },
    });
    const pending = await t.db.selectFrom('audit_log').select(['id', 'seq', 'hash']).where('seq', 'is', null).execute();
    expect(pending).toHaveLength(1);
    expect(pending[0]!.hash).toBeNull();
    expect(await sealAuditChain(t.db)).toBe(1);
    expect(await sealAuditChain(t.db)).toBe(0);
    const rows = await t.db.selectFrom('audit_log').select(['id', 'seq']).orderBy('id').execute();
    expect(rows.map((r) => Number(r.seq))).toEqual(rows.map((_, i) => i + 1));
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, checked: 5 });
  });
  it('detects an edited record', async () => {
    await sql`UPDATE audit_log SET actor_label = 'someone else' WHERE seq = 2`.execute(t.db);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, checked: 1, firstBroken: { seq: 2 } });
  });
  it('detects a deleted record in the middle', async () => {
    await sql`DELETE FROM audit_log WHERE seq = 3`.execute(t.db);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, firstBroken: { seq: 3 } });
  });
  it('detects deleted newest records', async () => {
    await sql`DELETE FROM audit_log WHERE seq = 4`.execute(t.db);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, firstBroken: { seq: 4 } });
  });
  it('detects a record rewritten with a recomputed own hash (chain link broken)', async () => {
    await sql`UPDATE audit_log SET hash = repeat('a', 64) WHERE seq = 2`.execute(t.db);
    const report = await verifyAuditChain(t.db);
    expect(report.ok).toBe(false);
    expect(report.firstBroken!.seq).toBe(2);
  });
  it('a failed change leaves no audit record', async () => {
    const before = (await verifyAuditChain(t.db)).checked;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/departments',
      headers: admin.headers,
      payload: { name: '重复', shortName: 'x', uscc: '91350100M000100Y43', divisionCode: '990199' },
    });
    expect(res.statusCode).toBe(400);
    expect((await verifyAuditChain(t.db)).checked).toBe(before);
  });
});
