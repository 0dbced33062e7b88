// Bad input never gets a 500 and never writes anything: malformed JSON, unknown fields, wrong types,
// oversized bodies, wrong content types, invalid national identifiers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Caller, type TestContext } from '../../test/helpers.js';
import { makeDepartment, makeStaff, PASSWORD, randomIdNumber, randomMobile } from '../../test/factories.js';

let t: TestContext;
let admin: Caller;
const counts = async () => {
  const n = async (table: 'accounts' | 'departments' | 'audit_log') =>
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
  return { accounts: await n('accounts'), departments: await n('departments'), audit: await n('audit_log') };
};

beforeAll(async () => {
  t = await createTestApp({ STAFF_MFA: 'waived', BODY_LIMIT_BYTES: '4096' });
  const dept = await makeDepartment(t.db);
  admin = await login(t.app, 'staff', (await makeStaff(t.db, { departmentId: dept.id, roles: ['admin'] })).username, PASSWORD);
});
afterAll(() => t.close());

const person = () => ({ name: '王五', idNumber: randomIdNumber(), mobile: randomMobile(), password: PASSWORD });

describe('bad input', () => {
  const cases: Array<[string, () => Promise<{ statusCode: number; json(): { code: string } }>, number, string]> = [
    [
      'malformed JSON',
      () =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/register/person',
          headers: { 'content-type': 'application/json' },
          payload: '{"name": "王五",',
        }),
      400,
      'MALFORMED_JSON',
    ],
    [
      'empty JSON body',
      () =>
        t.app.inject({ method: 'POST', url: '/api/auth/register/person', headers: { 'content-type': 'application/json' }, payload: '' }),
      400,
      'MALFORMED_JSON',
    ],
    [
      'unknown field',
      () => t.app.inject({ method: 'POST', url: '/api/auth/register/person', payload: { ...person(), isAdmin: true } }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'wrong type',
      () => t.app.inject({ method: 'POST', url: '/api/auth/register/person', payload: { ...person(), mobile: 13800000000 } }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'missing field',
      () => t.app.inject({ method: 'POST', url: '/api/auth/register/person', payload: { name: '王五' } }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'array instead of object',
      () => t.app.inject({ method: 'POST', url: '/api/auth/register/person', payload: [person()] }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'oversized body',
      () => t.app.inject({ method: 'POST', url: '/api/auth/register/person', payload: { ...person(), name: '王'.repeat(5000) } }),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'wrong content type',
      () => t.app.inject({ method: 'POST', url: '/api/auth/register/person', headers: { 'content-type': 'text/xml' }, payload: '<a/>' }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'invalid 身份证号',
      () => t.app.inject({ method: 'POST', url: '/api/auth/register/person', payload: { ...person(), idNumber: '110105194912310021' } }),
      400,
      'INVALID_ID_NUMBER',
    ],
    [
      'invalid mobile',
      () => t.app.inject({ method: 'POST', url: '/api/auth/register/person', payload: { ...person(), mobile: '12345678901' } }),
      400,
      'INVALID_MOBILE',
    ],
    [
      'invalid 统一社会信用代码',
      () =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/register/enterprise',
          payload: { name: '某', uscc: '91110000802100433C', legalRepName: '钱', mobile: randomMobile(), password: PASSWORD },
        }),
      400,
      'INVALID_USCC',
    ],
    [
      'bad uuid in path',
      () => t.app.inject({ method: 'PATCH', url: '/api/departments/not-a-uuid', headers: admin.headers, payload: { name: 'x' } }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'empty patch',
      () =>
        t.app.inject({
          method: 'PATCH',
          url: `/api/departments/00000000-0000-4000-8000-000000000000`,
          headers: admin.headers,
          payload: {},
        }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'bad query value',
      () => t.app.inject({ method: 'GET', url: '/api/staff?limit=abc', headers: admin.headers }),
      400,
      'VALIDATION_FAILED',
    ],
    [
      'unknown query parameter',
      () => t.app.inject({ method: 'GET', url: '/api/staff?drop=1', headers: admin.headers }),
      400,
      'VALIDATION_FAILED',
    ],
    ['unknown route', () => t.app.inject({ method: 'GET', url: '/api/nothing-here' }), 404, 'ROUTE_NOT_FOUND'],
    [
      'unknown department id',
      () =>
        t.app.inject({
          method: 'PATCH',
          url: `/api/departments/00000000-0000-4000-8000-000000000000`,
          headers: admin.headers,
          payload: { name: 'x' },
        }),
      404,
      'NOT_FOUND',
    ],
  ];

  for (const [name, send, status, code] of cases) {
    it(`${name} → ${status} ${code}, nothing written`, async () => {
      const before = await counts();
      const res = await send();
      expect(res.statusCode).toBe(status);
      expect(res.json().code).toBe(code);
      expect(await counts()).toEqual(before);
    });
  }

  it('names the unknown field in the details', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/register/person', payload: { ...person(), isAdmin: true } });
    expect(res.json().details).toEqual(expect.arrayContaining([expect.objectContaining({ unknownField: 'isAdmin' })]));
  });

  it('never answers with a stack or an English internal message', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{',
    });
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
    expect(res.json().message).toMatch(/[\u4e00-\u9fa5]/);
  });
});
