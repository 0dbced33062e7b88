/** A notification as notifyAccount asks for it and the notification.deliver job receives it (pure). */
import { DomainError } from '../../errors.js';
import { NOTIFICATION_CHANNELS, type NotificationChannel } from './notifications.tables.js';

export const DELIVER_NOTIFICATION = 'notification.deliver';

export interface NotifyAccountInput {
  accountId: string;
  title: string;
  body: string;
  channels: NotificationChannel[];
}

/** The job's payload: ids and text only; addresses are looked up (and mobiles decrypted) at delivery. */
export type DeliverNotificationPayload = NotifyAccountInput;

/** Trims the texts, puts the channels in a fixed order without repeats, and refuses what cannot be delivered. */
export function checkNotification(input: NotifyAccountInput): DeliverNotificationPayload {
  const title = input.title.trim();
  const body = input.body.trim();
  const channels = NOTIFICATION_CHANNELS.filter((c) => input.channels.includes(c));
  const problems = [
    ...(title.length < 1 || title.length > 200 ? ['title must have 1 to 200 characters'] : []),
    ...(body.length < 1 || body.length > 5000 ? ['body must have 1 to 5000 characters'] : []),
    ...(channels.length === 0 || channels.length !== new Set(input.channels).size
      ? ['channels must be a non-empty set of inapp, sms, email']
      : []),
  ];
  if (problems.length > 0) throw new DomainError('VALIDATION_FAILED', `通知内容不符合要求: ${problems.join('; ')}`, { problems });
  return { accountId: input.accountId, title, body, channels };
}

/** The SMS text: the platform's signature, the title and the body. */
export function smsText(n: Pick<DeliverNotificationPayload, 'title' | 'body'>): string {
  return `【一网通办】${n.title}：${n.body}`;
}
