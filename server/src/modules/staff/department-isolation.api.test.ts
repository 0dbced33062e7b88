// Department isolation for every staff endpoint: a department head of A never reads or changes B's staff;
// administrators and supervisors have the whole government in scope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Caller, type TestContext } from '../../../test/helpers.js';
import { makeDepartment, makeStaff, PASSWORD } from '../../../test/factories.js';

let t: TestContext;
let headA: Caller;
let admin: Caller;
let clerkA: Caller;
let deptA: string;
let deptB: string;
let staffA: string;
let staffB: string;

beforeAll(async () => {
  t = await createTestApp({ STAFF_MFA: 'waived' });
  deptA = (await makeDepartment(t.db)).id;
  deptB = (await makeDepartment(t.db)).id;
  const h = await makeStaff(t.db, { departmentId: deptA, roles: ['department_head'] });
  const a = await makeStaff(t.db, { departmentId: deptA, roles: ['admin'] });
  const c = await makeStaff(t.db, { departmentId: deptA, roles: ['window_clerk'] });
  staffA = (await makeStaff(t.db, { departmentId: deptA, roles: ['reviewer'] })).id;
  staffB = (await makeStaff(t.db, { departmentId: deptB, roles: ['reviewer'] })).id;
  headA = await login(t.app, 'staff', h.username, PASSWORD);
  admin = await login(t.app, 'staff', a.username, PASSWORD);
  clerkA = await login(t.app, 'staff', c.username, PASSWORD);
});
afterAll(() => t.close());

const req = (caller: Caller, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: caller.headers, ...(payload ? { payload } : {}) });

describe('GET /api/staff', () => {
  it('lists only the own department for a department head, even when asked for another', async () => {
    const own = (await req(headA, 'GET', '/api/staff')).json();
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((s: { department: { id: string } }) => s.department.id === deptA)).toBe(true);
    const other = (await req(headA, 'GET', `/api/staff?departmentId=${deptB}`)).json();
    expect(other.items).toEqual([]);
    expect(other.total).toBe(0);
  });
  it('lists all departments for an administrator', async () => {
    const all = (await req(admin, 'GET', '/api/staff?limit=200')).json();
    const ids = all.items.map((s: { id: string }) => s.id);
    expect(ids).toContain(staffA);
    expect(ids).toContain(staffB);
  });
  it('is forbidden to staff without a managing role', async () => {
    const res = await req(clerkA, 'GET', '/api/staff');
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
  });
});

describe('single staff endpoints', () => {
  it('GET /api/staff/:id — own department yes, other no', async () => {
    expect((await req(headA, 'GET', `/api/staff/${staffA}`)).statusCode).toBe(200);
    const other = await req(headA, 'GET', `/api/staff/${staffB}`);
    expect(other.statusCode).toBe(404);
  });
  it('PATCH /api/staff/:id — cannot change another department’s staff', async () => {
    const res = await req(headA, 'PATCH', `/api/staff/${staffB}`, { name: '改名' });
    expect(res.statusCode).toBe(404);
    const row = await t.db.selectFrom('staff').select('name').where('account_id', '=', staffB).executeTakeFirstOrThrow();
    expect(row.name).not.toBe('改名');
  });
  it('PATCH — cannot move own staff into another department or grant admin', async () => {
    expect((await req(headA, 'PATCH', `/api/staff/${staffA}`, { departmentId: deptB })).json().code).toBe('OUT_OF_SCOPE');
    expect((await req(headA, 'PATCH', `/api/staff/${staffA}`, { roles: ['admin'] })).json().code).toBe('FORBIDDEN');
  });
  it('POST /api/staff — a head can only create staff in the own department', async () => {
    const payload = { username: 'newcomer.b', name: '新人', departmentId: deptB, roles: ['reviewer'], password: PASSWORD };
    expect((await req(headA, 'POST', '/api/staff', payload)).json().code).toBe('OUT_OF_SCOPE');
    const ok = await req(headA, 'POST', '/api/staff', { ...payload, username: 'newcomer.a', departmentId: deptA });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().department.id).toBe(deptA);
  });
  it('reset-password and reset-totp — not for another department', async () => {
    expect((await req(headA, 'POST', `/api/staff/${staffB}/reset-password`, { password: 'N3w-password' })).statusCode).toBe(404);
    expect((await req(headA, 'POST', `/api/staff/${staffB}/reset-totp`, {})).statusCode).toBe(404);
    expect((await req(admin, 'POST', `/api/staff/${staffB}/reset-totp`, {})).statusCode).toBe(200);
  });
});

describe('audit of staff changes', () => {
  it('writes an audit record in the same transaction as the change', async () => {
    const res = await req(admin, 'PATCH', `/api/staff/${staffB}`, { name: '改过名' });
    expect(res.statusCode, res.body).toBe(200);
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'staff.update')
      .where('target_id', '=', staffB)
      .execute();
    expect(audit.length).toBe(1);
    expect(audit[0]!.actor_id).toBe(admin.accountId);
    expect(audit[0]!.request_id).toBe(res.headers['x-request-id']);
  });
  it('disabling a staff member ends their sessions', async () => {
    const victim = await makeStaff(t.db, { departmentId: deptA, roles: ['reviewer'] });
    const session = await login(t.app, 'staff', victim.username, PASSWORD);
    expect((await req(headA, 'PATCH', `/api/staff/${victim.id}`, { status: 'disabled' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: session.headers })).json().authenticated).toBe(false);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { kind: 'staff', identifier: victim.username, password: PASSWORD },
    });
    expect(again.json().code).toBe('ACCOUNT_DISABLED');
  });
});

describe('audit and person endpoints by role', () => {
  it('/api/audit is for administrators and supervisors only', async () => {
    expect((await req(headA, 'GET', '/api/audit')).statusCode).toBe(403);
    expect((await req(admin, 'GET', '/api/audit')).statusCode).toBe(200);
  });
  it('a person lookup is recorded and shown to the person', async () => {
    const reg = await t.app.inject({
      method: 'POST',
      url: '/api/auth/register/person',
      payload: { name: '刘一', idNumber: '11010519491231002X', mobile: '13700000009', password: PASSWORD },
    });
    expect(reg.statusCode, reg.body).toBe(201);
    const found = await req(clerkA, 'POST', '/api/persons/lookup', { idNumber: '11010519491231002X', purpose: '窗口核验身份' });
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json().idNumberMasked).toBe('1101**********002X');
    const cookie = ([] as string[])
      .concat(reg.headers['set-cookie'] as string[])
      .find((c) => c.startsWith('ow_session='))!
      .split(';')[0]!;
    const log = await t.app.inject({ method: 'GET', url: '/api/me/data-access', headers: { cookie } });
    expect(log.json().items[0]).toMatchObject({ action: 'person.read', purpose: '窗口核验身份' });
    expect(log.json().items[0].actorName).toBe('测**');
  });
});
