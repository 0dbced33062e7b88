/**
 * The shapes the web app works with, written from the API contract. Every hook returns the generated
 * client's data through these types, so a drift between server and web fails `tsc`.
 */

export type AccountKind = 'person' | 'enterprise' | 'staff';
export type MfaState = 'not_needed' | 'enrol' | 'verify' | 'verified' | 'waived';

export const STAFF_ROLES = ['window_clerk', 'reviewer', 'department_head', 'hotline_operator', 'supervisor', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const isStaffRole = (role: string): role is StaffRole => (STAFF_ROLES as readonly string[]).includes(role);
export type Role = 'citizen' | 'enterprise' | StaffRole;

export interface DepartmentRef {
  id: string;
  name: string;
}

export interface Account {
  id: string;
  kind: AccountKind;
  displayName: string;
  roles: string[];
  department: DepartmentRef | null;
  idNumberMasked?: string;
  mobileMasked?: string;
  uscc?: string;
}

export interface Session {
  authenticated: boolean;
  csrfToken?: string;
  mfa?: MfaState;
  account?: Account;
  mode: 'demo' | 'production';
  mfaWaived: boolean;
  oidc: { enabled: boolean; label?: string };
}

export interface Ok {
  ok: true;
}

export interface TotpEnrolment {
  secret: string;
  otpauthUrl: string;
  qrDataUrl: string;
}

export interface LoginInput {
  kind: AccountKind;
  identifier: string;
  password: string;
}

export interface RegisterPersonInput {
  name: string;
  idNumber: string;
  mobile: string;
  password: string;
}

export interface RegisterEnterpriseInput {
  name: string;
  uscc: string;
  legalRepName: string;
  mobile: string;
  password: string;
}

export interface Division {
  code: string;
  name: string;
  level: number;
  parentCode: string | null;
}

export type ActiveStatus = 'active' | 'inactive';

export interface Department {
  id: string;
  name: string;
  shortName: string;
  uscc: string;
  divisionCode: string;
  phone: string | null;
  sortOrder: number;
  status: ActiveStatus;
}

export interface DepartmentInput {
  name: string;
  shortName: string;
  uscc: string;
  divisionCode: string;
  phone?: string | null;
  sortOrder?: number;
}
export type DepartmentPatch = Partial<DepartmentInput> & { status?: ActiveStatus };

export interface Hall {
  id: string;
  name: string;
  divisionCode: string;
  address: string;
  openingHours: string;
  phone: string | null;
}

export interface HallInput {
  name: string;
  divisionCode: string;
  address: string;
  openingHours: string;
  phone?: string | null;
}

export type WindowKind = 'comprehensive' | 'professional';
export type WindowStatus = 'open' | 'closed';

export interface HallWindow {
  id: string;
  hallId: string;
  number: string;
  name: string;
  kind: WindowKind;
  departmentId: string | null;
  status: WindowStatus;
}

export interface WindowInput {
  number: string;
  name: string;
  kind: WindowKind;
  departmentId?: string | null;
}
export type WindowPatch = Partial<WindowInput> & { status?: WindowStatus };

export type StaffStatus = 'active' | 'disabled';

export interface StaffMember {
  id: string;
  username: string;
  name: string;
  department: DepartmentRef;
  roles: string[];
  status: StaffStatus;
  mobileMasked: string | null;
  mfaEnrolled: boolean;
  windowId: string | null;
}

export interface StaffQuery {
  departmentId?: string;
  q?: string;
  limit: number;
  offset: number;
}

export interface CreateStaffInput {
  username: string;
  name: string;
  departmentId: string;
  roles: StaffRole[];
  mobile?: string;
  email?: string;
  password: string;
}

export interface UpdateStaffInput {
  name?: string;
  departmentId?: string;
  roles?: StaffRole[];
  status?: StaffStatus;
  windowId?: string | null;
}

export interface PageQuery {
  limit: number;
  offset: number;
}

export interface Paged<T> {
  items: T[];
  total: number;
}

export interface DataAccessEntry {
  at: string;
  actorName: string;
  departmentName: string | null;
  action: string;
  purpose: string | null;
}

export interface MessageList {
  items: Message[];
  unread: number;
  total: number;
}

export interface Message {
  id: string;
  title: string;
  body: string;
  createdAt: string;
  readAt: string | null;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string | null;
  requestId: string | null;
  detail: unknown;
}

export interface AuditQuery {
  action?: string;
  actorId?: string;
  targetType?: string;
  targetId?: string;
  limit: number;
  offset: number;
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  firstBroken?: { seq: number; reason: string };
}

export const JOB_STATUSES = ['pending', 'running', 'done', 'dead'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export interface JobQuery extends PageQuery {
  status?: JobStatus;
}

export interface Job {
  id: string;
  kind: string;
  status: JobStatus;
  attempts: number;
  maxAttempts: number;
  runAt: string;
  lastError: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface OutboxItem {
  id: string;
  channel: 'sms' | 'email';
  recipient: string;
  subject: string | null;
  body: string;
  createdAt: string;
}

export interface Outbox {
  items: OutboxItem[];
  total: number;
  /** the adapters this instance uses; development adapters keep messages here instead of sending them */
  adapters: { mailer: string; sms: string };
}
