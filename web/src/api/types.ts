/**
 * The shapes the web app works with. Request and response bodies are derived from the generated
 * OpenAPI types (schema.gen.ts, `npm run gen:api`) through openapi-types.ts, so they cannot drift from
 * the server; only the UI's own unions and constants are written here.
 */
import type { Body, Item, Query, Res } from './openapi-types';

export type AccountKind = 'person' | 'enterprise' | 'staff';

export const STAFF_ROLES = [
  'window_clerk',
  'reviewer',
  'department_head',
  'hotline_operator',
  'supervisor',
  'admin',
  'catalogue_editor',
  'catalogue_reviewer',
  'catalogue_publisher',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const isStaffRole = (role: string): role is StaffRole => (STAFF_ROLES as readonly string[]).includes(role);
export type Role = 'citizen' | 'enterprise' | StaffRole;
export type MfaState = NonNullable<Session['mfa']>;

export type Session = Res<'/api/auth/session', 'get'>;
export type Account = NonNullable<Session['account']>;
export type DepartmentRef = NonNullable<Account['department']>;
export type Ok = Res<'/api/auth/logout', 'post'>;
export type TotpEnrolment = Res<'/api/auth/totp/enrol', 'post'>;
export type LoginInput = Body<'/api/auth/login', 'post'>;
export type RegisterPersonInput = Body<'/api/auth/register/person', 'post'>;
export type RegisterEnterpriseInput = Body<'/api/auth/register/enterprise', 'post'>;

export type Division = Item<Res<'/api/divisions', 'get'>>;
export type ActiveStatus = Department['status'];
export type Department = Item<Res<'/api/departments', 'get'>>;
export type DepartmentInput = Body<'/api/departments', 'post'>;
export type DepartmentPatch = Body<'/api/departments/{id}', 'patch'>;
export type Hall = Item<Res<'/api/halls', 'get'>>;
export type HallInput = Body<'/api/halls', 'post'>;
export type HallWindow = Item<Res<'/api/halls/{id}/windows', 'get'>>;
export type WindowKind = HallWindow['kind'];
export type WindowStatus = HallWindow['status'];
export type WindowInput = Body<'/api/halls/{id}/windows', 'post'>;
export type WindowPatch = Body<'/api/windows/{id}', 'patch'>;

export type StaffMember = Item<Res<'/api/staff', 'get'>>;
export type StaffStatus = StaffMember['status'];
export type StaffQuery = Query<'/api/staff', 'get'>;
export type CreateStaffInput = Body<'/api/staff', 'post'>;
export type UpdateStaffInput = Body<'/api/staff/{id}', 'patch'>;

export interface PageQuery {
  limit: number;
  offset: number;
}
export interface Paged<T> {
  items: T[];
  total: number;
}

export type DataAccessEntry = Item<Res<'/api/me/data-access', 'get'>>;
export type MessageList = Res<'/api/me/messages', 'get'>;
export type Message = Item<MessageList>;
export type AuditEntry = Item<Res<'/api/audit', 'get'>>;
export type AuditQuery = Query<'/api/audit', 'get'>;
export type ChainReport = Res<'/api/audit/verify', 'get'>;

export const JOB_STATUSES = ['pending', 'running', 'done', 'dead'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
export type JobQuery = Query<'/api/jobs', 'get'>;
export type Job = Item<Res<'/api/jobs', 'get'>>;
export type Outbox = Res<'/api/dev/outbox', 'get'>;
export type OutboxItem = Item<Outbox>;
