/**
 * Server-side sessions. The cookie holds a random token; the table holds only its SM3 digest. A session
 * ends when idle for SESSION_IDLE_MINUTES, after SESSION_MAX_HOURS, at logout, or at "logout everywhere".
 */
import { randomBytes } from 'node:crypto';
import type { Config } from '../../config.js';
import type { Db } from '../../db/database.js';
import { sql } from 'kysely';
import type { AccountKind, MfaState } from '../../db/schema.js';
import { sm3Hex } from '../../lib/sm3.js';
import type { Role } from './principal.js';

export const SESSION_COOKIE = 'ow_session';

export interface NewSession {
  token: string;
  id: string;
  csrfToken: string;
  expiresAt: Date;
  mfaState: MfaState;
}

export async function createSession(
  trx: Db,
  input: { accountId: string; mfaState: MfaState; now: Date; config: Config; ip?: string; userAgent?: string },
): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const id = sm3Hex(token);
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(input.now.getTime() + input.config.sessionMaxHours * 3600_000);
  await trx
    .insertInto('sessions')
    .values({
      id,
      account_id: input.accountId,
      csrf_token: csrfToken,
      mfa_state: input.mfaState,
      created_at: input.now,
      last_seen_at: input.now,
      expires_at: expiresAt,
      ip: input.ip ?? null,
      user_agent: input.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { token, id, csrfToken, expiresAt, mfaState: input.mfaState };
}

export type SessionLookup =
  | { state: 'none' }
  | { state: 'expired' }
  | { state: 'inactive_account' }
  | {
      state: 'active';
      id: string;
      accountId: string;
      csrfToken: string;
      mfaState: MfaState;
      lastSeenAt: Date;
      account: { kind: AccountKind; displayName: string; roles: Role[]; departmentId: string | null };
    };

/**
 * The session behind a cookie token with the account facts every request needs (kind, name, roles,
 * department), in one statement: this runs on every authenticated request.
 */
export async function findSession(db: Db, token: string, now: Date, config: Config): Promise<SessionLookup> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('accounts as a', 'a.id', 's.account_id')
    .leftJoin('staff as st', 'st.account_id', 's.account_id')
    .select([
      's.id',
      's.account_id',
      's.csrf_token',
      's.mfa_state',
      's.last_seen_at',
      's.expires_at',
      's.revoked_at',
      'a.kind',
      'a.display_name',
      'a.status',
      'st.department_id',
      sql<Role[]>`array(SELECT r.role FROM account_roles r WHERE r.account_id = s.account_id ORDER BY r.role)`.as('roles'),
    ])
    .where('s.id', '=', sm3Hex(token))
    .executeTakeFirst();
  if (!row) return { state: 'none' };
  const lastSeen = new Date(row.last_seen_at);
  const idleLimit = lastSeen.getTime() + config.sessionIdleMinutes * 60_000;
  if (row.revoked_at || new Date(row.expires_at) <= now || idleLimit <= now.getTime()) return { state: 'expired' };
  if (row.status !== 'active') return { state: 'inactive_account' };
  return {
    state: 'active',
    id: row.id,
    accountId: row.account_id,
    csrfToken: row.csrf_token,
    mfaState: row.mfa_state,
    lastSeenAt: lastSeen,
    account: { kind: row.kind, displayName: row.display_name, roles: row.roles, departmentId: row.department_id ?? null },
  };
}

export async function touchSession(db: Db, id: string, now: Date): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

export async function revokeSession(trx: Db, id: string, now: Date): Promise<void> {
  await trx.updateTable('sessions').set({ revoked_at: now }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

export async function revokeAllSessions(trx: Db, accountId: string, now: Date): Promise<number> {
  const result = await trx
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function setSessionMfaState(trx: Db, id: string, mfaState: MfaState): Promise<void> {
  await trx.updateTable('sessions').set({ mfa_state: mfaState }).where('id', '=', id).execute();
}
