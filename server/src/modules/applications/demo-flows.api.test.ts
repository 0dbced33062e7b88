/**
 * Demo items through their published processes: a person applies with the item's real form (prefilled
 * from the account) and materials; every task is done by the demo staff of the task's department and
 * role; a joint approval (会签) involves a second department; a 一件事 bundle fans out to three departments
 * and completes when all have. The stored status always equals a replay of the action log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Caller, type TestContext } from '../../../test/helpers.js';
import { materialsFor, type ItemContent } from '../catalogue/item-content.js';
import { DEMO_BUNDLES, DEMO_ITEMS } from '../demo/catalogue/index.js';
import { demoImplementationCode } from '../demo/catalogue/seed-catalogue.js';
import { DEMO_DEPARTMENTS, DEMO_ENTERPRISE, DEMO_PASSWORD, DEMO_PERSON, DEMO_STAFF, demoUscc } from '../demo/demo-data.js';
import { seedDemo } from '../demo/seed-demo.js';
import { sampleFormData } from './sample-form-data.js';
import { expectReplayMatches, uploadPdf } from './test-support.js';

let t: TestContext;
let person: Caller;
let enterprise: Caller;
const staffByDeptRole = new Map<string, string>();
const sessions = new Map<string, Caller>();

beforeAll(async () => {
  t = await createTestApp({ STAFF_MFA: 'waived' });
  await seedDemo({ db: t.db, cipher: t.cipher, config: t.config, now: t.clock.now() });
  person = await login(t.app, 'person', DEMO_PERSON.mobile, DEMO_PASSWORD);
  enterprise = await login(t.app, 'enterprise', DEMO_ENTERPRISE.uscc, DEMO_PASSWORD);
  const depts = await t.db.selectFrom('departments').select(['id', 'uscc']).execute();
  for (const s of DEMO_STAFF) {
    const d = DEMO_DEPARTMENTS.find((x) => x.key === s.department)!;
    const id = depts.find((x) => x.uscc === demoUscc(d.body))!.id;
    for (const role of s.roles) if (!staffByDeptRole.has(`${id}/${role}`)) staffByDeptRole.set(`${id}/${role}`, s.username);
  }
});
afterAll(() => t.close());

async function staff(departmentId: string, role: string): Promise<Caller> {
  const username = staffByDeptRole.get(`${departmentId}/${role}`);
  if (!username) throw new Error(`no demo staff for ${departmentId}/${role}`);
  if (!sessions.has(username)) sessions.set(username, await login(t.app, 'staff', username, DEMO_PASSWORD));
  return sessions.get(username)!;
}

const codeOf = (slug: string) => {
  const d = DEMO_ITEMS.find((i) => i.slug === slug)!;
  return demoImplementationCode(d.department, d.codeSuffix);
};

/** The part of a submission for one demo item: sample form data, first scenario options, a PDF per material. */
async function partFor(slug: string, who: Caller) {
  const ctx = await t.app.inject({ url: `/api/applications/apply-context/${codeOf(slug)}`, headers: who.headers });
  expect(ctx.statusCode, ctx.body).toBe(200);
  const c = ctx.json();
  const answers = Object.fromEntries((c.scenarios as ItemContent['scenarios']).map((s) => [s.key, s.options[0]!.key]));
  const facts = { name: DEMO_PERSON.name, idNumber: DEMO_PERSON.idNumber, mobile: DEMO_PERSON.mobile };
  const materials = [];
  for (const m of materialsFor({ materials: c.materials }, answers).filter((x) => x.required)) {
    materials.push({ materialKey: m.key, uploadIds: [await uploadPdf(t, who)] });
  }
  const formData = c.form ? { ...sampleFormData(c.form, facts), ...c.prefill.data } : {};
  return { itemCode: codeOf(slug), formData, scenarioAnswers: answers, materials };
}

/** Does every open task with the first forward action its department's demo staff may take. */
async function driveToEnd(id: string, prefer: string[] = ['accept', 'pass', 'grant', 'complete']) {
  for (let guard = 0; guard < 20; guard++) {
    const row = await t.db.selectFrom('applications').select(['status']).where('id', '=', id).executeTakeFirstOrThrow();
    if (['completed', 'delivered', 'refused', 'withdrawn'].includes(row.status)) return row.status;
    const open = await t.db
      .selectFrom('application_tasks')
      .selectAll()
      .where('application_id', '=', id)
      .where('status', '=', 'open')
      .execute();
    expect(open.length).toBeGreaterThan(0);
    const task = open[0]!;
    const who = await staff(task.department_id, task.role);
    const detail = (await t.app.inject({ url: `/api/console/applications/${id}`, headers: who.headers })).json();
    const choice = detail.allowed.tasks
      .filter((a: { taskId: string }) => a.taskId === task.task_key)
      .sort((a: { kind: string }, b: { kind: string }) => prefer.indexOf(a.kind) - prefer.indexOf(b.kind))
      .find((a: { kind: string }) => prefer.includes(a.kind));
    expect(choice, `no forward action on ${task.name}`).toBeDefined();
    t.clock.advance(60_000);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/console/applications/${id}/tasks/${encodeURIComponent(task.task_key)}/actions`,
      headers: who.headers,
      payload: { actionKey: choice.actionKey, opinion: '符合要求，同意。' },
    });
    expect(res.statusCode, res.body).toBe(200);
  }
  throw new Error('did not finish in 20 steps');
}

describe('demo items through their processes', () => {
  it('个体工商户登记: a person applies with the prefilled form and is granted', async () => {
    const part = await partFor('individual-business-registration', person);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/applications',
      headers: person.headers,
      payload: { ...part, submitKey: 'demo-ibr-0001' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(await driveToEnd(res.json().id)).toBe('completed');
    await expectReplayMatches(t, res.json().id);
  });

  it('食品经营许可: joint approval asks 卫健委 in parallel before the decision', async () => {
    const part = await partFor('food-business-licence', enterprise);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/applications',
      headers: enterprise.headers,
      payload: { ...part, submitKey: 'demo-food-0001' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id;
    expect(await driveToEnd(id)).toBe('completed');
    const tasks = await t.db.selectFrom('application_tasks').select(['name', 'department_id']).where('application_id', '=', id).execute();
    expect(new Set(tasks.map((x) => x.department_id)).size).toBe(2);
    await expectReplayMatches(t, id);
  });

  it('一件事 (出生一件事): one submission, one application per department, completes when all do', async () => {
    const bundle = DEMO_BUNDLES.find((b) => b.code === 'newborn')!;
    const parts = [];
    for (const slug of bundle.items) parts.push(await partFor(slug, person));
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/bundles/newborn/applications',
      headers: person.headers,
      payload: { parts, submitKey: 'demo-newborn-0001' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const b = res.json();
    expect(b.applications).toHaveLength(bundle.items.length);
    expect(b.legalDueDate).not.toBeNull();
    for (const a of b.applications.slice(0, -1)) await driveToEnd(a.id);
    expect((await t.app.inject({ url: `/api/bundle-applications/${b.id}`, headers: person.headers })).json().status).toBe('in_progress');
    await driveToEnd(b.applications.at(-1).id);
    const done = (await t.app.inject({ url: `/api/bundle-applications/${b.id}`, headers: person.headers })).json();
    expect(done.status).toBe('completed');
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/bundles/newborn/applications',
      headers: person.headers,
      payload: { parts, submitKey: 'demo-newborn-0001' },
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(b.id);
  });
});

describe('bad input and counter intake on demo items', () => {
  it('an invalid form returns every field error at once, in Chinese, and writes nothing', async () => {
    const part = await partFor('food-business-licence', enterprise);
    const before = await t.db
      .selectFrom('applications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/applications',
      headers: enterprise.headers,
      payload: { ...part, formData: {}, submitKey: 'demo-food-invalid-1' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('FORM_INVALID');
    const errors = res.json().details.errors as Array<{ path: string; message: string }>;
    expect(errors.length).toBeGreaterThan(3);
    expect(errors.every((e) => /[\u4e00-\u9fa5]/.test(e.message))).toBe(true);
    const after = await t.db
      .selectFrom('applications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('一窗受理: a clerk registers a walk-in visitor (account created on the spot); names are checked', async () => {
    const clerk = await staff(
      (await t.db.selectFrom('applications').select('department_id').where('submit_key', '=', 'demo-ibr-0001').executeTakeFirstOrThrow())
        .department_id,
      'window_clerk',
    );
    const part = await partFor('individual-business-registration', clerk);
    const visitor = { kind: 'person' as const, name: '王五', idNumber: '11010519491231002X', mobile: '13912345678' };
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/console/intake',
      headers: clerk.headers,
      payload: { ...part, formData: { ...part.formData }, applicant: visitor, submitKey: 'walk-in-0001' },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().channel).toBe('1');
    expect(res.json().applicantName).toBe('王五');
    expect(res.json().timeline[0].note).toBe('窗口收件');
    const mismatch = await t.app.inject({
      method: 'POST',
      url: '/api/console/intake',
      headers: clerk.headers,
      payload: { ...part, applicant: { ...visitor, name: '王六' }, submitKey: 'walk-in-0002' },
    });
    expect(mismatch.statusCode).toBe(400);
    const byCitizen = await t.app.inject({
      method: 'POST',
      url: '/api/console/intake',
      headers: person.headers,
      payload: { ...part, applicant: visitor, submitKey: 'walk-in-0003' },
    });
    expect(byCitizen.statusCode).toBe(403);
    expect(await driveToEnd(res.json().id)).toBe('completed');
  });
});

describe('告知承诺制 and 容缺受理 (个体工商户登记 allows both)', () => {
  it('a commitment replaces a material; 容缺 blocks the grant until the applicant supplies it', async () => {
    const part = await partFor('individual-business-registration', person);
    const [first, ...rest] = part.materials;
    const committed = await t.app.inject({
      method: 'POST',
      url: '/api/applications',
      headers: person.headers,
      payload: {
        ...part,
        materials: [{ materialKey: first!.materialKey, uploadIds: [], commitment: true }, ...rest],
        submitKey: 'demo-ibr-commit-1',
      },
    });
    expect(committed.statusCode, committed.body).toBe(201);
    const id = committed.json().id;
    expect(committed.json().materials.find((m: { materialKey: string }) => m.materialKey === first!.materialKey).provision).toBe(
      'committed',
    );

    const dept = (await t.db.selectFrom('applications').select('department_id').where('id', '=', id).executeTakeFirstOrThrow())
      .department_id;
    const clerk = await staff(dept, 'window_clerk');
    const tolerate = await t.app.inject({
      method: 'POST',
      url: `/api/console/applications/${id}/tolerance`,
      headers: clerk.headers,
      payload: { items: [{ name: '经营场所使用证明', problem: '原件待补' }], deadline: '2026-03-20', commitmentSigned: true },
    });
    expect(tolerate.statusCode, tolerate.body).toBe(200);
    expect(tolerate.json().notices.map((n: { kind: string }) => n.kind)).toContain('tolerance');
    // accept (and review, if the process has it) up to the decision task
    let decision: { taskId: string; who: Caller } | null = null;
    for (let guard = 0; guard < 6 && !decision; guard++) {
      const open = await t.db
        .selectFrom('application_tasks')
        .selectAll()
        .where('application_id', '=', id)
        .where('status', '=', 'open')
        .executeTakeFirstOrThrow();
      const who = await staff(open.department_id, open.role);
      if (open.phase === 'decision') {
        decision = { taskId: open.task_key, who };
        break;
      }
      const d = (await t.app.inject({ url: `/api/console/applications/${id}`, headers: who.headers })).json();
      const a = d.allowed.tasks.find((x: { kind: string }) => x.kind === 'accept' || x.kind === 'pass');
      const r = await t.app.inject({
        method: 'POST',
        url: `/api/console/applications/${id}/tasks/${encodeURIComponent(a.taskId)}/actions`,
        headers: who.headers,
        payload: { actionKey: a.actionKey },
      });
      expect(r.statusCode, r.body).toBe(200);
    }
    expect(decision).not.toBeNull();
    const d = (await t.app.inject({ url: `/api/console/applications/${id}`, headers: decision!.who.headers })).json();
    expect(d.allowed.tasks.map((x: { kind: string }) => x.kind)).not.toContain('grant');
    expect(d.allowed.tasks.map((x: { kind: string }) => x.kind)).toContain('deny');
    const grantKey = 'grant';
    const blocked = await t.app.inject({
      method: 'POST',
      url: `/api/console/applications/${id}/tasks/${encodeURIComponent(decision!.taskId)}/actions`,
      headers: decision!.who.headers,
      payload: { actionKey: grantKey },
    });
    expect(blocked.statusCode).toBe(409);
    const supplied = await t.app.inject({
      method: 'POST',
      url: `/api/applications/${id}/supplement`,
      headers: person.headers,
      payload: { materials: [{ materialKey: first!.materialKey, uploadIds: [await uploadPdf(t, person)] }] },
    });
    expect(supplied.statusCode, supplied.body).toBe(200);
    const granted = await t.app.inject({
      method: 'POST',
      url: `/api/console/applications/${id}/tasks/${encodeURIComponent(decision!.taskId)}/actions`,
      headers: decision!.who.headers,
      payload: { actionKey: grantKey },
    });
    expect(granted.statusCode, granted.body).toBe(200);
    expect(granted.json().status).toBe('decided');
  });
});

describe('the comprehensive window (综合窗口)', () => {
  it('registers for another department, then sees the application and prints its receipt', async () => {
    const clerk = await login(t.app, 'staff', 'chuangkou', DEMO_PASSWORD);
    const part = await partFor('individual-business-registration', clerk);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/console/intake',
      headers: clerk.headers,
      payload: {
        ...part,
        applicant: { kind: 'person', name: '赵六', idNumber: '110105194912310038', mobile: '13912345679' },
        submitKey: 'walk-in-zwb-1',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const receipt = res.json().notices.find((n: { kind: string }) => n.kind === 'receipt');
    const pdf = await t.app.inject({ url: `/api/console/applications/${res.json().id}/notices/${receipt.id}`, headers: clerk.headers });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
  });
});
