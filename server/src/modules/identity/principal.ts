/**
 * Who is calling: the principal resolved from the session, and what it may read. Department scope is a
 * value passed into queries (see `departmentFilter`), so isolation is enforced where data is read.
 */
import type { AccountKind, MfaState } from '../../db/schema.js';

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
export const ROLES = ['citizen', 'enterprise', ...STAFF_ROLES] as const;
export type Role = (typeof ROLES)[number];
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Roles whose scope is the whole government rather than their own department. */
const CROSS_DEPARTMENT_ROLES: readonly Role[] = ['admin', 'supervisor', 'catalogue_reviewer', 'catalogue_publisher'];

export interface Principal {
  accountId: string;
  kind: AccountKind;
  displayName: string;
  roles: Role[];
  departmentId: string | null;
  sessionId: string;
  mfaState: MfaState;
}

export type DepartmentScope = { all: true } | { all: false; departmentIds: string[] };

export function departmentScope(p: Pick<Principal, 'roles' | 'departmentId' | 'kind'>): DepartmentScope {
  if (p.kind === 'staff' && p.roles.some((r) => CROSS_DEPARTMENT_ROLES.includes(r))) return { all: true };
  return { all: false, departmentIds: p.kind === 'staff' && p.departmentId ? [p.departmentId] : [] };
}

export function inScope(scope: DepartmentScope, departmentId: string | null): boolean {
  return scope.all || (departmentId !== null && scope.departmentIds.includes(departmentId));
}

export function actorOf(p: Principal) {
  return { id: p.accountId, label: `${p.kind}:${p.accountId}` };
}
