/**
 * An application submitted as part of a 一件事 names its bundle — bundle application id and number, the
 * bundle's catalogue name — in 我的办件 and in its detail (applicant and staff), so the pages can link to
 * the bundle's progress page; a plain application answers bundle: null.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Caller, type TestContext } from '../../../test/helpers.js';
import { standardDefinition } from '../process/standard-definition.js';
import { publishItem, setUpFlow, uploadPdf, type FlowSetup } from './test-support.js';

let t: TestContext;
let s: FlowSetup;
let secondItemCode: string;
const BUNDLE_NAME = '开办测试一件事';

beforeAll(async () => {
  t = await createTestApp({ STAFF_MFA: 'waived' });
  t.clock.set(new Date('2026-03-02T02:00:00Z')); // Monday 10:00 in China; the 45-day joint limit stays inside 2026
  s = await setUpFlow(t);
  const second = await publishItem(t, s.departmentId, standardDefinition({ name: '测试流程二' }));
  secondItemCode = second.itemCode;
  const now = t.clock.now();
  const bundle = await t.db
    .insertInto('bundles')
    .values({ code: 'bundle-link-test', name: BUNDLE_NAME, audience: 'person', status: 'published', created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.db
    .insertInto('bundle_items')
    .values([
      { bundle_id: bundle.id, item_id: s.itemId, sort_order: 1 },
      { bundle_id: bundle.id, item_id: second.itemId, sort_order: 2 },
    ])
    .execute();
});
afterAll(() => t.close());

async function part(who: Caller, itemCode: string) {
  return {
    itemCode,
    formData: {},
    scenarioAnswers: { situation: 'new' },
    materials: [
      { materialKey: 'application', uploadIds: [await uploadPdf(t, who)] },
      { materialKey: 'business-licence', uploadIds: [await uploadPdf(t, who)] },
    ],
  };
}

interface Listed {
  id: string;
  number: string;
  bundle: { id: string; number: string; name: string } | null;
}

describe('一件事 link on the applicant’s applications', () => {
  let bundle: { id: string; number: string; applications: { id: string }[] };
  let plainId: string;

  beforeAll(async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/bundles/bundle-link-test/applications',
      headers: s.citizen.headers,
      payload: { parts: [await part(s.citizen, s.itemCode), await part(s.citizen, secondItemCode)], submitKey: 'bundle-link-0001' },
    });
    expect(res.statusCode, res.body).toBe(201);
    bundle = res.json();
    expect(bundle.applications).toHaveLength(2);
    const plain = await t.app.inject({
      method: 'POST',
      url: '/api/applications',
      headers: s.citizen.headers,
      payload: { ...(await part(s.citizen, s.itemCode)), submitKey: 'bundle-link-plain-0001' },
    });
    expect(plain.statusCode, plain.body).toBe(201);
    plainId = plain.json().id;
  });

  it('我的办件 names the bundle on each part and null on a plain application', async () => {
    const res = await t.app.inject({ url: '/api/applications?limit=50', headers: s.citizen.headers });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as Listed[];
    expect(items).toHaveLength(3);
    const expected = { id: bundle.id, number: bundle.number, name: BUNDLE_NAME };
    for (const a of bundle.applications) expect(items.find((x) => x.id === a.id)?.bundle).toEqual(expected);
    expect(items.find((x) => x.id === plainId)?.bundle).toBeNull();
  });

  it('the detail names the bundle for the applicant and for staff; a plain application has none', async () => {
    const expected = { id: bundle.id, number: bundle.number, name: BUNDLE_NAME };
    for (const a of bundle.applications) {
      const mine = await t.app.inject({ url: `/api/applications/${a.id}`, headers: s.citizen.headers });
      expect(mine.statusCode, mine.body).toBe(200);
      expect(mine.json().bundle).toEqual(expected);
    }
    const staff = await t.app.inject({ url: `/api/console/applications/${bundle.applications[0]!.id}`, headers: s.clerk.headers });
    expect(staff.statusCode, staff.body).toBe(200);
    expect(staff.json().bundle).toEqual(expected);
    const plain = await t.app.inject({ url: `/api/applications/${plainId}`, headers: s.citizen.headers });
    expect(plain.statusCode, plain.body).toBe(200);
    expect(plain.json().bundle).toBeNull();
  });

  it('an action answers with the detail still naming the bundle', async () => {
    const id = bundle.applications[0]!.id;
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/applications/${id}/withdraw`,
      headers: s.citizen.headers,
      payload: { reason: '信息填写有误，重新申请' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('withdrawn');
    expect(res.json().bundle).toEqual({ id: bundle.id, number: bundle.number, name: BUNDLE_NAME });
  });

  it('another account sees neither the parts nor their bundle', async () => {
    const res = await t.app.inject({ url: '/api/applications', headers: s.otherCitizen.headers });
    expect(res.json().items).toEqual([]);
    const detail = await t.app.inject({ url: `/api/applications/${bundle.applications[1]!.id}`, headers: s.otherCitizen.headers });
    expect(detail.statusCode).toBe(404);
  });
});
