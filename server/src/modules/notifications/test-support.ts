/** Test-only helpers for notification tests: register a person through the API, run notification jobs. */
import { expect } from 'vitest';
import { callerFromResponse, type TestContext } from '../../../test/helpers.js';
import { PASSWORD, randomIdNumber, randomMobile } from '../../../test/factories.js';
import { recordingLog } from '../jobs/test-support.js';
import { createJobWorker } from '../jobs/worker.js';
import { silentLog } from './adapter-log.js';
import { notificationHandlers } from './deliver-notification.js';
import { createDevMailer, type Mailer, type MailMessage } from './mailer.js';
import { createDevSmsGateway, type SmsGateway, type SmsMessage } from './sms-gateway.js';

export async function registerPerson(t: TestContext, name = '王小明') {
  const idNumber = randomIdNumber();
  const mobile = randomMobile();
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/register/person',
    payload: { name, idNumber, mobile, password: PASSWORD },
  });
  expect(res.statusCode, res.body).toBe(201);
  return { idNumber, mobile, caller: callerFromResponse(res), accountId: res.json().account.id as string };
}

/**
 * The development adapters, wrapped to remember what they were asked to send (in clear, as a real
 * gateway would receive it) and, optionally, to fail the first `failFirst` sends.
 */
export function recordingAdapters(t: TestContext, opts: { failFirstMails?: number } = {}) {
  const sms: SmsMessage[] = [];
  const mails: MailMessage[] = [];
  let mailFailures = opts.failFirstMails ?? 0;
  const devSms = createDevSmsGateway(t.db, silentLog);
  const devMailer = createDevMailer(t.db, silentLog);
  const smsGateway: SmsGateway = { name: devSms.name, development: true, send: async (m) => (sms.push(m), devSms.send(m)) };
  const mailer: Mailer = {
    name: devMailer.name,
    development: true,
    async send(m) {
      if (mailFailures > 0) {
        mailFailures--;
        throw new Error('SMTP 421 service not available');
      }
      mails.push(m);
      await devMailer.send(m);
    },
  };
  return { sms, mails, smsGateway, mailer };
}

export function notificationWorker(t: TestContext, adapters: { mailer: Mailer; smsGateway: SmsGateway }) {
  return createJobWorker({
    db: t.db,
    clock: t.clock,
    log: recordingLog(),
    handlers: notificationHandlers({ db: t.db, cipher: t.cipher, mailer: adapters.mailer, sms: adapters.smsGateway, clock: t.clock }),
    pollMs: 10,
    concurrency: 5,
  });
}
