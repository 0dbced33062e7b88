/**
 * Kysely table types. Each module declares its own tables next to its migration; this file joins them
 * into the one `DB` type. They are written by hand: keep a table's interface in step with its migration
 * (generating them from the live schema, e.g. kysely-codegen, is a planned improvement).
 */
import type { ColumnType, Generated } from 'kysely';
import type { JobTables } from '../modules/jobs/jobs.tables.js';
import type { NotificationTables } from '../modules/notifications/notifications.tables.js';
import type { CatalogueTables } from '../modules/catalogue/catalogue.tables.js';
import type { UploadTables } from '../modules/uploads/uploads.tables.js';
import type { CalendarTables } from '../modules/calendar/calendar.tables.js';
import type { ApplicationTables, ProcessDefinitionTables } from '../modules/applications/applications.tables.js';

export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type Json = ColumnType<unknown, string, string>;
/** A timestamp with a database default: optional on insert. */
export type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface OrganisationTables {
  divisions: { code: string; name: string; level: number; parent_code: string | null };
  departments: {
    id: Generated<string>;
    name: string;
    short_name: string;
    uscc: string;
    division_code: string;
    phone: string | null;
    sort_order: Generated<number>;
    status: Generated<'active' | 'inactive'>;
    created_at: GeneratedTimestamp;
    updated_at: GeneratedTimestamp;
  };
  halls: {
    id: Generated<string>;
    name: string;
    division_code: string;
    address: string;
    opening_hours: string;
    phone: string | null;
    created_at: GeneratedTimestamp;
    updated_at: GeneratedTimestamp;
  };
  hall_windows: {
    id: Generated<string>;
    hall_id: string;
    number: string;
    name: string;
    kind: 'comprehensive' | 'professional';
    department_id: string | null;
    status: Generated<'open' | 'closed'>;
  };
}

export type AccountKind = 'person' | 'enterprise' | 'staff';
export type MfaState = 'not_needed' | 'enrol' | 'verify' | 'verified' | 'waived';

export interface IdentityTables {
  accounts: {
    id: Generated<string>;
    kind: AccountKind;
    username: string | null;
    display_name: string;
    email: string | null;
    password_hash: string | null;
    status: Generated<'active' | 'disabled'>;
    failed_logins: Generated<number>;
    locked_until: Timestamp | null;
    totp_secret_enc: string | null;
    totp_enrolled_at: Timestamp | null;
    totp_last_step: number | null;
    created_at: GeneratedTimestamp;
    updated_at: GeneratedTimestamp;
  };
  persons: {
    account_id: string;
    name: string;
    id_number_enc: string;
    id_number_bidx: string;
    id_number_hint: string;
    mobile_enc: string;
    mobile_bidx: string;
    mobile_hint: string;
    verification_level: Generated<number>;
  };
  enterprises: {
    account_id: string;
    name: string;
    uscc: string;
    legal_rep_name: string;
    mobile_enc: string;
    mobile_bidx: string;
    mobile_hint: string;
  };
  staff: {
    account_id: string;
    name: string;
    department_id: string;
    window_id: string | null;
    mobile_enc: string | null;
    mobile_bidx: string | null;
    mobile_hint: string | null;
  };
  account_roles: { account_id: string; role: string };
  sessions: {
    id: string;
    account_id: string;
    csrf_token: string;
    mfa_state: MfaState;
    created_at: Timestamp;
    last_seen_at: Timestamp;
    expires_at: Timestamp;
    revoked_at: Timestamp | null;
    ip: string | null;
    user_agent: string | null;
  };
  external_identities: { provider: string; subject: string; account_id: string; created_at: GeneratedTimestamp };
}

export interface AuditTables {
  audit_chain_head: { id: number; last_seq: number; last_hash: string };
  audit_log: {
    /** insertion order */
    id: Generated<number>;
    /** chain position; null until sealed (seal-audit-chain.ts) */
    seq: ColumnType<number | null, number | null | undefined, number | null>;
    at: Timestamp;
    actor_id: string | null;
    actor_label: string;
    action: string;
    target_type: string;
    target_id: string | null;
    request_id: string | null;
    before_digest: string | null;
    after_digest: string | null;
    detail: Json;
    prev_hash: ColumnType<string | null, string | null | undefined, string | null>;
    hash: ColumnType<string | null, string | null | undefined, string | null>;
  };
}

export interface DB
  extends
    OrganisationTables,
    IdentityTables,
    AuditTables,
    JobTables,
    NotificationTables,
    CatalogueTables,
    UploadTables,
    CalendarTables,
    ProcessDefinitionTables,
    ApplicationTables {}
