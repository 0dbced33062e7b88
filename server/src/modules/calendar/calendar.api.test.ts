// Calendar API: the public year, status and due-date reads; administrators enter a year (whole-year
// replace + audit) and hall closures; other staff get 403, bad input 400, a missing year 409.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDivision, makeDepartment, makeStaff, PASSWORD } from '../../../test/factories.js';
import { createTestApp, login, type Caller, type TestContext } from '../../../test/helpers.js';
import { calendarWarnings, invalidateCalendarCache, loadWorkingCalendar } from './load-calendar.js';

let t: TestContext;
let admin: Caller;
let supervisor: Caller;
let hallId: string;

beforeAll(async () => {
  t = await createTestApp({ STAFF_MFA: 'waived' });
  const dept = await makeDepartment(t.db);
  admin = await login(t.app, 'staff', (await makeStaff(t.db, { departmentId: dept.id, roles: ['admin'] })).username, PASSWORD);
  supervisor = await login(t.app, 'staff', (await makeStaff(t.db, { departmentId: dept.id, roles: ['supervisor'] })).username, PASSWORD);
  const hall = await t.db
    .insertInto('halls')
    .values({
      name: '示范市政务服务中心',
      division_code: await ensureDivision(t.db),
      address: '示范路 1 号',
      opening_hours: '工作日 9:00-17:00',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  hallId = hall.id;
});
afterAll(() => t.close());

const get = (url: string, caller?: Caller) => t.app.inject({ method: 'GET', url, headers: caller?.headers ?? {} });
const send = (method: 'PUT' | 'POST' | 'DELETE', url: string, caller: Caller | undefined, payload?: object) =>
  t.app.inject({ method, url, headers: caller?.headers ?? {}, ...(payload ? { payload } : {}) });
const auditRows = (targetType: string) =>
  t.db.selectFrom('audit_log').selectAll().where('target_type', '=', targetType).orderBy('id').execute();

const YEAR_2027 = {
  source: '国务院办公厅关于2027年部分节假日安排的通知（测试）',
  noticeUrl: 'https://www.gov.cn/zhengce/example-2027.htm',
  days: [
    { date: '2027-01-01', isOff: true, name: '元旦' },
    { date: '2027-02-06', isOff: false, name: '春节调休上班' },
    { date: '2027-02-08', isOff: true, name: '春节' },
  ],
};

describe('public reads', () => {
  it('GET /api/calendar/2026 lists the notice days, 调休 Saturdays as working', async () => {
    const res = await get('/api/calendar/2026');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.source).toContain('2026年部分节假日安排的通知（2025年11月4日）');
    expect(body.days).toContainEqual({ date: '2026-02-14', isOff: false, name: '春节调休上班' });
    expect(body.days).toContainEqual({ date: '2026-02-23', isOff: true, name: '春节' });
    expect(body.days.filter((d: { isOff: boolean }) => !d.isOff)).toHaveLength(6);
  });

  it('a year without data is 404; a year out of range is 400', async () => {
    expect((await get('/api/calendar/2027')).statusCode).toBe(404);
    expect((await get('/api/calendar/1999')).statusCode).toBe(400);
    expect((await get('/api/calendar/abcd')).statusCode).toBe(400);
  });

  it('status warns that next year (2027) is missing', async () => {
    const res = await get('/api/calendar/status');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ today: '2026-03-02', years: [2025, 2026], missingYears: [2027] });
  });

  it('due-date counts working days after the start; into 2027 it is a 409 naming the year', async () => {
    const ok = await get('/api/calendar/due-date?start=2026-02-12&days=20');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ start: '2026-02-12', days: 20, due: '2026-03-18', dueAt: '2026-03-18T15:59:59.999Z' });
    const missing = await get('/api/calendar/due-date?start=2026-12-20&days=20');
    expect(missing.statusCode).toBe(409);
    expect(missing.json()).toMatchObject({ code: 'CALENDAR_YEAR_MISSING', details: { years: [2027] } });
    expect(missing.json().message).toContain('2027');
  });
});

describe('PUT /api/console/calendar/years/:year', () => {
  it('is for administrators only', async () => {
    expect((await send('PUT', '/api/console/calendar/years/2027', undefined, YEAR_2027)).statusCode).toBe(401);
    const res = await send('PUT', '/api/console/calendar/years/2027', supervisor, YEAR_2027);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
    expect((await get('/api/calendar/2027')).statusCode).toBe(404);
  });

  it('refuses bad input with every problem listed, and writes nothing', async () => {
    const res = await send('PUT', '/api/console/calendar/years/2027', admin, {
      ...YEAR_2027,
      days: [
        { date: '2027-03-03', isOff: false, name: '调休' }, // a Wednesday
        { date: '2026-12-31', isOff: true, name: '元旦' }, // another year
        { date: '2027-01-01', isOff: true, name: '元旦' },
        { date: '2027-01-01', isOff: true, name: '元旦' }, // duplicate
      ],
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
    expect(res.json().details.map((d: { field: string }) => d.field)).toEqual(['days[0].isOff', 'days[1].date', 'days[3].date']);
    const schemaBad = await send('PUT', '/api/console/calendar/years/2027', admin, { days: [], noticeUrl: null });
    expect(schemaBad.statusCode).toBe(400);
    const badDate = await send('PUT', '/api/console/calendar/years/2027', admin, {
      ...YEAR_2027,
      days: [{ date: '2027-02-30', isOff: true, name: '春节' }],
    });
    expect(badDate.statusCode).toBe(400);
    expect((await get('/api/calendar/2027')).statusCode).toBe(404);
    expect(await auditRows('calendar_year')).toHaveLength(0);
  });

  it('enters a year: public read, status and due dates use it at once; audited', async () => {
    const res = await send('PUT', '/api/console/calendar/years/2027', admin, YEAR_2027);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ year: 2027, source: YEAR_2027.source, days: YEAR_2027.days });
    expect((await get('/api/calendar/2027')).json().days).toEqual(YEAR_2027.days);
    expect((await get('/api/calendar/status')).json().missingYears).toEqual([]);
    // 2026-12-31 (Thu) + 2 working days: 2027-01-01 off, 01-02/03 weekend → 01-04, 01-05
    expect((await get('/api/calendar/due-date?start=2026-12-31&days=2')).json().due).toBe('2027-01-05');
    const [audit] = await auditRows('calendar_year');
    expect(audit).toMatchObject({ action: 'calendar.year.create', target_id: '2027', actor_id: admin.accountId });
    expect(audit!.detail).toMatchObject({ year: 2027, offDays: 2, workDays: 1 });
    expect(audit!.before_digest).toBeNull();
    expect(audit!.after_digest).not.toBeNull();
  });

  it('replaces the whole day list of the year on edit', async () => {
    const days = [{ date: '2027-01-01', isOff: true, name: '元旦' }];
    const res = await send('PUT', '/api/console/calendar/years/2027', admin, { ...YEAR_2027, days });
    expect(res.statusCode, res.body).toBe(200);
    expect((await get('/api/calendar/2027')).json().days).toEqual(days);
    expect((await get('/api/calendar/2026')).json().days.length).toBeGreaterThan(30);
    const audits = await auditRows('calendar_year');
    expect(audits.map((a) => a.action)).toEqual(['calendar.year.create', 'calendar.year.update']);
    expect(audits[1]!.before_digest).toBe(audits[0]!.after_digest);
  });
});

describe('hall closures', () => {
  let closureId: string;

  it('an administrator closes a hall for a day; due dates for that hall move', async () => {
    const res = await send('POST', '/api/console/calendar/closures', admin, { hallId, date: '2026-03-10', reason: '大厅设备检修' });
    expect(res.statusCode, res.body).toBe(201);
    closureId = res.json().id;
    expect(res.json()).toMatchObject({ hallId, hallName: '示范市政务服务中心', date: '2026-03-10', reason: '大厅设备检修' });
    expect((await get(`/api/calendar/due-date?start=2026-03-09&days=1&hallId=${hallId}`)).json().due).toBe('2026-03-11');
    expect((await get('/api/calendar/due-date?start=2026-03-09&days=1')).json().due).toBe('2026-03-10');
    const list = await get(`/api/console/calendar/closures?year=2026`, supervisor);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((c: { id: string }) => c.id)).toEqual([closureId]);
    expect((await auditRows('hall_closure')).map((a) => a.action)).toEqual(['calendar.closure.add']);
  });

  it('refuses a duplicate (409), an unknown hall (404), non-admins (403) and a bad date (400)', async () => {
    expect((await send('POST', '/api/console/calendar/closures', admin, { hallId, date: '2026-03-10', reason: '重复' })).statusCode).toBe(
      409,
    );
    const unknown = { hallId: '00000000-0000-4000-8000-000000000000', date: '2026-03-11', reason: '检修' };
    expect((await send('POST', '/api/console/calendar/closures', admin, unknown)).statusCode).toBe(404);
    expect(
      (await send('POST', '/api/console/calendar/closures', supervisor, { hallId, date: '2026-03-11', reason: '检修' })).statusCode,
    ).toBe(403);
    expect((await send('POST', '/api/console/calendar/closures', admin, { hallId, date: '2026-13-01', reason: '检修' })).statusCode).toBe(
      400,
    );
    expect((await send('DELETE', `/api/console/calendar/closures/${closureId}`, supervisor)).statusCode).toBe(403);
  });

  it('removing the closure restores the day, is audited, and a second removal is 404', async () => {
    const res = await send('DELETE', `/api/console/calendar/closures/${closureId}`, admin);
    expect(res.statusCode, res.body).toBe(200);
    expect((await get(`/api/calendar/due-date?start=2026-03-09&days=1&hallId=${hallId}`)).json().due).toBe('2026-03-10');
    expect((await auditRows('hall_closure')).map((a) => a.action)).toEqual(['calendar.closure.add', 'calendar.closure.remove']);
    expect((await send('DELETE', `/api/console/calendar/closures/${closureId}`, admin)).statusCode).toBe(404);
  });
});

describe('loadWorkingCalendar cache', () => {
  it('serves the cached calendar until a write of this module (or the TTL) refreshes it', async () => {
    expect((await loadWorkingCalendar(t.db)).hasYear(2028)).toBe(false);
    // another instance enters 2028 directly: this process keeps its cached copy for now
    await t.db
      .insertInto('calendar_years')
      .values({ year: 2028, source: '测试通知', notice_url: null, updated_at: new Date(), updated_by: null })
      .execute();
    expect((await loadWorkingCalendar(t.db)).hasYear(2028)).toBe(false);
    invalidateCalendarCache(t.db);
    expect((await loadWorkingCalendar(t.db)).hasYear(2028)).toBe(true);
    expect(await calendarWarnings(t.db, '2027-06-01')).toEqual({ missingYears: [] });
    expect(await calendarWarnings(t.db, '2028-06-01')).toEqual({ missingYears: [2029] });
  });

  it("overlays a hall's closures only when the hall is asked for", async () => {
    await t.db.insertInto('hall_closures').values({ hall_id: hallId, date: '2026-03-12', reason: '停电', created_by: null }).execute();
    invalidateCalendarCache(t.db);
    expect((await loadWorkingCalendar(t.db, { hallId })).isWorkingDay('2026-03-12')).toBe(false);
    expect((await loadWorkingCalendar(t.db, { hallId: null })).isWorkingDay('2026-03-12')).toBe(true);
  });
});
