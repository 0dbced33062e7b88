/** Test setup for application flows: a department with its staff, a published item with a published process, a citizen. */
import { randomBytes } from 'node:crypto';
import { ensureDivision, makeDepartment, makeStaff, PASSWORD, randomIdNumber, randomMobile } from '../../../test/factories.js';
import { login, type Caller, type TestContext } from '../../../test/helpers.js';
import { contentDigest } from '../catalogue/content-digest.js';
import type { ItemContent } from '../catalogue/item-content.js';
import { validItemContent } from '../catalogue/test-fixtures.js';
import type { ProcessDefinition } from '../process/definition.js';
import { standardDefinition } from '../process/standard-definition.js';
import { samplePdf } from '../uploads/test-files.js';
import { expect } from 'vitest';
import { withoutForm } from './application-context.js';
import { replayApplication, type LifecycleAction } from './lifecycle.js';

export interface FlowSetup {
  departmentId: string;
  itemCode: string;
  itemId: string;
  clerk: Caller;
  reviewer: Caller;
  head: Caller;
  citizen: Caller;
  otherCitizen: Caller;
  outsider: Caller;
  /** logs everyone in again (after the test clock jumps past the session lifetime) */
  relogin(): Promise<void>;
}

export async function publishItem(t: TestContext, departmentId: string, def: ProcessDefinition, overrides: Partial<ItemContent> = {}) {
  const base = validItemContent(overrides);
  const content: ItemContent = {
    ...base,
    resultSampleFileId: null,
    materials: base.materials.map((m) => ({ ...m, blankFormFileId: null, sampleFileId: null })),
  };
  const code = `TEST${randomBytes(6).toString('hex').toUpperCase()}`;
  const item = await t.db
    .insertInto('catalogue_items')
    .values({ implementation_code: code, department_id: departmentId, created_at: new Date(), updated_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  const now = new Date();
  const reviewer = await makeStaff(t.db, { departmentId, roles: ['catalogue_reviewer'] });
  const publisher = await makeStaff(t.db, { departmentId, roles: ['catalogue_publisher'] });
  const version = await t.db
    .insertInto('item_versions')
    .values({
      item_id: item.id,
      version_no: 1,
      status: 'published',
      content: JSON.stringify(content),
      content_digest: contentDigest(content),
      created_at: now,
      updated_at: now,
      submitted_at: now,
      reviewed_by: reviewer.id,
      reviewed_at: now,
      published_by: publisher.id,
      published_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.db.updateTable('catalogue_items').set({ published_version_id: version.id }).where('id', '=', item.id).execute();
  await t.db
    .insertInto('process_definitions')
    .values({
      item_id: item.id,
      version_no: 1,
      status: 'published',
      definition: JSON.stringify(def),
      created_at: now,
      updated_at: now,
      published_at: now,
    })
    .execute();
  return { itemId: item.id, itemCode: code, content };
}

const credentials = new WeakMap<Caller, { kind: 'person' | 'staff'; id: string }>();

async function refresh(t: TestContext, c: Caller) {
  const cred = credentials.get(c)!;
  const fresh = await login(t.app, cred.kind, cred.id, PASSWORD);
  Object.assign(c, fresh);
}

export async function registerCitizen(t: TestContext): Promise<Caller> {
  const mobile = randomMobile();
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/register/person',
    payload: { name: '张三', idNumber: randomIdNumber(), mobile, password: PASSWORD },
  });
  if (res.statusCode !== 201 && res.statusCode !== 200) throw new Error(res.body);
  const c = await login(t.app, 'person', mobile, PASSWORD);
  credentials.set(c, { kind: 'person', id: mobile });
  return c;
}

export async function setUpFlow(t: TestContext, def?: (deptIds: { other: string }) => ProcessDefinition): Promise<FlowSetup> {
  await ensureDivision(t.db);
  const dept = await makeDepartment(t.db);
  const other = await makeDepartment(t.db);
  const as = async (departmentId: string, roles: string[]) => {
    const { username } = await makeStaff(t.db, { departmentId, roles });
    const c = await login(t.app, 'staff', username, PASSWORD);
    credentials.set(c, { kind: 'staff', id: username });
    return c;
  };
  const definition = def ? def({ other: other.id }) : standardDefinition({ name: '测试流程' });
  const { itemId, itemCode } = await publishItem(t, dept.id, definition);
  const setup: FlowSetup = {
    departmentId: dept.id,
    itemCode,
    itemId,
    clerk: await as(dept.id, ['window_clerk']),
    reviewer: await as(dept.id, ['reviewer']),
    head: await as(dept.id, ['department_head']),
    citizen: await registerCitizen(t),
    otherCitizen: await registerCitizen(t),
    outsider: await as(other.id, ['reviewer', 'window_clerk', 'department_head']),
    async relogin() {
      for (const c of [setup.clerk, setup.reviewer, setup.head, setup.citizen, setup.otherCitizen, setup.outsider]) await refresh(t, c);
    },
  };
  return setup;
}

export async function uploadPdf(t: TestContext, who: Caller, name = '材料.pdf'): Promise<string> {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/uploads?fileName=${encodeURIComponent(name)}`,
    headers: { ...who.headers, 'content-type': 'application/octet-stream' },
    payload: samplePdf(),
  });
  if (res.statusCode !== 201) throw new Error(`upload ${res.statusCode} ${res.body}`);
  return res.json().id as string;
}

/**
 * Replays an application's action log (with its sealed form put back into the submit, as the engine had
 * it) and checks the stored status and engine state equal the replay; also that neither the stored
 * engine state nor the log holds the form (personal data).
 */
export async function expectReplayMatches(t: TestContext, id: string) {
  const app = await t.db
    .selectFrom('applications')
    .select(['status', 'engine_state', 'definition_id', 'form_data_enc'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  const def = (
    await t.db.selectFrom('process_definitions').select('definition').where('id', '=', app.definition_id!).executeTakeFirstOrThrow()
  ).definition as ProcessDefinition;
  const log = await t.db.selectFrom('application_actions').select('payload').where('application_id', '=', id).orderBy('seq').execute();
  const form = JSON.parse(t.cipher.decrypt(app.form_data_enc)) as Record<string, unknown>;
  const actions = log.map((l) => (l.payload as { action: LifecycleAction }).action);
  const first = actions[0]!;
  if (first.type === 'submit') actions[0] = { ...first, variables: { ...first.variables, form } };
  const replayed = replayApplication(def, actions);
  expect(replayed.status).toBe(app.status);
  expect(withoutForm(replayed.engine)).toEqual(app.engine_state);
  const stored = JSON.stringify([app.engine_state, log]);
  for (const value of Object.values(form)) if (typeof value === 'string' && value.length >= 6) expect(stored).not.toContain(value);
}
