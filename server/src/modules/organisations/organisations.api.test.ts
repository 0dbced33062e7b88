import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Caller, type TestContext } from '../../../test/helpers.js';
import { ensureDivision, makeDepartment, makeStaff, PASSWORD, randomUscc } from '../../../test/factories.js';

let t: TestContext;
let admin: Caller;
let reviewer: Caller;
beforeAll(async () => {
  t = await createTestApp({ STAFF_MFA: 'waived' });
  await ensureDivision(t.db);
  const dept = await makeDepartment(t.db);
  admin = await login(t.app, 'staff', (await makeStaff(t.db, { departmentId: dept.id, roles: ['admin'] })).username, PASSWORD);
  reviewer = await login(t.app, 'staff', (await makeStaff(t.db, { departmentId: dept.id, roles: ['reviewer'] })).username, PASSWORD);
});
afterAll(() => t.close());

const post = (caller: Caller | null, url: string, payload: object) =>
  t.app.inject({ method: 'POST', url, headers: caller?.headers ?? {}, payload });

describe('departments', () => {
  it('an administrator creates and edits a department; each change is audited', async () => {
    const uscc = randomUscc();
    const res = await post(admin, '/api/departments', {
      name: '示范市退役军人事务局',
      shortName: '退役军人局',
      uscc,
      divisionCode: '990100',
      phone: '0999-6104001',
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id;
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/departments/${id}`,
      headers: admin.headers,
      payload: { status: 'inactive' },
    });
    expect(patch.json().status).toBe('inactive');
    const actions = (await t.db.selectFrom('audit_log').select('action').where('target_id', '=', id).orderBy('id').execute()).map(
      (r) => r.action,
    );
    expect(actions).toEqual(['department.create', 'department.update']);
    expect((await t.app.inject({ method: 'GET', url: '/api/departments' })).json().items.some((d: { id: string }) => d.id === id)).toBe(
      true,
    );
  });
  it('refuses a bad 统一社会信用代码, an unknown division and a duplicate, writing nothing', async () => {
    const count = async () =>
      (
        await t.db
          .selectFrom('departments')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    const before = await count();
    const good = randomUscc();
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    expect((await post(admin, '/api/departments', { name: '甲局', shortName: '甲', uscc: bad, divisionCode: '990100' })).json().code).toBe(
      'INVALID_USCC',
    );
    expect((await post(admin, '/api/departments', { name: '乙局', shortName: '乙', uscc: good, divisionCode: '990199' })).json().code).toBe(
      'INVALID_DIVISION_CODE',
    );
    expect((await post(admin, '/api/departments', { name: '丙局', shortName: '丙', uscc: good, divisionCode: '990100' })).statusCode).toBe(
      201,
    );
    const dup = await post(admin, '/api/departments', { name: '丙局', shortName: '丙', uscc: randomUscc(), divisionCode: '990100' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('ALREADY_EXISTS');
    expect(await count()).toBe(before + 1);
  });
  it('is closed to non-administrators and anonymous callers', async () => {
    const payload = { name: '丁局', shortName: '丁', uscc: randomUscc(), divisionCode: '990100' };
    expect((await post(reviewer, '/api/departments', payload)).statusCode).toBe(403);
    expect((await post(null, '/api/departments', payload)).statusCode).toBe(401);
  });
});

describe('halls and windows', () => {
  it('creates a hall with comprehensive and professional windows; a professional window needs a department', async () => {
    const hall = await post(admin, '/api/halls', {
      name: '示范县便民服务中心',
      divisionCode: '990100',
      address: '县府路 2 号',
      openingHours: '工作日 9:00-17:00',
    });
    expect(hall.statusCode, hall.body).toBe(201);
    const hallId = hall.json().id;
    expect((await post(admin, `/api/halls/${hallId}/windows`, { number: '1', name: '综合窗口', kind: 'comprehensive' })).statusCode).toBe(
      201,
    );
    const noDept = await post(admin, `/api/halls/${hallId}/windows`, { number: '2', name: '专业窗口', kind: 'professional' });
    expect(noDept.statusCode).toBe(400);
    const dept = await makeDepartment(t.db);
    const pro = await post(admin, `/api/halls/${hallId}/windows`, {
      number: '2',
      name: '专业窗口',
      kind: 'professional',
      departmentId: dept.id,
    });
    expect(pro.statusCode).toBe(201);
    expect((await post(admin, `/api/halls/${hallId}/windows`, { number: '2', name: '重复', kind: 'comprehensive' })).json().code).toBe(
      'ALREADY_EXISTS',
    );
    const list = (await t.app.inject({ method: 'GET', url: `/api/halls/${hallId}/windows` })).json();
    expect(list.items.map((w: { number: string }) => w.number)).toEqual(['1', '2']);
    const del = await t.app.inject({ method: 'DELETE', url: `/api/windows/${pro.json().id}`, headers: admin.headers });
    expect(del.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/halls/${hallId}/windows` })).json().items.length).toBe(1);
  });
});
