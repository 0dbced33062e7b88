/**
 * What the current account may do in the catalogue console, mirroring the server's policy
 * (server/src/modules/catalogue/catalogue-policy.ts): editors (own department) and administrators edit
 * drafts; reviewers approve or reject what they did not submit; publishers publish what they did not
 * review, reject approved versions and withdraw items. The server enforces all of it; this only decides
 * what the pages offer. Pure, so it is unit-tested.
 */
import type { VersionStatus } from './types';

export interface CatalogueActor {
  id: string;
  roles: readonly string[];
  departmentId: string | null;
}

export interface CatalogueRoles {
  admin: boolean;
  /** may create and edit drafts (in their own department unless admin) */
  editor: boolean;
  reviewer: boolean;
  publisher: boolean;
  /** sees every department (and so the department filter) */
  allDepartments: boolean;
}

const CROSS_DEPARTMENT = ['admin', 'supervisor', 'catalogue_reviewer', 'catalogue_publisher'];

export function catalogueRoles(actor: CatalogueActor | null | undefined): CatalogueRoles {
  const has = (role: string) => !!actor && actor.roles.includes(role);
  return {
    admin: has('admin'),
    editor: has('admin') || has('catalogue_editor'),
    reviewer: has('catalogue_reviewer'),
    publisher: has('catalogue_publisher'),
    allDepartments: !!actor && actor.roles.some((r) => CROSS_DEPARTMENT.includes(r)),
  };
}

/** Editors edit their own department's items; administrators edit any. */
export function canEditDepartment(actor: CatalogueActor | null | undefined, departmentId: string): boolean {
  if (!actor) return false;
  const roles = catalogueRoles(actor);
  return roles.admin || (roles.editor && actor.departmentId === departmentId);
}

export interface VersionFacts {
  status: VersionStatus;
  versionNo: number;
  departmentId: string;
  submittedBy: { id: string } | null;
  reviewedBy: { id: string } | null;
}

export interface VersionActions {
  save: boolean;
  submit: boolean;
  discard: boolean;
  approve: boolean;
  reject: boolean;
  publish: boolean;
  /** why a reviewer or publisher is not offered the step they would otherwise have */
  blockedBy: 'ownSubmission' | 'ownReview' | null;
}

export function versionActions(actor: CatalogueActor | null | undefined, v: VersionFacts): VersionActions {
  const roles = catalogueRoles(actor);
  const edit = canEditDepartment(actor, v.departmentId) && v.status === 'draft';
  const ownSubmission = !!actor && v.submittedBy?.id === actor.id;
  const ownReview = !!actor && v.reviewedBy?.id === actor.id;
  const review = v.status === 'in_review' && roles.reviewer && !ownSubmission;
  const publish = v.status === 'approved' && roles.publisher && !ownReview;
  let blockedBy: VersionActions['blockedBy'] = null;
  if (v.status === 'in_review' && roles.reviewer && ownSubmission) blockedBy = 'ownSubmission';
  if (v.status === 'approved' && roles.publisher && ownReview) blockedBy = 'ownReview';
  return {
    save: edit,
    submit: edit,
    discard: edit && v.versionNo > 1,
    approve: review,
    reject: review || (v.status === 'approved' && roles.publisher),
    publish,
    blockedBy,
  };
}

const OPEN: readonly VersionStatus[] = ['draft', 'in_review', 'approved'];

export const isOpenStatus = (status: VersionStatus): boolean => OPEN.includes(status);

/** 新建版本: an editor of the department, and no draft / in-review / approved version already. */
export function canStartVersion(
  actor: CatalogueActor | null | undefined,
  item: { departmentId: string; versions: ReadonlyArray<{ status: VersionStatus }> },
): boolean {
  return canEditDepartment(actor, item.departmentId) && !item.versions.some((v) => isOpenStatus(v.status));
}

/** 撤回事项: publishers, while the item has a published version. */
export function canWithdrawItem(actor: CatalogueActor | null | undefined, item: { publishedVersionId: string | null }): boolean {
  return catalogueRoles(actor).publisher && item.publishedVersionId !== null;
}

const EXPORT_ROLES = ['admin', 'catalogue_editor', 'catalogue_reviewer', 'catalogue_publisher', 'supervisor'];

/** 导出: the catalogue roles and supervisors (not department heads). */
export function canExport(actor: CatalogueActor | null | undefined): boolean {
  return !!actor && actor.roles.some((r) => EXPORT_ROLES.includes(r));
}

/** 导入 and 代码映射 editing: administrators only. */
export function canImport(actor: CatalogueActor | null | undefined): boolean {
  return catalogueRoles(actor).admin;
}
