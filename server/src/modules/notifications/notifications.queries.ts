/** Reading what notifications need: the recipient's addresses, an account's messages, the development outbox. */
import type { Db } from '../../db/database.js';
import type { NotificationChannel } from './notifications.tables.js';

/** E-mail address and the encrypted mobile of any kind of account (persons, enterprises, staff). */
export async function findRecipient(db: Db, accountId: string) {
  const row = await db
    .selectFrom('accounts')
    .leftJoin('persons', 'persons.account_id', 'accounts.id')
    .leftJoin('enterprises', 'enterprises.account_id', 'accounts.id')
    .leftJoin('staff', 'staff.account_id', 'accounts.id')
    .select([
      'accounts.id',
      'accounts.email',
      'persons.mobile_enc as person_mobile',
      'enterprises.mobile_enc as enterprise_mobile',
      'staff.mobile_enc as staff_mobile',
    ])
    .where('accounts.id', '=', accountId)
    .executeTakeFirst();
  if (!row) return undefined;
  return { accountId: row.id, email: row.email, mobileEnc: row.person_mobile ?? row.enterprise_mobile ?? row.staff_mobile ?? null };
}

export async function recordedChannels(db: Db, jobId: string): Promise<Set<NotificationChannel>> {
  const rows = await db.selectFrom('notification_deliveries').select('channel').where('job_id', '=', jobId).execute();
  return new Set(rows.map((r) => r.channel));
}

export async function listMessages(db: Db, accountId: string, page: { limit: number; offset: number }) {
  const mine = db.selectFrom('messages').where('account_id', '=', accountId);
  const [rows, counts] = await Promise.all([
    mine
      .select(['id', 'title', 'body', 'created_at', 'read_at'])
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    mine
      .select((eb) => [eb.fn.countAll<number>().as('total'), eb.fn.count<number>('id').filterWhere('read_at', 'is', null).as('unread')])
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(counts.total), unread: Number(counts.unread) };
}

export async function listDevOutbox(db: Db, page: { limit: number; offset: number }) {
  const [rows, total] = await Promise.all([
    db.selectFrom('dev_outbox').selectAll().orderBy('created_at', 'desc').orderBy('id').limit(page.limit).offset(page.offset).execute(),
    db
      .selectFrom('dev_outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
