/**
 * Who may do what with the catalogue. Editing (drafts) belongs to the implementing department's
 * catalogue editors (and administrators); review (审核) and publishing (发布) are separate roles held by
 * different people — the reviewer of a version may not publish it, nor review what they submitted.
 */
import { DomainError } from '../../errors.js';
import type { Principal, Role } from '../identity/principal.js';
import type { VersionRow } from './catalogue.queries.js';

export const EDIT_ROLES: Role[] = ['admin', 'catalogue_editor'];
export const REVIEW_ROLES: Role[] = ['catalogue_reviewer'];
export const PUBLISH_ROLES: Role[] = ['catalogue_publisher'];

function hasRole(p: Principal, roles: Role[]) {
  return p.kind === 'staff' && p.roles.some((r) => roles.includes(r));
}

export function assertCanEdit(p: Principal, departmentId: string) {
  if (!hasRole(p, EDIT_ROLES)) throw new DomainError('FORBIDDEN', '只有事项编制人员或系统管理员可以编辑事项');
  // An editor edits their own department only, whatever other (cross-department) roles they also hold.
  if (!p.roles.includes('admin') && p.departmentId !== departmentId) throw new DomainError('OUT_OF_SCOPE');
}

export function assertCanReview(p: Principal, version: VersionRow) {
  if (!hasRole(p, REVIEW_ROLES)) throw new DomainError('FORBIDDEN', '只有事项审核人员可以审核事项');
  if (version.submitted_by === p.accountId) throw new DomainError('CATALOGUE_DUTY_SEPARATION', '不能审核自己提交的事项');
}

export function assertCanPublish(p: Principal, version: VersionRow | null) {
  if (!hasRole(p, PUBLISH_ROLES)) throw new DomainError('FORBIDDEN', '只有事项发布人员可以发布或撤回事项');
  if (version && version.reviewed_by === p.accountId) throw new DomainError('CATALOGUE_DUTY_SEPARATION');
}

export function assertStatus(version: VersionRow, ...allowed: VersionRow['status'][]) {
  if (!allowed.includes(version.status)) {
    throw new DomainError('CATALOGUE_STATE_CONFLICT', undefined, { status: version.status, allowed });
  }
}
