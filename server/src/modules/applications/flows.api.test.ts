/**
 * Application flows through HTTP on a published item with the standard process: straight approval with
 * notices and clocks; 补正 then approval; refusal; withdrawal; special procedure and extension; idempotent
 * submission; a stale or illegal action answers 409 with the allowed actions; wrong role or department.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DB_KIND } from '../../../test/db.js';
import { makeStaff, PASSWORD } from '../../../test/factories.js';
import { createTestApp, login, type Caller, type TestContext } from '../../../test/helpers.js';
import { ensureSchedule } from '../jobs/ensure-schedule.js';
import { deferred } from '../jobs/test-support.js';
import { AUDIT_SEAL_SCHEDULE } from '../audit/seal-audit-chain.js';
import { checkClocks, CLOCK_CHECK_SCHEDULE } from './clock-warnings.js';
import { expectReplayMatches, setUpFlow, uploadPdf, type FlowSetup } from './test-support.js';

let t: TestContext;
let s: FlowSetup;

beforeAll(async () => {
  t = await createTestApp({ STAFF_MFA: 'waived' });
  t.clock.set(new Date('2026-03-02T02:00:00Z')); // Monday 10:00 in China
  s = await setUpFlow(t);
});
afterAll(() => t.close());

const call = (who: Caller | null, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: who?.headers ?? {}, ...(payload ? { payload } : {}) });

let keyNo = 0;
async function submit(who: Caller = s.citizen) {
  const uploads = { application: await uploadPdf(t, who), licence: await uploadPdf(t, who) };
  const res = await call(who, 'POST', '/api/applications', {
    itemCode: s.itemCode,
    formData: {},
    scenarioAnswers: { situation: 'new' },
    materials: [
      { materialKey: 'application', uploadIds: [uploads.application] },
      { materialKey: 'business-licence', uploadIds: [uploads.licence] },
    ],
    submitKey: `submit-key-${++keyNo}-${Date.now()}`,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Detail;
}

interface Detail {
  id: string;
  number: string;
  queryCode: string;
  status: string;
  version: number;
  clock: { dueDate: string | null; remainingDays: number | null; level: string | null };
  acceptanceDueDate: string | null;
  acceptanceDocNo: string | null;
  tasks: Array<{ taskId: string; name: string; status: string; phase: string }>;
  notices: Array<{ id: string; kind: string; number: string }>;
  timeline: Array<{ step: string }>;
  allowed: { actions: string[]; tasks: Array<{ taskId: string; actionKey: string }> };
}

const openTask = (d: Detail) => d.tasks.find((x) => x.status === 'open')!;

async function act(who: Caller, d: Detail, actionKey: string, opinion?: string) {
  t.clock.advance(60_000); // steps happen minutes apart, as in a hall
  const res = await call(who, 'POST', `/api/console/applications/${d.id}/tasks/${encodeURIComponent(openTask(d).taskId)}/actions`, {
    actionKey,
    ...(opinion ? { opinion } : {}),
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Detail;
}

describe('straight approval', () => {
  it('runs submit → accept → review → grant → complete → deliver with notices and working-day clocks', async () => {
    let d = await submit();
    expect(d.status).toBe('submitted');
    expect(d.number).toMatch(/^\d{22}$/);
    // 收件 Monday 2026-03-02: the 补正 notice deadline is 5 working days later (行政许可法第三十二条).
    expect(d.acceptanceDueDate).toBe('2026-03-09');
    expect(d.notices.map((n) => n.kind)).toEqual(['receipt']);
    expect(openTask(d).phase).toBe('acceptance');

    d = await act(s.clerk, d, 'accept');
    expect(d.status).toBe('accepted');
    expect(d.acceptanceDocNo).toMatch(/受〔2026〕\d{6}号$/);
    // promised limit 10 working days from 2026-03-02 → 2026-03-16
    expect(d.clock.dueDate).toBe('2026-03-16');
    expect(d.clock.level).toBe('normal');
    d = await act(s.reviewer, d, 'pass');
    d = await act(s.head, d, 'grant');
    expect(d.status).toBe('decided');
    d = await act(s.clerk, d, 'complete');
    expect(d.status).toBe('completed');
    expect(d.notices.map((n) => n.kind)).toEqual(['receipt', 'acceptance', 'grant']);

    const delivered = await call(s.clerk, 'POST', `/api/console/applications/${d.id}/delivery`, { method: 'electronic' });
    expect(delivered.statusCode, delivered.body).toBe(200);
    expect(delivered.json().status).toBe('delivered');

    // the applicant sees it, the timeline lists every step, the decision PDF downloads
    const mine = await call(s.citizen, 'GET', `/api/applications/${d.id}`);
    expect(mine.json().timeline.length).toBe(6);
    const grant = d.notices.find((n) => n.kind === 'grant')!;
    const pdf = await call(s.citizen, 'GET', `/api/applications/${d.id}/notices/${grant.id}`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    // public progress lookup needs the number and the query code
    const progress = await call(null, 'GET', `/api/progress?number=${d.number}&code=${d.queryCode}`);
    expect(progress.statusCode).toBe(200);
    expect(progress.json().statusLabel).toBe('已送达');
    const wrong = await call(null, 'GET', `/api/progress?number=${d.number}&code=${d.queryCode === '000000' ? '111111' : '000000'}`);
    expect(wrong.statusCode).toBe(404);
  });
});

describe('correction, refusal, withdrawal', () => {
  it('补正: one notice, the applicant resubmits, the receipt clock restarts, then acceptance', async () => {
    let d = await submit();
    const res = await call(s.clerk, 'POST', `/api/console/applications/${d.id}/correction`, {
      items: [
        { name: '营业执照', problem: '复印件不清晰' },
        { name: '申请书', problem: '未签字' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    d = res.json();
    expect(d.status).toBe('correction_requested');
    expect(d.notices.map((n) => n.kind)).toContain('correction');
    t.clock.set(new Date('2026-03-03T02:00:00Z'));
    await s.relogin();
    const again = await call(s.citizen, 'POST', `/api/applications/${d.id}/resubmit`, {
      materials: [{ materialKey: 'business-licence', uploadIds: [await uploadPdf(t, s.citizen)] }],
    });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().status).toBe('submitted');
    expect(again.json().acceptanceDueDate).toBe('2026-03-10');
    d = await act(s.clerk, again.json(), 'accept');
    expect(d.status).toBe('accepted');
    t.clock.set(new Date('2026-03-02T02:00:00Z'));
    await s.relogin();
  });

  it('不予受理 requires reasons and ends the application with a notice', async () => {
    const d = await submit();
    const noReason = await call(
      s.clerk,
      'POST',
      `/api/console/applications/${d.id}/tasks/${encodeURIComponent(openTask(d).taskId)}/actions`,
      {
        actionKey: 'refuse',
      },
    );
    expect(noReason.statusCode).toBe(400);
    const refused = await act(s.clerk, d, 'refuse', '申请事项不属于本机关职权范围');
    expect(refused.status).toBe('refused');
    expect(refused.notices.map((n) => n.kind)).toContain('refusal');
    const after = await call(s.clerk, 'POST', `/api/console/applications/${d.id}/tasks/x/actions`, { actionKey: 'accept' });
    expect([404, 409]).toContain(after.statusCode);
  });

  it('撤件 before the decision; not after', async () => {
    const d = await submit();
    const other = await call(s.otherCitizen, 'POST', `/api/applications/${d.id}/withdraw`, { reason: '不办了' });
    expect(other.statusCode).toBe(404);
    const w = await call(s.citizen, 'POST', `/api/applications/${d.id}/withdraw`, { reason: '信息填错，重新申请' });
    expect(w.statusCode, w.body).toBe(200);
    expect(w.json().status).toBe('withdrawn');
    expect(w.json().tasks.every((x: { status: string }) => x.status !== 'open')).toBe(true);
    const twice = await call(s.citizen, 'POST', `/api/applications/${d.id}/withdraw`, { reason: '再撤' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('APPLICATION_ACTION_NOT_ALLOWED');
    expect(twice.json().details.allowed.actions).toEqual([]);
  });
});

describe('special procedure and extension', () => {
  it('特别程序 pauses the clock; 延期 adds 10 working days once, by the head only', async () => {
    let d = await submit();
    d = await act(s.clerk, d, 'accept');
    expect(d.clock.dueDate).toBe('2026-03-16');
    const start = await call(s.reviewer, 'POST', `/api/console/applications/${d.id}/special-procedure`, {
      kindName: '现场核查',
      reason: '需对经营场所进行现场核查',
      expectedEnd: '2026-03-06',
    });
    expect(start.statusCode, start.body).toBe(200);
    expect(start.json().status).toBe('special_procedure');
    expect(start.json().clock.level).toBe('paused');
    t.clock.set(new Date('2026-03-05T02:00:00Z')); // Thursday: 3 working days paused
    await s.relogin();
    const end = await call(s.reviewer, 'POST', `/api/console/applications/${d.id}/special-procedure/end`, {
      result: '核查合格',
      opinion: null,
    });
    expect(end.statusCode, end.body).toBe(200);
    expect(end.json().status).toBe('accepted');
    expect(end.json().pausedDays).toBe(3);
    expect(end.json().clock.dueDate).toBe('2026-03-19');

    const byReviewer = await call(s.reviewer, 'POST', `/api/console/applications/${d.id}/extension`, { reason: '情况复杂' });
    expect(byReviewer.statusCode).toBe(403);
    const ext = await call(s.head, 'POST', `/api/console/applications/${d.id}/extension`, { reason: '需征求相关部门意见，情况复杂' });
    expect(ext.statusCode, ext.body).toBe(200);
    expect(ext.json().extensionDays).toBe(10);
    expect(ext.json().clock.dueDate).toBe('2026-04-02'); // 10 more working days
    const again = await call(s.head, 'POST', `/api/console/applications/${d.id}/extension`, { reason: '再延' });
    expect(again.statusCode).toBe(409);
    t.clock.set(new Date('2026-03-02T02:00:00Z'));
    await s.relogin();
  });
});

describe('idempotency, concurrency and scope', () => {
  it('the same submit key twice gives one application', async () => {
    const application = await uploadPdf(t, s.citizen);
    const licence = await uploadPdf(t, s.citizen);
    const body = {
      itemCode: s.itemCode,
      formData: {},
      scenarioAnswers: { situation: 'new' },
      materials: [
        { materialKey: 'application', uploadIds: [application] },
        { materialKey: 'business-licence', uploadIds: [licence] },
      ],
      submitKey: `double-click-${Date.now()}`,
    };
    const [a, b] = await Promise.all([
      call(s.citizen, 'POST', '/api/applications', body),
      call(s.citizen, 'POST', '/api/applications', body),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    expect(a.json().id).toBe(b.json().id);
  });

  it('a stale version answers 409 with what is allowed now', async () => {
    const d = await submit();
    const res = await call(s.clerk, 'POST', `/api/console/applications/${d.id}/tasks/${encodeURIComponent(openTask(d).taskId)}/actions`, {
      actionKey: 'accept',
      version: d.version + 5,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('APPLICATION_STALE');
    expect(
      res
        .json()
        .details.allowed.tasks.map((x: { actionKey: string }) => x.actionKey)
        .sort(),
    ).toEqual(['accept', 'refuse']);
  });

  it('wrong role or department cannot act; missing materials are refused with the list', async () => {
    const d = await submit();
    const byReviewer = await call(
      s.reviewer,
      'POST',
      `/api/console/applications/${d.id}/tasks/${encodeURIComponent(openTask(d).taskId)}/actions`,
      {
        actionKey: 'accept',
      },
    );
    expect(byReviewer.statusCode).toBe(403);
    const byOutsider = await call(s.outsider, 'GET', `/api/console/applications/${d.id}`);
    expect(byOutsider.statusCode).toBe(403);
    const incomplete = await call(s.citizen, 'POST', '/api/applications', {
      itemCode: s.itemCode,
      formData: {},
      scenarioAnswers: { situation: 'new' },
      materials: [],
      submitKey: `incomplete-${Date.now()}`,
    });
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().code).toBe('MATERIALS_INCOMPLETE');
    expect(incomplete.json().details.missing.length).toBe(2);
    const count = await t.db
      .selectFrom('applications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('submit_key', 'like', 'incomplete-%')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });
});

describe('concurrency, clocks and the action log', () => {
  it('two reviewers acting on the same task at once: exactly one succeeds, the other gets 409', async () => {
    const second = await setUpSecondReviewer();
    let d = await submit();
    d = await act(s.clerk, d, 'accept');
    const url = `/api/console/applications/${d.id}/tasks/${encodeURIComponent(openTask(d).taskId)}/actions`;
    const [a, b] = await Promise.all([
      call(s.reviewer, 'POST', url, { actionKey: 'pass' }),
      call(second, 'POST', url, { actionKey: 'pass' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const tasks = await t.db.selectFrom('application_tasks').select(['name', 'status']).where('application_id', '=', d.id).execute();
    expect(tasks.filter((x) => x.name === '审查' && x.status === 'done')).toHaveLength(1);
    expect(tasks.filter((x) => x.name === '决定' && x.status === 'open')).toHaveLength(1);
  });

  it('raises a yellow then a red warning once each, to the handler and the department head', async () => {
    const d = await submit();
    // acceptance task limit 5 working days from Monday 03-02 → due 03-09; yellow (≤2 left) from 03-05
    const first = await checkClocks({ db: t.db, now: new Date('2026-03-05T02:00:00Z'), yellowDays: 2 });
    expect(first.raised).toBeGreaterThan(0);
    const again = await checkClocks({ db: t.db, now: new Date('2026-03-05T03:00:00Z'), yellowDays: 2 });
    expect(again.raised).toBe(0);
    const red = await checkClocks({ db: t.db, now: new Date('2026-03-10T02:00:00Z'), yellowDays: 2 });
    expect(red.raised).toBeGreaterThan(0);
    const warnings = await t.db.selectFrom('application_warnings').selectAll().where('application_id', '=', d.id).execute();
    expect(warnings.map((w) => `${w.subject}/${w.level}`).sort()).toEqual([
      'acceptance/red',
      'acceptance/yellow',
      'task:acceptance:1/red',
      'task:acceptance:1/yellow',
    ]);
    // The rows keep the level reached, so the next checks read past them (the partial indexes of migration 0016).
    const marks = await t.db
      .selectFrom('applications')
      .innerJoin('application_tasks as k', 'k.application_id', 'applications.id')
      .select(['applications.acceptance_warned', 'applications.decision_warned', 'k.warned_level'])
      .where('applications.id', '=', d.id)
      .execute();
    expect(marks).toEqual([{ acceptance_warned: 'red', decision_warned: null, warned_level: 'red' }]);
    expect((await checkClocks({ db: t.db, now: new Date('2026-03-11T02:00:00Z'), yellowDays: 2 })).raised).toBe(0);
    const jobs = await t.db.selectFrom('jobs').select(['payload']).where('kind', '=', 'notification.deliver').execute();
    expect(jobs.some((j) => (j.payload as { title: string }).title === '办件已超期（红色预警）')).toBe(true);
  });

  it('every stored application equals a replay of its action log, and neither holds the form', async () => {
    const apps = await t.db.selectFrom('applications').select(['id']).where('status', '!=', 'draft').execute();
    expect(apps.length).toBeGreaterThan(5);
    for (const a of apps) await expectReplayMatches(t, a.id);
  });
});

async function setUpSecondReviewer(): Promise<Caller> {
  const { username } = await makeStaff(t.db, { departmentId: s.departmentId, roles: ['reviewer'] });
  return login(t.app, 'staff', username, PASSWORD);
}

describe('schedules', () => {
  it('the clock check and audit seal schedules can be declared (as the server does at boot)', async () => {
    await ensureSchedule(t.db, CLOCK_CHECK_SCHEDULE, t.clock.now());
    await ensureSchedule(t.db, AUDIT_SEAL_SCHEDULE, t.clock.now());
    const names = (await t.db.selectFrom('job_schedules').select('name').execute()).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining([CLOCK_CHECK_SCHEDULE.name, AUDIT_SEAL_SCHEDULE.name]));
  });
});

// After the replay check above: the race below finishes a task outside the engine.
describe('clock check: other clocks and staff actions at the same time', () => {
  const warningsOf = async (id: string) =>
    (await t.db.selectFrom('application_warnings').selectAll().where('application_id', '=', id).execute())
      .map((w) => `${w.subject}/${w.level}`)
      .sort();
  /** 02:00 UTC (10:00 in China) on a date: the clock of something due that day reads yellow. */
  const morningOf = (date: string) => new Date(`${date}T02:00:00Z`);

  it('warns the decision date of an accepted application once, and not while it is paused (特别程序)', async () => {
    const running = await act(s.clerk, await submit(), 'accept');
    const paused = await act(s.clerk, await submit(), 'accept');
    const start = await call(s.reviewer, 'POST', `/api/console/applications/${paused.id}/special-procedure`, {
      kindName: '现场核查',
      reason: '需对经营场所进行现场核查',
      expectedEnd: '2026-06-30',
    });
    expect(start.statusCode, start.body).toBe(200);
    const due = await t.db.selectFrom('applications').select('promised_due_date').where('id', '=', running.id).executeTakeFirstOrThrow();
    await checkClocks({ db: t.db, now: morningOf(due.promised_due_date!), yellowDays: 2 });
    expect(await warningsOf(running.id)).toContain('decision/yellow');
    expect((await warningsOf(paused.id)).filter((w) => w.startsWith('decision'))).toEqual([]);
    const marks = await t.db
      .selectFrom('applications')
      .select(['id', 'decision_warned'])
      .where('id', 'in', [running.id, paused.id])
      .execute();
    expect(Object.fromEntries(marks.map((m) => [m.id, m.decision_warned]))).toEqual({ [running.id]: 'yellow', [paused.id]: null });
    await checkClocks({ db: t.db, now: morningOf(due.promised_due_date!), yellowDays: 2 });
    expect((await warningsOf(running.id)).filter((w) => w.startsWith('decision'))).toEqual(['decision/yellow']);
  });

  // Staff actions lock the application row, then its task; the clock check must take them in the same order, or
  // the two deadlock (the check's warning row needs a key-share lock on the application).
  it.runIf(TEST_DB_KIND === 'postgres')(
    'waits for a staff action holding the application, then leaves the task it finished unwarned',
    async () => {
      const d = await submit();
      const task = await t.db
        .selectFrom('application_tasks')
        .select(['task_key', 'due_date'])
        .where('application_id', '=', d.id)
        .where('status', '=', 'open')
        .executeTakeFirstOrThrow();
      const locked = deferred();
      const released = deferred();
      const staff = t.db.transaction().execute(async (trx) => {
        await trx.selectFrom('applications').select('id').where('id', '=', d.id).forUpdate().execute();
        locked.resolve();
        await released.promise;
        await trx
          .updateTable('application_tasks')
          .set({ status: 'done', finished_at: t.clock.now() })
          .where('application_id', '=', d.id)
          .where('task_key', '=', task.task_key)
          .execute();
      });
      await locked.promise;
      const check = checkClocks({ db: t.db, now: morningOf(task.due_date!), yellowDays: 2 });
      await new Promise((r) => setTimeout(r, 300)); // the check has read its candidates and waits for the lock
      released.resolve();
      await staff;
      await expect(check).resolves.toMatchObject({ missingYears: [] });
      expect((await warningsOf(d.id)).filter((w) => w.startsWith('task:'))).toEqual([]);
      const marked = await t.db
        .selectFrom('application_tasks')
        .select('warned_level')
        .where('application_id', '=', d.id)
        .where('task_key', '=', task.task_key)
        .executeTakeFirstOrThrow();
      expect(marked.warned_level).toBeNull();
    },
  );
});
