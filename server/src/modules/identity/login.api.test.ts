import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerFromResponse, createTestApp, login, type TestContext } from '../../../test/helpers.js';
import { makeDepartment, makeStaff, PASSWORD, randomIdNumber, randomMobile } from '../../../test/factories.js';
import { totpCode } from './totp.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function registerPerson(idNumber = randomIdNumber(), mobile = randomMobile()) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/register/person',
    payload: { name: '王小明', idNumber, mobile, password: PASSWORD },
  });
  expect(res.statusCode, res.body).toBe(201);
  return { idNumber, mobile, res };
}

describe('person registration and login', () => {
  it('registers, masks identifiers and logs in by ID number or mobile', async () => {
    const { idNumber, mobile, res } = await registerPerson();
    const body = res.json();
    expect(body.account.idNumberMasked).toBe(`${idNumber.slice(0, 4)}**********${idNumber.slice(-4)}`);
    expect(body.account.mobileMasked).toBe(`${mobile.slice(0, 3)}****${mobile.slice(-4)}`);
    expect(res.body).not.toContain(idNumber);
    const row = await t.db.selectFrom('persons').selectAll().where('account_id', '=', body.account.id).executeTakeFirstOrThrow();
    expect(row.id_number_enc).not.toContain(idNumber);
    expect(t.cipher.decrypt(row.id_number_enc)).toBe(idNumber);
    expect(row.mobile_bidx).toBe(t.cipher.blindIndex(mobile));

    await expect(login(t.app, 'person', idNumber, PASSWORD)).resolves.toMatchObject({ accountId: body.account.id });
    await expect(login(t.app, 'person', mobile, PASSWORD)).resolves.toMatchObject({ accountId: body.account.id });
  });

  it('refuses an ID number with a wrong check digit and writes nothing', async () => {
    const good = randomIdNumber();
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const before = await t.db
      .selectFrom('accounts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register/person',
      payload: { name: '王小明', idNumber: bad, mobile: randomMobile(), password: PASSWORD },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('INVALID_ID_NUMBER');
    const after = await t.db
      .selectFrom('accounts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('refuses a second registration with the same ID number', async () => {
    const { idNumber } = await registerPerson();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register/person',
      payload: { name: '另一人', idNumber, mobile: randomMobile(), password: PASSWORD },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('ALREADY_EXISTS');
  });

  it('refuses a weak password', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register/person',
      payload: { name: '王', idNumber: randomIdNumber(), mobile: randomMobile(), password: 'password' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('WEAK_PASSWORD');
  });

  it('answers a wrong password with INVALID_CREDENTIALS and an unknown account the same way', async () => {
    const { mobile } = await registerPerson();
    for (const identifier of [mobile, randomMobile()]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { kind: 'person', identifier, password: 'Wrong-pass1' },
      });
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('INVALID_CREDENTIALS');
    }
  });
});

describe('enterprise registration', () => {
  it('checks the 统一社会信用代码 check character', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register/enterprise',
      payload: { name: '某公司', uscc: '91350100M000100Y44', legalRepName: '钱', mobile: randomMobile(), password: PASSWORD },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('INVALID_USCC');
    const good = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register/enterprise',
      payload: { name: '某公司', uscc: '91350100M000100Y43', legalRepName: '钱', mobile: randomMobile(), password: PASSWORD },
    });
    expect(good.statusCode, good.body).toBe(201);
    await expect(login(t.app, 'enterprise', '91350100m000100y43', PASSWORD)).resolves.toBeTruthy();
  });
});

describe('sessions', () => {
  it('expires after the idle limit and says SESSION_EXPIRED', async () => {
    const { res } = await registerPerson();
    const caller = callerFromResponse(res);
    const ok = await t.app.inject({ method: 'GET', url: '/api/me/data-access', headers: caller.headers });
    expect(ok.statusCode).toBe(200);
    t.clock.advance((t.config.sessionIdleMinutes + 1) * 60_000);
    const expired = await t.app.inject({ method: 'GET', url: '/api/me/data-access', headers: caller.headers });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('SESSION_EXPIRED');
  });

  it('rejects a write without the CSRF token, accepts it with the token', async () => {
    const { res } = await registerPerson();
    const caller = callerFromResponse(res);
    const without = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: caller.cookie } });
    expect(without.statusCode).toBe(403);
    expect(without.json().code).toBe('CSRF_REJECTED');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: caller.cookie, 'x-csrf-token': 'nope' },
    });
    expect(wrong.json().code).toBe('CSRF_REJECTED');
    const withToken = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: caller.headers });
    expect(withToken.statusCode).toBe(200);
    const after = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: caller.headers });
    expect(after.json().authenticated).toBe(false);
  });

  it('logs out everywhere', async () => {
    const { mobile } = await registerPerson();
    const a = await login(t.app, 'person', mobile, PASSWORD);
    const b = await login(t.app, 'person', mobile, PASSWORD);
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/logout-everywhere', headers: a.headers });
    expect(res.json().revoked).toBeGreaterThanOrEqual(2);
    const check = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: b.headers });
    expect(check.json().authenticated).toBe(false);
  });

  it('sets an HttpOnly SameSite cookie', async () => {
    const { res } = await registerPerson();
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] as string[]).find((c) => c.startsWith('ow_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });
});

describe('lockout', () => {
  it('locks after the threshold, refuses even the right password, and unlocks later', async () => {
    const { mobile } = await registerPerson();
    const attempt = (password: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { kind: 'person', identifier: mobile, password } });
    for (let i = 1; i < t.config.lockoutThreshold; i++) expect((await attempt('Wrong-pass1')).json().code).toBe('INVALID_CREDENTIALS');
    const locking = await attempt('Wrong-pass1');
    expect(locking.statusCode).toBe(423);
    expect(locking.json().code).toBe('ACCOUNT_LOCKED');
    expect((await attempt(PASSWORD)).json().code).toBe('ACCOUNT_LOCKED');
    t.clock.advance(6 * 60_000);
    expect((await attempt(PASSWORD)).statusCode).toBe(200);
    const failures = await t.db.selectFrom('audit_log').select('seq').where('action', '=', 'auth.login_failed').execute();
    expect(failures.length).toBeGreaterThanOrEqual(t.config.lockoutThreshold);
  });
});

describe('staff TOTP', () => {
  it('forces enrolment, then verification at every login; refuses wrong and replayed codes', async () => {
    const dept = await makeDepartment(t.db);
    const s = await makeStaff(t.db, { departmentId: dept.id, roles: ['reviewer'] });
    const first = await login(t.app, 'staff', s.username, PASSWORD);
    const blocked = await t.app.inject({ method: 'GET', url: '/api/me/data-access', headers: first.headers });
    expect(blocked.json().code).toBe('MFA_ENROLMENT_REQUIRED');

    const enrol = await t.app.inject({ method: 'POST', url: '/api/auth/totp/enrol', headers: first.headers, payload: {} });
    expect(enrol.statusCode, enrol.body).toBe(200);
    const { secret, qrDataUrl } = enrol.json();
    expect(qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/auth/totp/confirm',
      headers: first.headers,
      payload: { code: '000000' },
    });
    expect(wrong.json().code).toBe('INVALID_TOTP');
    const code = totpCode(secret, t.clock.now());
    const confirm = await t.app.inject({ method: 'POST', url: '/api/auth/totp/confirm', headers: first.headers, payload: { code } });
    expect(confirm.statusCode, confirm.body).toBe(200);
    expect(confirm.json().mfa).toBe('verified');
    expect((await t.app.inject({ method: 'GET', url: '/api/me/data-access', headers: first.headers })).statusCode).toBe(200);

    const second = await login(t.app, 'staff', s.username, PASSWORD);
    expect((await t.app.inject({ method: 'GET', url: '/api/me/data-access', headers: second.headers })).json().code).toBe('MFA_REQUIRED');
    const replay = await t.app.inject({ method: 'POST', url: '/api/auth/totp/verify', headers: second.headers, payload: { code } });
    expect(replay.json().code).toBe('INVALID_TOTP');
    t.clock.advance(30_000);
    const fresh = await t.app.inject({
      method: 'POST',
      url: '/api/auth/totp/verify',
      headers: second.headers,
      payload: { code: totpCode(secret, t.clock.now()) },
    });
    expect(fresh.statusCode, fresh.body).toBe(200);
  });
});
