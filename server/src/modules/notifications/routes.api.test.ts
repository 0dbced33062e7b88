// /api/me/messages: own messages only, marking read is audited; /api/dev/outbox: administrators only, mobiles masked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type Caller, type TestContext } from '../../../test/helpers.js';
import { makeDepartment, makeStaff, PASSWORD } from '../../../test/factories.js';
import { notifyAccount } from './notify-account.js';
import { notificationWorker, recordingAdapters, registerPerson } from './test-support.js';

let t: TestContext;
let alice: Awaited<ReturnType<typeof registerPerson>>;
let bob: Awaited<ReturnType<typeof registerPerson>>;
let admin: Caller;
let clerk: Caller;

beforeAll(async () => {
  t = await createTestApp({ STAFF_MFA: 'waived' });
  alice = await registerPerson(t, '李丽');
  bob = await registerPerson(t, '赵强');
  const dept = await makeDepartment(t.db);
  admin = await login(t.app, 'staff', (await makeStaff(t.db, { departmentId: dept.id, roles: ['admin'] })).username, PASSWORD);
  clerk = await login(t.app, 'staff', (await makeStaff(t.db, { departmentId: dept.id, roles: ['window_clerk'] })).username, PASSWORD);

  const worker = notificationWorker(t, recordingAdapters(t));
  for (const [who, title] of [
    [alice, '第一条'],
    [bob, '给赵强'],
    [alice, '第二条'],
  ] as const) {
    await t.db
      .transaction()
      .execute((trx) =>
        notifyAccount(trx, { accountId: who.accountId, title, body: `${title}的内容`, channels: ['inapp', 'sms'] }, t.clock.now()),
      );
    await worker.runOnce();
    t.clock.advance(60_000);
  }
});
afterAll(() => t.close());

const get = (url: string, caller?: Caller) => t.app.inject({ method: 'GET', url, headers: caller?.headers ?? {} });
const markRead = (id: string, caller: Caller) =>
  t.app.inject({ method: 'POST', url: `/api/me/messages/${id}/read`, headers: caller.headers });
const auditOf = (messageId: string) =>
  t.db.selectFrom('audit_log').selectAll().where('action', '=', 'message.read').where('target_id', '=', messageId).execute();

describe('GET /api/me/messages', () => {
  it('lists only the caller’s own messages, newest first, with the unread count', async () => {
    const res = await get('/api/me/messages', alice.caller);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.items.map((m: { title: string }) => m.title)).toEqual(['第二条', '第一条']);
    expect(body.items[0]).toMatchObject({ body: '第二条的内容', readAt: null });
    expect(body.items[0].createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(body).toMatchObject({ unread: 2, total: 2 });

    const bobs = (await get('/api/me/messages', bob.caller)).json();
    expect(bobs.items.map((m: { title: string }) => m.title)).toEqual(['给赵强']);
  });

  it('needs a login and rejects unknown query parameters', async () => {
    const anon = await get('/api/me/messages');
    expect(anon.statusCode).toBe(401);
    expect(anon.json().code).toBe('UNAUTHENTICATED');
    const odd = await get('/api/me/messages?accountId=x', alice.caller);
    expect(odd.statusCode).toBe(400);
    expect(odd.json().code).toBe('VALIDATION_FAILED');
  });
});

describe('POST /api/me/messages/:id/read', () => {
  it('marks the caller’s message read and audits it once', async () => {
    const [newest] = (await get('/api/me/messages', alice.caller)).json().items;
    const res = await markRead(newest.id, alice.caller);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    const after = (await get('/api/me/messages', alice.caller)).json();
    expect(after.unread).toBe(1);
    expect(after.items[0].readAt).toBe(t.clock.now().toISOString());
    const audit = await auditOf(newest.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: alice.accountId, target_type: 'message' });

    // Reading it again changes nothing and writes no second audit record.
    expect((await markRead(newest.id, alice.caller)).statusCode).toBe(200);
    expect(await auditOf(newest.id)).toHaveLength(1);
  });

  it('answers 404 for someone else’s message and leaves it unread', async () => {
    const [bobsMessage] = (await get('/api/me/messages', bob.caller)).json().items;
    const res = await markRead(bobsMessage.id, alice.caller);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('NOT_FOUND');
    expect((await get('/api/me/messages', bob.caller)).json().unread).toBe(1);
    expect(await auditOf(bobsMessage.id)).toHaveLength(0);
  });

  it('rejects a malformed id and a write without the CSRF token', async () => {
    expect((await markRead('not-a-uuid', alice.caller)).json().code).toBe('VALIDATION_FAILED');
    const [msg] = (await get('/api/me/messages', bob.caller)).json().items;
    const noCsrf = await t.app.inject({ method: 'POST', url: `/api/me/messages/${msg.id}/read`, headers: { cookie: bob.caller.cookie } });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().code).toBe('CSRF_REJECTED');
  });
});

describe('GET /api/dev/outbox', () => {
  it('shows administrators what was not sent, with masked mobile numbers and the adapters in use', async () => {
    const res = await get('/api/dev/outbox', admin);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.adapters).toEqual({ mailer: 'development mailer (not sent)', sms: 'development SMS gateway (not sent)' });
    const sms = body.items.filter((i: { channel: string }) => i.channel === 'sms');
    // (The development adapters stamp rows with the wall clock, so equal stamps may come in any order.)
    const masked = (m: string) => `${m.slice(0, 3)}****${m.slice(-4)}`;
    expect(sms.map((i: { body: string; recipient: string }) => [i.body, i.recipient]).sort()).toEqual(
      [
        ['【一网通办】第一条：第一条的内容', masked(alice.mobile)],
        ['【一网通办】第二条：第二条的内容', masked(alice.mobile)],
        ['【一网通办】给赵强：给赵强的内容', masked(bob.mobile)],
      ].sort(),
    );
    expect(res.body).not.toContain(alice.mobile);
    expect(res.body).not.toContain(bob.mobile);
  });

  it('is forbidden to everyone else', async () => {
    for (const caller of [clerk, alice.caller]) {
      const res = await get('/api/dev/outbox', caller);
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
    expect((await get('/api/dev/outbox')).statusCode).toBe(401);
  });
});
