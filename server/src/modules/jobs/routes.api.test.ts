// GET /api/jobs: administrators see the queue (filter by status and kind); nobody else does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Caller, type TestContext } from '../../../test/helpers.js';
import { makeDepartment, makeStaff, PASSWORD } from '../../../test/factories.js';
import { enqueueJob } from './enqueue-job.js';
import { recordingLog } from './test-support.js';
import { createJobWorker } from './worker.js';

let t: TestContext;
let admin: Caller;
let supervisor: Caller;
let failedId: string;

beforeAll(async () => {
  t = await createTestApp({ STAFF_MFA: 'waived' });
  const dept = await makeDepartment(t.db);
  admin = await login(t.app, 'staff', (await makeStaff(t.db, { departmentId: dept.id, roles: ['admin'] })).username, PASSWORD);
  supervisor = await login(t.app, 'staff', (await makeStaff(t.db, { departmentId: dept.id, roles: ['supervisor'] })).username, PASSWORD);
  await enqueueJob(t.db, { kind: 'test.ok', payload: {} }, t.clock.now());
  t.clock.advance(1000);
  failedId = await enqueueJob(t.db, { kind: 'test.broken', payload: {}, maxAttempts: 1 }, t.clock.now());
  t.clock.advance(1000);
  await enqueueJob(t.db, { kind: 'test.ok', payload: {}, runAt: new Date(t.clock.now().getTime() + 3_600_000) }, t.clock.now());
  const worker = createJobWorker({
    db: t.db,
    clock: t.clock,
    log: recordingLog(),
    handlers: { 'test.ok': async () => {}, 'test.broken': async () => Promise.reject(new Error('template missing')) },
    pollMs: 10,
    concurrency: 5,
  });
  await worker.runOnce();
});
afterAll(() => t.close());

const get = (url: string, caller?: Caller) => t.app.inject({ method: 'GET', url, headers: caller?.headers ?? {} });

describe('GET /api/jobs', () => {
  it('lists the jobs newest first with their state', async () => {
    const res = await get('/api/jobs', admin);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.total).toBe(3);
    expect(body.items.map((j: { kind: string; status: string }) => [j.kind, j.status])).toEqual([
      ['test.ok', 'pending'],
      ['test.broken', 'dead'],
      ['test.ok', 'done'],
    ]);
    const failed = body.items.find((j: { id: string }) => j.id === failedId);
    expect(failed).toMatchObject({
      attempts: 1,
      maxAttempts: 1,
      lastError: 'Error: template missing',
      finishedAt: t.clock.now().toISOString(),
    });
    expect(Object.keys(failed).sort()).toEqual([
      'attempts',
      'createdAt',
      'finishedAt',
      'id',
      'kind',
      'lastError',
      'maxAttempts',
      'runAt',
      'status',
    ]);
  });

  it('filters by status and kind, and pages', async () => {
    const dead = (await get('/api/jobs?status=dead', admin)).json();
    expect(dead.items.map((j: { id: string }) => j.id)).toEqual([failedId]);
    const ok = (await get('/api/jobs?kind=test.ok&limit=1&offset=1', admin)).json();
    expect(ok.total).toBe(2);
    expect(ok.items).toHaveLength(1);
  });

  it('rejects unknown parameters and statuses', async () => {
    expect((await get('/api/jobs?status=failed', admin)).statusCode).toBe(400);
    const odd = await get('/api/jobs?payload=x', admin);
    expect(odd.statusCode).toBe(400);
    expect(odd.json().code).toBe('VALIDATION_FAILED');
  });

  it('is for administrators only', async () => {
    const res = await get('/api/jobs', supervisor);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
    expect((await get('/api/jobs')).statusCode).toBe(401);
  });
});
