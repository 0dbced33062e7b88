/**
 * E-mail adapters. Production: SMTP through nodemailer (SMTP_URL). Without SMTP_URL: the development
 * mailer, which sends nothing — it puts the message in dev_outbox (shown to administrators at
 * /api/dev/outbox) and logs a line saying it was NOT sent.
 */
import nodemailer from 'nodemailer';
import type { Db } from '../../db/database.js';
import { consoleLog, type AdapterLog } from './adapter-log.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** shown at boot and in /api/dev/outbox, e.g. 'SMTP smtps://smtp.example.gov.cn:465' */
  readonly name: string;
  /** true when messages are not really sent */
  readonly development: boolean;
  send(msg: MailMessage): Promise<void>;
}

export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  const url = new URL(smtpUrl);
  return {
    // Never the user name or password of the URL.
    name: `SMTP ${url.protocol}//${url.host}`,
    development: false,
    async send(msg) {
      await transport.sendMail({ from, to: msg.to, subject: msg.subject, text: msg.text });
    },
  };
}

export function createDevMailer(db: Db, log: AdapterLog = consoleLog): Mailer {
  return {
    name: 'development mailer (not sent)',
    development: true,
    async send(msg) {
      const row = await db
        .insertInto('dev_outbox')
        .values({ channel: 'email', recipient: msg.to, subject: msg.subject, body: msg.text, created_at: new Date() })
        .returning('id')
        .executeTakeFirstOrThrow();
      log.info(
        { outboxId: row.id, channel: 'email', subject: msg.subject },
        '开发邮件箱 development mailer: e-mail NOT sent, kept in dev_outbox',
      );
    },
  };
}
