// notifyAccount → in-app message in the caller's transaction; 'notification.deliver' job → SMS to the decrypted mobile,
// e-mail; retries never double.
import { maskMobile } from '@onewindow/common/masking';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/helpers.js';
import { makeDepartment, makeStaff } from '../../../test/factories.js';
import { enqueueJob } from '../jobs/enqueue-job.js';
import { deliverNotification } from './deliver-notification.js';
import { DELIVER_NOTIFICATION } from './notification.js';
import { notifyAccount } from './notify-account.js';
import { notificationWorker, recordingAdapters, registerPerson } from './test-support.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const notify = (accountId: string, channels: Array<'inapp' | 'sms' | 'email'>, title = '受理通知') =>
  t.db
    .transaction()
    .execute((trx) => notifyAccount(trx, { accountId, title, body: '您的申请已受理，受理编号 A-1。', channels }, t.clock.now()));
const jobRow = (id: string) => t.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const deliveries = (jobId: string) =>
  t.db
    .selectFrom('notification_deliveries')
    .select(['channel', 'outcome', 'note'])
    .where('job_id', '=', jobId)
    .orderBy('channel')
    .execute();
const messagesOf = (accountId: string) => t.db.selectFrom('messages').selectAll().where('account_id', '=', accountId).execute();

describe('notifyAccount', () => {
  it('writes the in-app message at once and enqueues one notification.deliver job for the SMS, sent only when it runs', async () => {
    const p = await registerPerson(t);
    const jobId = await notify(p.accountId, ['inapp', 'sms']);
    expect(await jobRow(jobId!)).toMatchObject({
      kind: 'notification.deliver',
      status: 'pending',
      payload: { accountId: p.accountId, title: '受理通知', channels: ['sms'] },
    });
    expect(await messagesOf(p.accountId)).toMatchObject([
      { title: '受理通知', body: '您的申请已受理，受理编号 A-1。', source_job_id: null, read_at: null },
    ]);
    expect(await deliveries(jobId!)).toEqual([]);
  });

  it('enqueues no job when only the in-app message is asked for', async () => {
    const p = await registerPerson(t);
    const before = await t.db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(await notify(p.accountId, ['inapp'], '仅站内')).toBeNull();
    const after = await t.db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    expect((await messagesOf(p.accountId)).map((m) => m.title)).toEqual(['仅站内']);
  });

  it('leaves nothing behind when the caller rolls back', async () => {
    const p = await registerPerson(t);
    await expect(
      t.db.transaction().execute(async (trx) => {
        await notifyAccount(trx, { accountId: p.accountId, title: '不会发送', body: '回滚', channels: ['inapp', 'sms'] }, t.clock.now());
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const jobs = await t.db.selectFrom('jobs').select('payload').where('kind', '=', 'notification.deliver').execute();
    expect(jobs.some((j) => (j.payload as { title: string }).title === '不会发送')).toBe(false);
    expect(await messagesOf(p.accountId)).toEqual([]);
  });

  it('refuses an empty or unknown channel list', async () => {
    const p = await registerPerson(t);
    await expect(notify(p.accountId, [])).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(notify(p.accountId, ['fax' as 'sms'])).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});

describe('the notification.deliver job', () => {
  it('writes the in-app message, texts the decrypted mobile and e-mails the account address', async () => {
    const adapters = recordingAdapters(t);
    const worker = notificationWorker(t, adapters);
    await worker.runOnce(); // drain jobs left by earlier tests
    adapters.sms.length = 0;

    const p = await registerPerson(t);
    await t.db.updateTable('accounts').set({ email: 'wang@example.cn' }).where('id', '=', p.accountId).execute();
    const jobId = await notify(p.accountId, ['inapp', 'sms', 'email'], '办件已受理');
    expect(await worker.runOnce()).toBe(1);

    expect(await jobRow(jobId!)).toMatchObject({ status: 'done', attempts: 1 });
    const messages = await messagesOf(p.accountId);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ title: '办件已受理', body: '您的申请已受理，受理编号 A-1。', source_job_id: null, read_at: null });

    expect(adapters.sms).toEqual([{ to: p.mobile, text: '【一网通办】办件已受理：您的申请已受理，受理编号 A-1。' }]);
    expect(adapters.mails).toEqual([{ to: 'wang@example.cn', subject: '办件已受理', text: '您的申请已受理，受理编号 A-1。' }]);

    const outbox = await t.db.selectFrom('dev_outbox').selectAll().where('body', 'like', '%办件已受理%').orderBy('channel').execute();
    expect(outbox.map((o) => [o.channel, o.recipient])).toEqual([['sms', maskMobile(p.mobile)]]);
    const mail = await t.db
      .selectFrom('dev_outbox')
      .selectAll()
      .where('channel', '=', 'email')
      .where('recipient', '=', 'wang@example.cn')
      .execute();
    expect(mail.map((m) => [m.subject, m.body])).toEqual([['办件已受理', '您的申请已受理，受理编号 A-1。']]);
    // The development outbox never holds a mobile number in clear.
    const allOutbox = await t.db.selectFrom('dev_outbox').select(['recipient', 'body']).execute();
    expect(allOutbox.some((o) => o.recipient.includes(p.mobile) || o.body.includes(p.mobile))).toBe(false);

    expect(await deliveries(jobId!)).toEqual([
      { channel: 'email', outcome: 'sent', note: null },
      { channel: 'sms', outcome: 'sent', note: null },
    ]);
  });

  it('skips a channel without an address and notes why', async () => {
    const adapters = recordingAdapters(t);
    const p = await registerPerson(t); // no e-mail address
    const jobId = await notify(p.accountId, ['sms', 'email']);
    await notificationWorker(t, adapters).runOnce();
    expect(await jobRow(jobId!)).toMatchObject({ status: 'done' });
    expect(adapters.mails).toEqual([]);
    expect(adapters.sms.map((s) => s.to)).toEqual([p.mobile]);
    expect(await deliveries(jobId!)).toEqual([
      { channel: 'email', outcome: 'skipped', note: 'no e-mail address on the account' },
      { channel: 'sms', outcome: 'sent', note: null },
    ]);
    expect(await messagesOf(p.accountId)).toEqual([]); // in-app was not asked for
  });

  it('reaches staff at their encrypted mobile, and skips SMS for staff without one', async () => {
    const adapters = recordingAdapters(t);
    const dept = await makeDepartment(t.db);
    const withMobile = await makeStaff(t.db, { departmentId: dept.id, roles: ['reviewer'] });
    const without = await makeStaff(t.db, { departmentId: dept.id, roles: ['reviewer'] });
    await t.db
      .updateTable('staff')
      .set({ mobile_enc: t.cipher.encrypt('13700001234') })
      .where('account_id', '=', withMobile.id)
      .execute();
    const j1 = await notify(withMobile.id, ['sms', 'inapp'], '待办提醒');
    const j2 = await notify(without.id, ['sms', 'inapp'], '待办提醒');
    await notificationWorker(t, adapters).runOnce();
    expect(adapters.sms.map((s) => s.to)).toEqual(['13700001234']);
    expect((await deliveries(j1!)).map((d) => [d.channel, d.outcome])).toEqual([['sms', 'sent']]);
    expect((await deliveries(j2!)).map((d) => [d.channel, d.outcome, d.note])).toEqual([
      ['sms', 'skipped', 'no mobile number on the account'],
    ]);
    expect(await messagesOf(withMobile.id)).toHaveLength(1);
    expect(await messagesOf(without.id)).toHaveLength(1);
  });

  it('retries only the channel that failed: the message and SMS are not sent twice', async () => {
    const adapters = recordingAdapters(t, { failFirstMails: 1 });
    const worker = notificationWorker(t, adapters);
    const p = await registerPerson(t);
    await t.db.updateTable('accounts').set({ email: 'retry@example.cn' }).where('id', '=', p.accountId).execute();
    const jobId = await notify(p.accountId, ['inapp', 'sms', 'email'], '补正通知');

    await worker.runOnce();
    const failed = await jobRow(jobId!);
    expect(failed).toMatchObject({ status: 'pending', attempts: 1 });
    expect(failed.last_error).toContain('email: SMTP 421 service not available');
    expect(await messagesOf(p.accountId)).toHaveLength(1);
    expect(adapters.sms).toHaveLength(1);
    expect(adapters.mails).toHaveLength(0);

    t.clock.advance(10_000);
    expect(await worker.runOnce()).toBe(1);
    expect(await jobRow(jobId!)).toMatchObject({ status: 'done', attempts: 2, last_error: null });
    expect(await messagesOf(p.accountId)).toHaveLength(1);
    expect(adapters.sms).toHaveLength(1);
    expect(adapters.mails.map((m) => m.to)).toEqual(['retry@example.cn']);
  });

  it('a job that carries the in-app channel (queued before notifyAccount wrote it itself) writes it once, even run twice', async () => {
    const adapters = recordingAdapters(t);
    const p = await registerPerson(t);
    const jobId = await enqueueJob(
      t.db,
      { kind: DELIVER_NOTIFICATION, payload: { accountId: p.accountId, title: '重复运行', body: '旧任务', channels: ['inapp'] } },
      t.clock.now(),
    );
    const deps = { db: t.db, cipher: t.cipher, mailer: adapters.mailer, sms: adapters.smsGateway, clock: t.clock };
    const payload = (await jobRow(jobId!)).payload as Parameters<typeof deliverNotification>[1];
    await deliverNotification(deps, payload, { jobId, attempt: 1, now: t.clock.now() });
    await deliverNotification(deps, payload, { jobId, attempt: 2, now: t.clock.now() });
    expect(await messagesOf(p.accountId)).toMatchObject([{ title: '重复运行', source_job_id: jobId }]);
    expect(await deliveries(jobId)).toEqual([{ channel: 'inapp', outcome: 'sent', note: null }]);
  });
});
