/**
 * Task assignment through HTTP: 签收 (claim), 退回待签 (release), 转办 (transfer) and the eligible colleagues.
 * Who may do what (role, department, holder, department head), one audit record and one staff-only log entry
 * per change, the colleague notified in-app, the application's version untouched, the staff history showing
 * the entries while the applicant and the public lookup do not, and the log still replaying to the stored state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStaff, PASSWORD } from '../../../test/factories.js';
import { createTestApp, login, type Caller, type TestContext } from '../../../test/helpers.js';
import { notificationWorker, recordingAdapters } from '../notifications/test-support.js';
import { standardDefinition } from '../process/standard-definition.js';
import { expectReplayMatches, publishItem, setUpFlow, uploadPdf, type FlowSetup } from './test-support.js';

let t: TestContext;
let s: FlowSetup;
/** a second and a third reviewer of the department, a disabled reviewer, and a reviewer-less head of another department */
let reviewer2: Caller;
let reviewer3: Caller;
let disabledId: string;

const names = { reviewer: '王审批', reviewer2: '李审批', reviewer3: '赵审批', head: '周负责', disabled: '钱停用' };

beforeAll(async () => {
  t = await createTestApp({ STAFF_MFA: 'waived' });
  t.clock.set(new Date('2026-03-02T02:00:00Z')); // Monday 10:00 in China
  s = await setUpFlow(t);
  await t.db.updateTable('staff').set({ name: names.reviewer }).where('account_id', '=', s.reviewer.accountId).execute();
  await t.db.updateTable('staff').set({ name: names.head }).where('account_id', '=', s.head.accountId).execute();
  const as = async (name: string) => {
    const { username } = await makeStaff(t.db, { departmentId: s.departmentId, roles: ['reviewer'], name });
    return login(t.app, 'staff', username, PASSWORD);
  };
  reviewer2 = await as(names.reviewer2);
  reviewer3 = await as(names.reviewer3);
  disabledId = (await makeStaff(t.db, { departmentId: s.departmentId, roles: ['reviewer'], name: names.disabled })).id;
  await t.db.updateTable('accounts').set({ status: 'disabled' }).where('id', '=', disabledId).execute();
});
afterAll(() => t.close());

interface Detail {
  id: string;
  number: string;
  queryCode: string;
  version: number;
  status: string;
  tasks: Array<{ taskId: string; name: string; status: string; phase: string; claimedBy: string | null }>;
  timeline: Array<{ step: string; note: string | null }>;
}

const call = (who: Caller | null, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: who?.headers ?? {}, ...(payload ? { payload } : {}) });

let keyNo = 0;
async function submit(itemCode = s.itemCode): Promise<Detail> {
  const uploads = { application: await uploadPdf(t, s.citizen), licence: await uploadPdf(t, s.citizen) };
  const res = await call(s.citizen, 'POST', '/api/applications', {
    itemCode,
    formData: {},
    scenarioAnswers: { situation: 'new' },
    materials: [
      { materialKey: 'application', uploadIds: [uploads.application] },
      { materialKey: 'business-licence', uploadIds: [uploads.licence] },
    ],
    submitKey: `assign-submit-${++keyNo}-${Date.now()}`,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Detail;
}

const openTask = (d: Detail) => d.tasks.find((x) => x.status === 'open')!;
const taskUrl = (d: Detail, taskId = openTask(d).taskId) => `/api/console/applications/${d.id}/tasks/${encodeURIComponent(taskId)}`;

async function act(who: Caller, d: Detail, actionKey: string, extra: object = {}) {
  t.clock.advance(60_000);
  return call(who, 'POST', `${taskUrl(d)}/actions`, { actionKey, ...extra });
}

/** An application accepted by the clerk, its 审查 task open for the department's reviewers. */
async function inReview(): Promise<Detail> {
  const d = await submit();
  const res = await act(s.clerk, d, 'accept');
  expect(res.statusCode, res.body).toBe(200);
  const accepted = res.json() as Detail;
  expect(openTask(accepted).name).toBe('审查');
  return accepted;
}

const claim = (who: Caller, d: Detail) => call(who, 'POST', `${taskUrl(d)}/claim`);
const release = (who: Caller, d: Detail) => call(who, 'POST', `${taskUrl(d)}/release`);
const transfer = (who: Caller, d: Detail, assigneeId: string, note?: string) =>
  call(who, 'POST', `${taskUrl(d)}/transfer`, { assigneeId, ...(note ? { note } : {}) });

const audits = (id: string, action: string) =>
  t.db.selectFrom('audit_log').select(['actor_id', 'detail']).where('target_id', '=', id).where('action', '=', action).execute();
const logOf = (id: string) =>
  t.db
    .selectFrom('application_actions')
    .select(['seq', 'type', 'actor_id', 'public_note', 'payload'])
    .where('application_id', '=', id)
    .orderBy('seq')
    .execute();
const holderOf = async (d: Detail) =>
  (
    await t.db
      .selectFrom('application_tasks')
      .select('claimed_by')
      .where('application_id', '=', d.id)
      .where('task_key', '=', openTask(d).taskId)
      .executeTakeFirstOrThrow()
  ).claimed_by;
const versionOf = async (id: string) =>
  (await t.db.selectFrom('applications').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;
const expectError = (res: { statusCode: number; json(): unknown; body: string }, status: number, code: string) => {
  expect(res.statusCode, res.body).toBe(status);
  const body = res.json() as { code: string; message: string };
  expect(body.code).toBe(code);
  expect(body.message).toMatch(/[\u4e00-\u9fff]/); // a Chinese message
};

describe('签收 (claim)', () => {
  it('the reviewer claims the open task: one audit record, one staff-only log entry, the version unchanged', async () => {
    const d = await inReview();
    const before = await versionOf(d.id);
    const res = await claim(s.reviewer, d);
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json() as Detail;
    expect(openTask(after).claimedBy).toBe(s.reviewer.accountId);
    expect(after.version).toBe(before);
    expect(await versionOf(d.id)).toBe(before);
    const records = await audits(d.id, 'application.task.claim');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ actor_id: s.reviewer.accountId, detail: { taskId: openTask(d).taskId, to: s.reviewer.accountId } });
    const last = (await logOf(d.id)).at(-1)!;
    expect(last).toMatchObject({ type: 'task_claim', actor_id: s.reviewer.accountId, public_note: null });
    expect(last.payload).toMatchObject({ action: { type: 'task_claim', taskId: openTask(d).taskId }, to: { id: s.reviewer.accountId } });

    // claiming one's own task again changes nothing and records nothing
    const again = await claim(s.reviewer, d);
    expect(again.statusCode, again.body).toBe(200);
    expect(await audits(d.id, 'application.task.claim')).toHaveLength(1);
    expect((await logOf(d.id)).filter((l) => l.type === 'task_claim')).toHaveLength(1);

    // the claim did not make the version the reviewer saw stale
    const passed = await act(s.reviewer, d, 'pass', { version: d.version });
    expect(passed.statusCode, passed.body).toBe(200);
    await expectReplayMatches(t, d.id);
  });

  it('a second claim by someone else is a 409; the holder stays', async () => {
    const d = await inReview();
    expect((await claim(s.reviewer, d)).statusCode).toBe(200);
    expectError(await claim(reviewer2, d), 409, 'CONFLICT');
    expect(await holderOf(d)).toBe(s.reviewer.accountId);
    expect(await audits(d.id, 'application.task.claim')).toHaveLength(1);
  });

  it('two colleagues claiming at once: one 200, one 409, one holder', async () => {
    const d = await inReview();
    const [a, b] = await Promise.all([claim(s.reviewer, d), claim(reviewer2, d)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect([s.reviewer.accountId, reviewer2.accountId]).toContain(await holderOf(d));
    expect(await audits(d.id, 'application.task.claim')).toHaveLength(1);
    await expectReplayMatches(t, d.id);
  });

  it('refuses the wrong role, another department, a citizen, an unknown task or application, and a finished task', async () => {
    const d = await inReview();
    expectError(await claim(s.clerk, d), 403, 'FORBIDDEN');
    expectError(await claim(s.outsider, d), 403, 'OUT_OF_SCOPE');
    expect((await claim(s.citizen, d)).statusCode).toBe(403);
    expectError(await call(s.reviewer, 'POST', `${taskUrl(d, 'review:99')}/claim`), 404, 'NOT_FOUND');
    expectError(
      await call(s.reviewer, 'POST', `/api/console/applications/00000000-0000-4000-8000-000000000000/tasks/review%3A1/claim`),
      404,
      'NOT_FOUND',
    );
    const acceptance = d.tasks.find((x) => x.phase === 'acceptance')!;
    expect(acceptance.status).toBe('done');
    expectError(await call(s.clerk, 'POST', `${taskUrl(d, acceptance.taskId)}/claim`), 409, 'CONFLICT');
    expect(await holderOf(d)).toBeNull();
    expect(await audits(d.id, 'application.task.claim')).toHaveLength(0);
    expect((await logOf(d.id)).map((l) => l.type)).toEqual(['submit', 'task']);
  });
});

describe('退回待签 (release)', () => {
  it('only the holder or the department head may release; then anyone of the role may claim', async () => {
    const d = await inReview();
    expectError(await release(s.reviewer, d), 409, 'CONFLICT'); // nobody holds it yet
    expect((await claim(s.reviewer, d)).statusCode).toBe(200);
    expectError(await release(reviewer2, d), 403, 'FORBIDDEN');
    expectError(await release(s.outsider, d), 403, 'OUT_OF_SCOPE');
    expect(await audits(d.id, 'application.task.release')).toHaveLength(0);

    const before = await versionOf(d.id);
    const res = await release(s.reviewer, d);
    expect(res.statusCode, res.body).toBe(200);
    expect(openTask(res.json() as Detail).claimedBy).toBeNull();
    expect(await versionOf(d.id)).toBe(before);
    expect(await audits(d.id, 'application.task.release')).toHaveLength(1);
    expect((await logOf(d.id)).at(-1)).toMatchObject({ type: 'task_release', public_note: null });

    expect((await claim(reviewer2, d)).statusCode).toBe(200);
    expect(await holderOf(d)).toBe(reviewer2.accountId);
    await expectReplayMatches(t, d.id);
  });

  it('the department head releases a colleague’s task, and the colleague is told', async () => {
    const d = await inReview();
    expect((await claim(reviewer2, d)).statusCode).toBe(200);
    const res = await release(s.head, d);
    expect(res.statusCode, res.body).toBe(200);
    expect(await holderOf(d)).toBeNull();
    expect(await audits(d.id, 'application.task.release')).toEqual([expect.objectContaining({ actor_id: s.head.accountId })]);
    const messages = await messagesOf(reviewer2);
    expect(messages.some((m) => m.title === '环节已退回待签：审查' && m.body.includes(d.number) && m.body.includes(names.head))).toBe(true);
  });
});

describe('转办 (transfer)', () => {
  it('lists the eligible colleagues: same department and role, active, not oneself nor the holder', async () => {
    const d = await inReview();
    expect((await claim(s.reviewer, d)).statusCode).toBe(200);
    const res = await call(s.reviewer, 'GET', `${taskUrl(d)}/assignees`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as {
      holder: { id: string; name: string } | null;
      items: Array<{ id: string; name: string; openTasks: number }>;
    };
    expect(body.holder).toEqual({ id: s.reviewer.accountId, name: names.reviewer });
    const ids = body.items.map((x) => x.id);
    expect(ids).toContain(reviewer2.accountId);
    expect(ids).toContain(reviewer3.accountId);
    for (const excluded of [s.reviewer.accountId, disabledId, s.clerk.accountId, s.head.accountId, s.outsider.accountId]) {
      expect(ids).not.toContain(excluded);
    }
    expect(body.items.find((x) => x.id === reviewer2.accountId)?.openTasks).toBe(await openTasksHeldBy(reviewer2));

    // the head sees everyone eligible but the holder; the wrong role and other departments may not look
    const asHead = (await call(s.head, 'GET', `${taskUrl(d)}/assignees`)).json() as typeof body;
    expect(asHead.items.map((x) => x.id)).not.toContain(s.reviewer.accountId);
    expect(asHead.items.map((x) => x.id)).toContain(reviewer2.accountId);
    expectError(await call(s.clerk, 'GET', `${taskUrl(d)}/assignees`), 403, 'FORBIDDEN');
    expectError(await call(s.outsider, 'GET', `${taskUrl(d)}/assignees`), 403, 'OUT_OF_SCOPE');
  });

  it('the holder transfers to a colleague, who holds it, is notified and can act; the former holder cannot', async () => {
    const d = await inReview();
    expect((await claim(s.reviewer, d)).statusCode).toBe(200);
    const before = await versionOf(d.id);
    const loadBefore = await openTasksHeldBy(reviewer2);
    const res = await transfer(s.reviewer, d, reviewer2.accountId, '本人休假，请代为审查');
    expect(res.statusCode, res.body).toBe(200);
    expect(openTask(res.json() as Detail).claimedBy).toBe(reviewer2.accountId);
    expect(await versionOf(d.id)).toBe(before);
    const records = await audits(d.id, 'application.task.transfer');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ actor_id: s.reviewer.accountId, detail: { from: s.reviewer.accountId, to: reviewer2.accountId } });
    const last = (await logOf(d.id)).at(-1)!;
    expect(last).toMatchObject({ type: 'task_transfer', public_note: null });
    expect(last.payload).toMatchObject({
      from: { id: s.reviewer.accountId, name: names.reviewer },
      to: { id: reviewer2.accountId, name: names.reviewer2 },
      note: '本人休假，请代为审查',
    });
    expect(await openTasksHeldBy(reviewer2)).toBe(loadBefore + 1);

    const messages = await messagesOf(reviewer2);
    const told = messages.find((m) => m.title === '转办：审查' && m.body.includes(d.number));
    expect(told?.body).toContain(names.reviewer);
    expect(told?.body).toContain('本人休假，请代为审查');

    // 我签收的 inbox of the colleague lists it
    const inbox = (await call(reviewer2, 'GET', '/api/console/inbox?mine=true')).json() as { items: Array<{ applicationId: string }> };
    expect(inbox.items.map((x) => x.applicationId)).toContain(d.id);

    expectError(await act(s.reviewer, d, 'pass'), 409, 'CONFLICT');
    const passed = await act(reviewer2, d, 'pass', { version: d.version });
    expect(passed.statusCode, passed.body).toBe(200);
    expect((passed.json() as Detail).status).toBe('accepted');
    await expectReplayMatches(t, d.id);
  });

  it('refuses another department, the wrong role, oneself, the holder, a disabled account and an unknown id — writing nothing', async () => {
    const d = await inReview();
    expect((await claim(s.reviewer, d)).statusCode).toBe(200);
    const logBefore = (await logOf(d.id)).length;
    expectError(await transfer(s.reviewer, d, s.outsider.accountId), 400, 'VALIDATION_FAILED');
    expectError(await transfer(s.reviewer, d, s.clerk.accountId), 400, 'VALIDATION_FAILED');
    expectError(await transfer(s.reviewer, d, s.head.accountId), 400, 'VALIDATION_FAILED'); // the head holds no reviewer role here
    expectError(await transfer(s.reviewer, d, s.reviewer.accountId), 400, 'VALIDATION_FAILED');
    expectError(await transfer(s.reviewer, d, disabledId), 400, 'VALIDATION_FAILED');
    expectError(await transfer(s.reviewer, d, s.citizen.accountId), 400, 'VALIDATION_FAILED');
    expectError(await transfer(s.reviewer, d, '00000000-0000-4000-8000-000000000000'), 400, 'VALIDATION_FAILED');
    expect((await transfer(s.reviewer, d, 'not-a-uuid')).statusCode).toBe(400);
    expect((await transfer(s.reviewer, d, reviewer2.accountId, 'x'.repeat(201))).statusCode).toBe(400);
    // the head transferring to the current holder
    expectError(await transfer(s.head, d, s.reviewer.accountId), 400, 'VALIDATION_FAILED');
    expect(await holderOf(d)).toBe(s.reviewer.accountId);
    expect(await audits(d.id, 'application.task.transfer')).toHaveLength(0);
    expect(await logOf(d.id)).toHaveLength(logBefore);
  });

  it('a colleague who neither holds the task nor heads the department may not transfer it (403)', async () => {
    const d = await inReview();
    // unclaimed: a reviewer must claim first
    expectError(await transfer(reviewer2, d, reviewer3.accountId), 403, 'FORBIDDEN');
    expect((await claim(s.reviewer, d)).statusCode).toBe(200);
    expectError(await transfer(reviewer2, d, reviewer3.accountId), 403, 'FORBIDDEN');
    expectError(await transfer(s.clerk, d, reviewer3.accountId), 403, 'FORBIDDEN');
    expectError(await transfer(s.outsider, d, reviewer3.accountId), 403, 'OUT_OF_SCOPE');
    expect(await holderOf(d)).toBe(s.reviewer.accountId);
    expect(await audits(d.id, 'application.task.transfer')).toHaveLength(0);
  });

  it('the department head assigns an unclaimed task and moves a claimed one; the former holder is told', async () => {
    const d = await inReview();
    const assigned = await transfer(s.head, d, reviewer2.accountId);
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect(await holderOf(d)).toBe(reviewer2.accountId);
    const moved = await transfer(s.head, d, reviewer3.accountId, '工作量调整');
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await holderOf(d)).toBe(reviewer3.accountId);
    expect(await audits(d.id, 'application.task.transfer')).toHaveLength(2);
    const toldFormer = (await messagesOf(reviewer2)).find((m) => m.title === '环节已转办：审查' && m.body.includes(d.number));
    expect(toldFormer?.body).toContain(names.reviewer3);
    expect((await messagesOf(reviewer3)).some((m) => m.title === '转办：审查' && m.body.includes('工作量调整'))).toBe(true);
    await expectReplayMatches(t, d.id);
  });
});

describe('history and the log', () => {
  it('staff see every assignment in the history; the applicant and the public lookup do not', async () => {
    const d = await inReview();
    expect((await claim(s.reviewer, d)).statusCode).toBe(200);
    expect((await transfer(s.reviewer, d, reviewer2.accountId, '请协助审查')).statusCode).toBe(200);
    expect((await release(reviewer2, d)).statusCode).toBe(200);

    const staffView = (await call(s.head, 'GET', `/api/console/applications/${d.id}`)).json() as Detail;
    const steps = staffView.timeline.map((e) => e.step);
    expect(steps).toContain(`签收「审查」：${names.reviewer}`);
    expect(steps).toContain(`转办「审查」：${names.reviewer} → ${names.reviewer2}`);
    expect(steps).toContain(`退回待签「审查」：${names.reviewer2}`);
    expect(staffView.timeline.find((e) => e.step.startsWith('转办'))?.note).toBe('请协助审查');

    const mine = (await call(s.citizen, 'GET', `/api/applications/${d.id}`)).json() as Detail;
    const progress = (await call(null, 'GET', `/api/progress?number=${d.number}&code=${d.queryCode}`)).json() as Detail;
    for (const timeline of [mine.timeline, progress.timeline]) {
      expect(timeline.length).toBe(2); // 申报 / 收件, 受理
      expect(JSON.stringify(timeline)).not.toMatch(/签收|转办|退回待签|task_/);
    }
  });

  it('a task action and an assignment on the same application at once never collide in the log', async () => {
    for (let i = 0; i < 3; i++) {
      const d = await inReview();
      expect((await claim(s.reviewer, d)).statusCode).toBe(200);
      const [acted, released] = await Promise.all([act(s.reviewer, d, 'pass'), release(s.head, d)]);
      expect([200, 409]).toContain(acted.statusCode);
      expect([200, 409]).toContain(released.statusCode);
      expect(acted.statusCode === 200 || released.statusCode === 200).toBe(true);
      const seqs = (await logOf(d.id)).map((l) => l.seq);
      expect(seqs).toEqual(seqs.map((_, k) => k + 1));
      await expectReplayMatches(t, d.id);
    }
  });

  it('an action on one 会签 task and a claim of the parallel one at once never collide in the log', async () => {
    // two parallel review tasks of the same department: the claim locks the application as the action does
    const joint = await publishItem(
      t,
      s.departmentId,
      standardDefinition({ name: '会签', jointDepartments: [s.departmentId, s.departmentId] }),
    );
    for (let i = 0; i < 8; i++) {
      let d = await submit(joint.itemCode);
      const accepted = await act(s.clerk, d, 'accept');
      expect(accepted.statusCode, accepted.body).toBe(200);
      d = accepted.json() as Detail;
      const passed = await act(s.reviewer, d, 'pass');
      expect(passed.statusCode, passed.body).toBe(200);
      d = passed.json() as Detail;
      const [first, second] = d.tasks.filter((x) => x.status === 'open').map((x) => x.taskId);
      expect(second, JSON.stringify(d.tasks)).toBeDefined();
      const [acted, claimed] = await Promise.all([
        call(s.reviewer, 'POST', `${taskUrl(d, first)}/actions`, { actionKey: 'agree' }),
        call(reviewer2, 'POST', `${taskUrl(d, second)}/claim`),
      ]);
      expect(acted.statusCode, acted.body).toBe(200);
      expect(claimed.statusCode, claimed.body).toBe(200);
      const seqs = (await logOf(d.id)).map((l) => l.seq);
      expect(seqs).toEqual(seqs.map((_, k) => k + 1));
      await expectReplayMatches(t, d.id);
    }
  });

  it('every application still equals a replay of its log', async () => {
    const apps = await t.db.selectFrom('applications').select(['id']).where('status', '!=', 'draft').execute();
    expect(apps.length).toBeGreaterThan(5);
    for (const a of apps) await expectReplayMatches(t, a.id);
    const types = await t.db.selectFrom('application_actions').select('type').distinct().execute();
    expect(types.map((x) => x.type)).toEqual(expect.arrayContaining(['task_claim', 'task_release', 'task_transfer']));
  });
});

async function messagesOf(who: Caller) {
  const worker = notificationWorker(t, recordingAdapters(t));
  while ((await worker.runOnce()) > 0);
  const res = await call(who, 'GET', '/api/me/messages');
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { items: Array<{ title: string; body: string }> }).items;
}

async function openTasksHeldBy(who: Caller) {
  const row = await t.db
    .selectFrom('application_tasks')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('claimed_by', '=', who.accountId)
    .where('status', '=', 'open')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
