/**
 * Process definitions through HTTP: a head designs their own department's process (not another's), a
 * draft with problems saves and reports them but cannot be published, a valid one publishes and retires
 * the previous version, a running application stays on the version it started with, BPMN exports, and a
 * published definition cannot be changed even by SQL.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStaff, PASSWORD } from '../../../test/factories.js';
import { createTestApp, login, type Caller, type TestContext } from '../../../test/helpers.js';
import { setUpFlow, uploadPdf, type FlowSetup } from '../applications/test-support.js';
import { standardDefinition } from './standard-definition.js';

let t: TestContext;
let s: FlowSetup;
let otherHead: Caller;

beforeAll(async () => {
  t = await createTestApp({ STAFF_MFA: 'waived' });
  s = await setUpFlow(t);
  const other = await t.db.selectFrom('departments').select('id').where('id', '!=', s.departmentId).executeTakeFirstOrThrow();
  otherHead = await login(
    t.app,
    'staff',
    (await makeStaff(t.db, { departmentId: other.id, roles: ['department_head'] })).username,
    PASSWORD,
  );
});
afterAll(() => t.close());

const call = (who: Caller, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });

describe('process definitions', () => {
  it('only admins and the item department head may design', async () => {
    const def = standardDefinition({ name: '新流程' });
    expect((await call(s.reviewer, 'PUT', `/api/console/process/items/${s.itemId}/draft`, { definition: def })).statusCode).toBe(403);
    expect((await call(otherHead, 'PUT', `/api/console/process/items/${s.itemId}/draft`, { definition: def })).statusCode).toBe(403);
  });

  it('a draft with problems saves, lists them, and cannot be published', async () => {
    const bad = standardDefinition({ name: '有问题的流程' });
    const review = bad.root.children[1] as { actions: Array<{ target?: string }> };
    review.actions[1]!.target = 'nowhere';
    const saved = await call(s.head, 'PUT', `/api/console/process/items/${s.itemId}/draft`, { definition: bad });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().status).toBe('draft');
    expect(saved.json().problems.map((p: { code: string }) => p.code)).toContain('RETURN_TARGET_INVALID');
    const publish = await call(s.head, 'POST', `/api/console/process/definitions/${saved.json().id}/publish`);
    expect(publish.statusCode).toBe(422);
    expect(publish.json().code).toBe('PROCESS_DEFINITION_INVALID');
    const shape = await call(s.head, 'PUT', `/api/console/process/items/${s.itemId}/draft`, {
      definition: { schemaVersion: 1, name: 'x' },
    });
    expect(shape.statusCode).toBe(400);
  });

  it('publishing retires the previous version; running applications keep theirs', async () => {
    const upload = [await uploadPdf(t, s.citizen), await uploadPdf(t, s.citizen)];
    const running = await call(s.citizen, 'POST', '/api/applications', {
      itemCode: s.itemCode,
      formData: {},
      scenarioAnswers: { situation: 'new' },
      materials: [
        { materialKey: 'application', uploadIds: [upload[0]] },
        { materialKey: 'business-licence', uploadIds: [upload[1]] },
      ],
      submitKey: `before-publish-${Date.now()}`,
    });
    expect(running.statusCode, running.body).toBe(201);
    const oldDefinition = running.json().definitionId;

    const good = standardDefinition({ name: '修订后的流程', reviewLimit: 3 });
    const saved = await call(s.head, 'PUT', `/api/console/process/items/${s.itemId}/draft`, { definition: good });
    expect(saved.json().problems).toEqual([]);
    const published = await call(s.head, 'POST', `/api/console/process/definitions/${saved.json().id}/publish`);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().versionNo).toBe(2);
    const versions = (await call(s.head, 'GET', `/api/console/process/items/${s.itemId}/definitions`)).json();
    expect(versions.map((v: { versionNo: number; status: string }) => `${v.versionNo}:${v.status}`)).toEqual(['2:published', '1:retired']);
    const still = await call(s.citizen, 'GET', `/api/applications/${running.json().id}`);
    expect(still.json().definitionId).toBe(oldDefinition);

    const bpmn = await call(s.head, 'GET', `/api/console/process/definitions/${saved.json().id}/bpmn`);
    expect(bpmn.statusCode).toBe(200);
    expect(bpmn.body).toContain('<bpmn:definitions');
    expect(bpmn.body).toContain('bpmn:userTask');

    await expect(sql`UPDATE process_definitions SET definition = '{}' WHERE id = ${saved.json().id}`.execute(t.db)).rejects.toThrow(
      /cannot change/,
    );
    const summary = (await call(s.head, 'GET', '/api/console/process/summary')).json();
    expect(summary.find((x: { itemId: string }) => x.itemId === s.itemId)).toEqual({
      itemId: s.itemId,
      publishedVersionNo: 2,
      hasDraft: false,
    });
  });
});
