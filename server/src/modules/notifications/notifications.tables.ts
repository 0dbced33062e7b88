/** Kysely types of the notification tables (migration 0005_notifications.sql). */
import type { Generated } from 'kysely';
import type { Timestamp } from '../../db/schema.js';

export type NotificationChannel = 'inapp' | 'sms' | 'email';
export const NOTIFICATION_CHANNELS: readonly NotificationChannel[] = ['inapp', 'sms', 'email'];

export interface NotificationTables {
  messages: {
    id: Generated<string>;
    account_id: string;
    title: string;
    body: string;
    created_at: Timestamp;
    read_at: Timestamp | null;
    source_job_id: string | null;
  };
  notification_deliveries: {
    job_id: string;
    channel: NotificationChannel;
    account_id: string;
    outcome: 'sent' | 'skipped';
    note: string | null;
    at: Timestamp;
  };
  dev_outbox: {
    id: Generated<string>;
    channel: 'sms' | 'email';
    recipient: string;
    subject: string | null;
    body: string;
    created_at: Timestamp;
  };
}
