/**
 * SMS adapters. SMS has no standard protocol: every provider (and every provincial 短信平台) has its own
 * HTTP API, so only the development gateway exists for now; a provider adapter implements SmsGateway
 * and is chosen by SMS_GATEWAY. The development gateway sends nothing — it puts the message in dev_outbox
 * with the number MASKED (mobile numbers are stored only encrypted) and logs a line saying it was NOT sent.
 */
import { maskMobile } from '@onewindow/common/masking';
import type { Db } from '../../db/database.js';
import { consoleLog, type AdapterLog } from './adapter-log.js';

export interface SmsMessage {
  /** mobile number in clear (the handler decrypts it just before sending) */
  to: string;
  text: string;
}

export interface SmsGateway {
  readonly name: string;
  /** true when messages are not really sent */
  readonly development: boolean;
  send(msg: SmsMessage): Promise<void>;
}

export function createDevSmsGateway(db: Db, log: AdapterLog = consoleLog): SmsGateway {
  return {
    name: 'development SMS gateway (not sent)',
    development: true,
    async send(msg) {
      const recipient = maskMobile(msg.to);
      const row = await db
        .insertInto('dev_outbox')
        .values({ channel: 'sms', recipient, subject: null, body: msg.text, created_at: new Date() })
        .returning('id')
        .executeTakeFirstOrThrow();
      log.info({ outboxId: row.id, channel: 'sms', recipient }, '开发短信箱 development SMS gateway: SMS NOT sent, kept in dev_outbox');
    },
  };
}
