// 一窗受理 identification (identifyWalkIn): a new person or enterprise gets a password-less account with its
// profile row, role and audit record in the caller's transaction; a known one is found by certificate
// number and must give the registered name; a mobile already used by another person is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomIdNumber, randomMobile, randomUscc } from '../../../test/factories.js';
import { createTestApp, type TestContext } from '../../../test/helpers.js';
import { digestOf } from '../audit/audit-record.js';
import { identifyWalkIn, type WalkInInput } from './identify-walk-in.js';

let t: TestContext;
const clerk = { accountId: '00000000-0000-4000-8000-0000000000c1', label: 'staff:walkin-clerk' };
const now = new Date('2026-03-02T02:00:00Z');

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const identify = (input: WalkInInput, requestId = 'req-walk-in') =>
  t.db.transaction().execute((trx) => identifyWalkIn(trx, { cipher: t.cipher, now }, clerk, input, requestId));

async function accountRows(accountId: string) {
  const [account, roles, audit] = await Promise.all([
    t.db.selectFrom('accounts').select(['kind', 'display_name', 'password_hash']).where('id', '=', accountId).executeTakeFirstOrThrow(),
    t.db.selectFrom('account_roles').select('role').where('account_id', '=', accountId).execute(),
    t.db.selectFrom('audit_log').selectAll().where('target_id', '=', accountId).execute(),
  ]);
  return { account, roles: roles.map((r) => r.role), audit };
}

const auditOf = (a: {
  actor_id: string | null;
  actor_label: string;
  action: string;
  target_type: string;
  request_id: string | null;
  after_digest: string | null;
  at: Date;
}) => ({
  actor_id: a.actor_id,
  actor_label: a.actor_label,
  action: a.action,
  target_type: a.target_type,
  request_id: a.request_id,
  after_digest: a.after_digest,
  at: a.at.toISOString(),
});

describe('a person at the window', () => {
  const idNumber = randomIdNumber();
  const mobile = randomMobile();
  let accountId: string;

  it('gets a password-less citizen account with the person row and one audit record', async () => {
    const r = await identify({ kind: 'person', name: ' 王五 ', idNumber: idNumber.toLowerCase(), mobile: ` ${mobile} ` });
    expect(r).toMatchObject({ name: '王五', created: true });
    accountId = r.accountId;
    const { account, roles, audit } = await accountRows(accountId);
    expect(account).toEqual({ kind: 'person', display_name: '王五', password_hash: null });
    expect(roles).toEqual(['citizen']);
    expect(audit.map(auditOf)).toEqual([
      {
        actor_id: clerk.accountId,
        actor_label: clerk.label,
        action: 'account.register_walk_in',
        target_type: 'account',
        request_id: 'req-walk-in',
        after_digest: digestOf({ kind: 'person', idNumberBidx: t.cipher.blindIndex(idNumber) }),
        at: now.toISOString(),
      },
    ]);
    const person = await t.db.selectFrom('persons').selectAll().where('account_id', '=', accountId).executeTakeFirstOrThrow();
    expect(person.name).toBe('王五');
    expect(t.cipher.decrypt(person.id_number_enc)).toBe(idNumber);
    expect(person.id_number_bidx).toBe(t.cipher.blindIndex(idNumber));
    expect(person.id_number_hint).toBe(`${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`);
    expect(t.cipher.decrypt(person.mobile_enc)).toBe(mobile);
    expect(person.mobile_bidx).toBe(t.cipher.blindIndex(mobile));
    expect(person.mobile_hint).toBe(`${mobile.slice(0, 3)}****${mobile.slice(-4)}`);
  });

  it('is found again by 身份证号 (no second account), and must give the registered name', async () => {
    const again = await identify({ kind: 'person', name: '王五', idNumber, mobile: randomMobile() });
    expect(again).toEqual({ accountId, name: '王五', created: false });
    expect((await accountRows(accountId)).audit).toHaveLength(1);
    await expect(identify({ kind: 'person', name: '王六', idNumber, mobile })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: '姓名与身份证号登记的信息不一致，请核对证件',
    });
  });

  it("cannot take another person's mobile; bad numbers are refused; nothing is written", async () => {
    const before = await t.db
      .selectFrom('accounts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    await expect(identify({ kind: 'person', name: '赵七', idNumber: randomIdNumber(), mobile })).rejects.toMatchObject({
      code: 'ALREADY_EXISTS',
    });
    await expect(identify({ kind: 'person', name: '赵七', idNumber: '110105194912310021', mobile: randomMobile() })).rejects.toMatchObject({
      code: 'INVALID_ID_NUMBER',
    });
    await expect(identify({ kind: 'person', name: '赵七', idNumber: randomIdNumber(), mobile: '12345' })).rejects.toMatchObject({
      code: 'INVALID_MOBILE',
    });
    const after = await t.db
      .selectFrom('accounts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });
});

describe('an enterprise at the window', () => {
  const uscc = randomUscc();
  const mobile = randomMobile();
  let accountId: string;

  it('gets a password-less enterprise account with the enterprise row and one audit record', async () => {
    const r = await identify({ kind: 'enterprise', name: '示范商贸有限公司', uscc: uscc.toLowerCase(), mobile }, 'req-ent');
    expect(r).toMatchObject({ name: '示范商贸有限公司', created: true });
    accountId = r.accountId;
    const { account, roles, audit } = await accountRows(accountId);
    expect(account).toEqual({ kind: 'enterprise', display_name: '示范商贸有限公司', password_hash: null });
    expect(roles).toEqual(['enterprise']);
    expect(audit.map(auditOf)).toEqual([
      {
        actor_id: clerk.accountId,
        actor_label: clerk.label,
        action: 'account.register_walk_in',
        target_type: 'account',
        request_id: 'req-ent',
        after_digest: digestOf({ kind: 'enterprise', uscc }),
        at: now.toISOString(),
      },
    ]);
    const e = await t.db.selectFrom('enterprises').selectAll().where('account_id', '=', accountId).executeTakeFirstOrThrow();
    expect(e).toMatchObject({ name: '示范商贸有限公司', uscc, legal_rep_name: '（窗口登记，待补充）' });
    expect(t.cipher.decrypt(e.mobile_enc)).toBe(mobile);
    expect(e.mobile_bidx).toBe(t.cipher.blindIndex(mobile));
    expect(e.mobile_hint).toBe(`${mobile.slice(0, 3)}****${mobile.slice(-4)}`);
  });

  it('is found again by 统一社会信用代码, and must give the registered name; a bad code is refused', async () => {
    expect(await identify({ kind: 'enterprise', name: '示范商贸有限公司', uscc, mobile: randomMobile() })).toEqual({
      accountId,
      name: '示范商贸有限公司',
      created: false,
    });
    await expect(identify({ kind: 'enterprise', name: '另一家公司', uscc, mobile })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: '单位名称与统一社会信用代码登记的信息不一致，请核对',
    });
    await expect(identify({ kind: 'enterprise', name: '另一家公司', uscc: '91990100MA0000001X', mobile })).rejects.toMatchObject({
      code: 'INVALID_USCC',
    });
    expect((await accountRows(accountId)).audit).toHaveLength(1);
  });
});
