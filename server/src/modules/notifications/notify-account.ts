/**
 * Tells one account — in-app message, SMS, e-mail — from inside the caller's transaction. The in-app message
 * is written right here, so it commits (or rolls back) with the change it reports and costs one INSERT. SMS
 * and e-mail leave the machine, so they go through one 'notification.deliver' job that delivers them after
 * the caller commits (see deliver-notification.ts). Nothing is sent if the caller rolls back.
 */
import type { Db } from '../../db/database.js';
import { enqueueJob } from '../jobs/enqueue-job.js';
import { checkNotification, DELIVER_NOTIFICATION, type NotifyAccountInput } from './notification.js';

export type { NotifyAccountInput } from './notification.js';
/** The job's handler lives next to its delivery code; re-exported so callers find both here. */
export { notificationHandlers } from './deliver-notification.js';

/** Returns the id of the job that delivers SMS and e-mail, or null when only the in-app message was asked for. */
export async function notifyAccount(trx: Db, input: NotifyAccountInput, now: Date): Promise<string | null> {
  const n = checkNotification(input);
  if (n.channels.includes('inapp')) {
    await trx
      .insertInto('messages')
      .values({ account_id: n.accountId, title: n.title, body: n.body, created_at: now, read_at: null })
      .execute();
  }
  const remote = n.channels.filter((c) => c !== 'inapp');
  return remote.length > 0 ? enqueueJob(trx, { kind: DELIVER_NOTIFICATION, payload: { ...n, channels: remote } }, now) : null;
}
