/**
 * The 'notification.deliver' job: delivers one notification on each channel it asks for — an SMS to the
 * account's mobile (decrypted only here, just before sending), an e-mail to the account's address, and the
 * in-app message when a job asks for it (notifyAccount writes in-app messages in the caller's transaction
 * and leaves them out of the job; jobs queued before it did still carry them). Each channel is recorded in
 * notification_deliveries (sent, or skipped with the reason, e.g. no e-mail address), and a retry skips
 * recorded channels: the in-app message is written with its delivery record in one transaction (and
 * messages.source_job_id is UNIQUE), so it never appears twice. An SMS or e-mail may be sent twice only if
 * the worker dies between sending and recording it. One failing channel does not hold back the others; the
 * job fails (and is retried) after all were tried.
 */
import type { Db } from '../../db/database.js';
import type { Clock } from '../../lib/clock.js';
import type { PersonalDataCipher } from '../../lib/personal-data-cipher.js';
import type { JobContext, JobHandler } from '../jobs/worker.js';
import type { Mailer } from './mailer.js';
import { findRecipient, recordedChannels } from './notifications.queries.js';
import { checkNotification, DELIVER_NOTIFICATION, smsText, type DeliverNotificationPayload } from './notification.js';
import type { NotificationChannel } from './notifications.tables.js';
import type { SmsGateway } from './sms-gateway.js';

export interface NotificationDeps {
  db: Db;
  cipher: PersonalDataCipher;
  mailer: Mailer;
  sms: SmsGateway;
  clock: Clock;
}

export function notificationHandlers(deps: NotificationDeps): Record<string, JobHandler> {
  return { [DELIVER_NOTIFICATION]: (payload, ctx) => deliverNotification(deps, payload, ctx) };
}

export async function deliverNotification(deps: NotificationDeps, payload: DeliverNotificationPayload, ctx: JobContext): Promise<void> {
  const { db, cipher, clock } = deps;
  const n = checkNotification(payload);
  const recipient = await findRecipient(db, n.accountId);
  if (!recipient) return; // the account was deleted after the notification was asked for: nobody to tell
  // Attempts are counted when a worker claims the job, so nothing can be recorded before the first one.
  const recorded = ctx.attempt > 1 ? await recordedChannels(db, ctx.jobId) : new Set<string>();
  const record = (trx: Db, channel: NotificationChannel, note?: string) =>
    trx
      .insertInto('notification_deliveries')
      .values({
        job_id: ctx.jobId,
        channel,
        account_id: n.accountId,
        outcome: note ? 'skipped' : 'sent',
        note: note ?? null,
        at: clock.now(),
      })
      .onConflict((oc) => oc.columns(['job_id', 'channel']).doNothing())
      .execute();

  const failures: Array<{ channel: NotificationChannel; err: unknown }> = [];
  for (const channel of n.channels.filter((c) => !recorded.has(c))) {
    try {
      if (channel === 'inapp') {
        await db.transaction().execute(async (trx) => {
          await trx
            .insertInto('messages')
            .values({ account_id: n.accountId, title: n.title, body: n.body, created_at: clock.now(), source_job_id: ctx.jobId })
            .onConflict((oc) => oc.column('source_job_id').doNothing())
            .execute();
          await record(trx, 'inapp');
        });
      } else if (channel === 'sms') {
        if (!recipient.mobileEnc) {
          await record(db, 'sms', 'no mobile number on the account');
          continue;
        }
        await deps.sms.send({ to: cipher.decrypt(recipient.mobileEnc), text: smsText(n) });
        await record(db, 'sms');
      } else {
        if (!recipient.email) {
          await record(db, 'email', 'no e-mail address on the account');
          continue;
        }
        await deps.mailer.send({ to: recipient.email, subject: n.title, text: n.body });
        await record(db, 'email');
      }
    } catch (err) {
      failures.push({ channel, err });
    }
  }
  if (failures.length > 0) {
    const summary = failures.map((f) => `${f.channel}: ${f.err instanceof Error ? f.err.message : String(f.err)}`).join('; ');
    throw new AggregateError(
      failures.map((f) => f.err),
      `notification delivery failed on ${summary}`,
    );
  }
}
