/** OIDC login outcomes: a new person, the same subject again, linking by 身份证号, staff, refusals. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDepartment, makeStaff, PASSWORD, randomIdNumber, randomMobile } from '../../../../test/factories.js';
import { login } from '../../../../test/helpers.js';
import { cookieOf, expectFailure, startOidcHarness, type OidcHarness } from './oidc-test-kit.js';

let h: OidcHarness;
beforeAll(async () => {
  h = await startOidcHarness();
});
afterAll(() => h?.close());

describe('OIDC login', () => {
  it('registers a new person on the first login (verification level 3, no password) and reuses the account on the next', async () => {
    const who = h.providerAccount({ name: '张三', phone_number: '+86 139 1234 5678' });
    const first = await h.logInAs(who.subject, '/my/applications?tab=open');
    expect(first.statusCode, first.body).toBe(302);
    expect(first.headers.location).toBe('/my/applications?tab=open');
    expect(cookieOf(first, 'ow_oidc')?.value).toBe('');

    const session = await h.sessionOf(first);
    expect(session).toMatchObject({
      authenticated: true,
      mfa: 'not_needed',
      account: { kind: 'person', displayName: '张三', roles: ['citizen'] },
    });
    expect(session.account.idNumberMasked).toBe(`${who.id_number.slice(0, 4)}**********${who.id_number.slice(-4)}`);
    expect(session.account.mobileMasked).toBe('139****5678');
    expect(JSON.stringify(session)).not.toContain(who.id_number);

    const accountId = session.account.id as string;
    const [person] = await h.personsWithIdNumber(who.id_number);
    expect(person).toMatchObject({
      account_id: accountId,
      name: '张三',
      verification_level: 3,
      mobile_bidx: h.t.cipher.blindIndex('13912345678'),
    });
    expect(h.t.cipher.decrypt(person!.id_number_enc)).toBe(who.id_number);
    const account = await h.t.db.selectFrom('accounts').selectAll().where('id', '=', accountId).executeTakeFirstOrThrow();
    expect(account.password_hash).toBeNull();
    const link = await h.t.db.selectFrom('external_identities').selectAll().where('subject', '=', who.subject).executeTakeFirstOrThrow();
    expect(link).toMatchObject({ provider: h.idp.issuer, account_id: accountId });

    const audit = await h.t.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('target_id', '=', accountId)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['account.register', 'account.link_identity', 'auth.login']);
    expect(audit[2]!.detail).toMatchObject({ method: 'oidc', provider: h.idp.issuer, mfa: 'not_needed' });
    expect(JSON.stringify(audit)).not.toContain(who.id_number);

    const second = await h.logInAs(who.subject);
    expect(second.statusCode).toBe(302);
    expect(second.headers.location).toBe('/');
    expect((await h.sessionOf(second)).account.id).toBe(accountId);
    expect(await h.personsWithIdNumber(who.id_number)).toHaveLength(1);
    const logins = await h.t.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', accountId)
      .where('action', '=', 'auth.login')
      .execute();
    expect(logins).toHaveLength(2);
  });

  it('links the subject to a password-registered person with the same 身份证号 instead of creating another', async () => {
    const idNumber = randomIdNumber();
    const mobile = randomMobile();
    const registered = await h.t.app.inject({
      method: 'POST',
      url: '/api/auth/register/person',
      payload: { name: '王五', idNumber, mobile, password: PASSWORD },
    });
    expect(registered.statusCode, registered.body).toBe(201);
    const accountId = registered.json().account.id as string;

    // the provider knows the person under another mobile number and spells the claim "idcard"
    const who = h.providerAccount({ name: '王五', id_number: undefined, idcard: idNumber.toLowerCase() });
    const res = await h.logInAs(who.subject);
    expect(res.statusCode, res.body).toBe(302);
    expect(res.headers.location).toBe('/');
    expect((await h.sessionOf(res)).account.id).toBe(accountId);

    const persons = await h.personsWithIdNumber(idNumber);
    expect(persons).toHaveLength(1);
    expect(persons[0]).toMatchObject({ account_id: accountId, verification_level: 3, mobile_bidx: h.t.cipher.blindIndex(mobile) });
    const link = await h.t.db.selectFrom('external_identities').selectAll().where('subject', '=', who.subject).executeTakeFirstOrThrow();
    expect(link.account_id).toBe(accountId);
    const audit = await h.t.db.selectFrom('audit_log').select('action').where('target_id', '=', accountId).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['account.register', 'account.link_identity', 'auth.login']);
    // the password still works
    await expect(login(h.t.app, 'person', idNumber, PASSWORD)).resolves.toMatchObject({ accountId });
  });

  it('creates one person when the same new subject completes two logins at once', async () => {
    const who = h.providerAccount();
    const flows = await Promise.all([h.start(), h.start()]);
    const callbacks = await Promise.all(flows.map((f) => h.idp.signIn(f.authorizationUrl, who.subject)));
    const results = await Promise.all(callbacks.map((cb, i) => h.callback(cb, flows[i]!.txCookie)));
    for (const res of results) expect(res.headers.location, res.headers.location as string).toBe('/');
    const ids = await Promise.all(results.map(async (res) => (await h.sessionOf(res)).account.id as string));
    expect(ids[0]).toBe(ids[1]);
    expect(await h.personsWithIdNumber(who.id_number)).toHaveLength(1);
  });

  it('lets a staff member linked to a subject in, with the second factor still to do', async () => {
    const department = await makeDepartment(h.t.db);
    const staff = await makeStaff(h.t.db, { departmentId: department.id, roles: ['reviewer'] });
    const who = h.providerAccount();
    await h.t.db.insertInto('external_identities').values({ provider: h.idp.issuer, subject: who.subject, account_id: staff.id }).execute();
    const res = await h.logInAs(who.subject, '/console');
    expect(res.headers.location).toBe('/console');
    const session = await h.sessionOf(res);
    expect(session).toMatchObject({ authenticated: true, mfa: 'enrol', account: { id: staff.id, kind: 'staff' } });
  });

  it('refuses a disabled account', async () => {
    const who = h.providerAccount();
    const first = await h.logInAs(who.subject);
    const accountId = (await h.sessionOf(first)).account.id as string;
    await h.t.db.updateTable('accounts').set({ status: 'disabled' }).where('id', '=', accountId).execute();
    expectFailure(await h.logInAs(who.subject), 'ACCOUNT_DISABLED');
  });

  it('refuses a provider account without a valid 身份证号 and creates nothing', async () => {
    const good = randomIdNumber();
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    for (const claims of [{ id_number: bad }, { id_number: undefined }]) {
      const who = h.providerAccount(claims);
      expectFailure(await h.logInAs(who.subject), 'OIDC_FAILED', 'id_number_invalid');
      const link = await h.t.db.selectFrom('external_identities').selectAll().where('subject', '=', who.subject).executeTakeFirst();
      expect(link).toBeUndefined();
    }
    expect(await h.personsWithIdNumber(bad)).toHaveLength(0);
  });

  it('refuses a new person whose mobile number another person already uses', async () => {
    const mobile = randomMobile();
    const owner = h.providerAccount({ phone_number: mobile });
    expect((await h.logInAs(owner.subject)).headers.location).toBe('/');
    const other = h.providerAccount({ phone_number: mobile });
    expectFailure(await h.logInAs(other.subject), 'OIDC_FAILED', 'mobile_taken');
    expect(await h.personsWithIdNumber(other.id_number)).toHaveLength(0);
  });
});
