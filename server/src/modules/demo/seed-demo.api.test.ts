import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { createTestApp, login, TEST_KEYS, type TestContext } from '../../../test/helpers.js';
import { DEMO_DEPARTMENTS, DEMO_ENTERPRISE, DEMO_PASSWORD, DEMO_PERSON, DEMO_STAFF } from './demo-data.js';
import { seedDemo } from './seed-demo.js';
import { verifyAuditChain } from '../audit/verify-audit-chain.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp({ STAFF_MFA: 'waived' });
});
afterAll(() => t.close());

describe('demo seed', () => {
  it('writes the demo city once, with every role, and logs in', async () => {
    expect(await seedDemo({ db: t.db, cipher: t.cipher, config: t.config, now: t.clock.now() })).toEqual({ seeded: true });
    expect(await seedDemo({ db: t.db, cipher: t.cipher, config: t.config, now: t.clock.now() })).toEqual({ seeded: false });
    const departments = (await t.app.inject({ url: '/api/departments' })).json().items;
    expect(departments.length).toBe(DEMO_DEPARTMENTS.length);
    for (const name of ['市场监管局', '公安局', '民政局', '人社局', '卫健委', '住建局', '教育局', '税务局']) {
      expect(departments.some((d: { shortName: string }) => d.shortName === name)).toBe(true);
    }
    const roles = new Set(DEMO_STAFF.flatMap((s) => s.roles));
    for (const r of ['window_clerk', 'reviewer', 'department_head', 'hotline_operator', 'supervisor', 'admin'])
      expect(roles.has(r)).toBe(true);
    await expect(login(t.app, 'person', DEMO_PERSON.mobile, DEMO_PASSWORD)).resolves.toBeTruthy();
    await expect(login(t.app, 'enterprise', DEMO_ENTERPRISE.uscc, DEMO_PASSWORD)).resolves.toBeTruthy();
    await expect(login(t.app, 'staff', 'admin', DEMO_PASSWORD)).resolves.toBeTruthy();
    const halls = (await t.app.inject({ url: '/api/halls' })).json().items;
    const windows = (await t.app.inject({ url: `/api/halls/${halls[0].id}/windows` })).json().items;
    expect(windows.filter((w: { kind: string }) => w.kind === 'comprehensive').length).toBeGreaterThanOrEqual(1);
    expect(windows.filter((w: { kind: string }) => w.kind === 'professional').length).toBe(DEMO_DEPARTMENTS.length - 1);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('refuses in production mode', async () => {
    const production = loadConfig({ ONEWINDOW_MODE: 'production', ...TEST_KEYS });
    await expect(seedDemo({ db: t.db, cipher: t.cipher, config: production, now: t.clock.now() })).rejects.toMatchObject({
      code: 'SEED_REFUSED',
    });
  });
});
