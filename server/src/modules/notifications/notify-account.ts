/**
 * Asks for a notification to one account — in-app message, SMS, e-mail — from inside the caller's
 * transaction: one 'notification.deliver' job is enqueued, which delivers after the caller commits (see
 * deliver-notification.ts). Nothing is sent if the caller rolls back.
 */
import type { Db } from '../../db/database.js';
import { enqueueJob } from '../jobs/enqueue-job.js';
import { checkNotification, DELIVER_NOTIFICATION, type NotifyAccountInput } from './notification.js';

export type { NotifyAccountInput } from './notification.js';
/** The job's handler lives next to its delivery code; re-exported so callers find both here. */
export { notificationHandlers } from './deliver-notification.js';

export async function notifyAccount(trx: Db, input: NotifyAccountInput, now: Date): Promise<string> {
  return enqueueJob(trx, { kind: DELIVER_NOTIFICATION, payload: checkNotification(input) }, now);
}
