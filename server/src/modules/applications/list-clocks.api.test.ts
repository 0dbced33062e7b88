// The clocks in the lists (我的办件 and the staff inbox) run on each application's hall calendar — the
// national calendar plus that hall's closures — exactly as its own page does: a closure of one hall takes
// a working day off the remaining days of that hall's applications only (and the public progress lookup agrees).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureDivision, makeStaff, PASSWORD } from '../../../test/factories.js';
import { createTestApp, login, type Caller, type TestContext } from '../../../test/helpers.js';
import { standardDefinition } from '../process/standard-definition.js';
import { publishItem, setUpFlow, uploadPdf, type FlowSetup } from './test-support.js';

let t: TestContext;
let s: FlowSetup;
let admin: Caller;
/** application ids: one in hall A (which will close a day), one in hall B, one without a hall */
const ids = { hallA: '', hallB: '', noHall: '' };
/** what the public progress lookup needs for the hall A application */
let lookupA = { number: '', queryCode: '' };
let hallA: string;

interface Clock {
  dueDate: string | null;
  remainingDays: number | null;
  level: string | null;
}

beforeAll(async () => {
  t = await createTestApp({ STAFF_MFA: 'waived' });
  t.clock.set(new Date('2026-03-02T02:00:00Z')); // Monday 10:00 in China
  s = await setUpFlow(t);
  admin = await login(t.app, 'staff', (await makeStaff(t.db, { departmentId: s.departmentId, roles: ['admin'] })).username, PASSWORD);
  const division = await ensureDivision(t.db);
  const hall = async (name: string) =>
    (
      await t.db
        .insertInto('halls')
        .values({ name, division_code: division, address: '示范路 1 号', opening_hours: '工作日 9:00-17:00' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  hallA = await hall('示范市政务服务中心');
  const hallB = await hall('示范区政务服务中心');
  const itemIn = async (hallId: string) =>
    (await publishItem(t, s.departmentId, standardDefinition({ name: '测试流程' }), { hallId })).itemCode;
  const a = await submit(await itemIn(hallA), 'a');
  ids.hallA = a.id;
  lookupA = { number: a.number, queryCode: a.queryCode };
  ids.hallB = (await submit(await itemIn(hallB), 'b')).id;
  ids.noHall = (await submit(s.itemCode, 'none')).id;
});
afterAll(() => t.close());

async function submit(itemCode: string, key: string): Promise<{ id: string; number: string; queryCode: string }> {
  const uploads = { application: await uploadPdf(t, s.citizen), licence: await uploadPdf(t, s.citizen) };
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/applications',
    headers: s.citizen.headers,
    payload: {
      itemCode,
      formData: {},
      scenarioAnswers: { situation: 'new' },
      materials: [
        { materialKey: 'application', uploadIds: [uploads.application] },
        { materialKey: 'business-licence', uploadIds: [uploads.licence] },
      ],
      submitKey: `list-clocks-${key}`,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; number: string; queryCode: string };
}

async function mine(): Promise<Map<string, Clock>> {
  const res = await t.app.inject({ url: '/api/applications', headers: s.citizen.headers });
  expect(res.statusCode, res.body).toBe(200);
  return new Map((res.json().items as { id: string; clock: Clock }[]).map((i) => [i.id, i.clock]));
}

async function inbox(): Promise<Map<string, { clock: Clock; applicationClock: Clock }>> {
  const res = await t.app.inject({ url: '/api/console/inbox', headers: s.clerk.headers });
  expect(res.statusCode, res.body).toBe(200);
  return new Map(
    (res.json().items as { applicationId: string; clock: Clock; applicationClock: Clock }[]).map((i) => [
      i.applicationId,
      { clock: i.clock, applicationClock: i.applicationClock },
    ]),
  );
}

async function detailClock(id: string, who: Caller = s.citizen): Promise<Clock> {
  const res = await t.app.inject({ url: `/api/applications/${id}`, headers: who.headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().clock as Clock;
}

describe('list clocks follow the hall calendar', () => {
  it('before any closure every list shows the national figure: 5 working days to the 补正 deadline', async () => {
    const list = await mine();
    const box = await inbox();
    for (const id of Object.values(ids)) {
      // 收件 Monday 2026-03-02 → 补正 notice deadline 2026-03-09 (5 working days; also the acceptance task's limit)
      expect(list.get(id)).toMatchObject({ dueDate: '2026-03-09', remainingDays: 5 });
      expect(box.get(id)?.applicationClock).toEqual(list.get(id));
      expect(box.get(id)?.clock).toMatchObject({ dueDate: '2026-03-09', remainingDays: 5 });
    }
  });

  it("a closure of hall A takes a day off its application's remaining days in 我的办件 and the inbox, as on its own page", async () => {
    const closed = await t.app.inject({
      method: 'POST',
      url: '/api/console/calendar/closures',
      headers: admin.headers,
      payload: { hallId: hallA, date: '2026-03-04', reason: '大厅设备检修' },
    });
    expect(closed.statusCode, closed.body).toBe(201);

    const detailA = await detailClock(ids.hallA);
    expect(detailA).toMatchObject({ dueDate: '2026-03-09', remainingDays: 4 });
    const list = await mine();
    const box = await inbox();
    expect(list.get(ids.hallA)).toEqual(detailA);
    expect(box.get(ids.hallA)?.applicationClock).toEqual(detailA);
    expect(box.get(ids.hallA)?.clock).toMatchObject({ dueDate: '2026-03-09', remainingDays: 4 });
    // the public progress lookup of the same application agrees
    const progress = await t.app.inject({ url: `/api/progress?number=${lookupA.number}&code=${lookupA.queryCode}` });
    expect(progress.statusCode, progress.body).toBe(200);
    expect(progress.json().clock).toEqual(detailA);
    // the other hall and the application without a hall keep the national figure
    for (const id of [ids.hallB, ids.noHall]) {
      expect(list.get(id)).toMatchObject({ dueDate: '2026-03-09', remainingDays: 5 });
      expect(list.get(id)).toEqual(await detailClock(id));
      expect(box.get(id)?.applicationClock).toMatchObject({ remainingDays: 5 });
      expect(box.get(id)?.clock).toMatchObject({ remainingDays: 5 });
    }
  });
});
