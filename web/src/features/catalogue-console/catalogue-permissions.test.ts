import { describe, expect, it } from 'vitest';
import {
  canEditDepartment,
  canExport,
  canImport,
  canStartVersion,
  canWithdrawItem,
  catalogueRoles,
  versionActions,
  type VersionFacts,
} from './catalogue-permissions';

const DEPT = 'd1';
const editor = { id: 'e', roles: ['catalogue_editor'], departmentId: DEPT };
const otherEditor = { id: 'e2', roles: ['catalogue_editor'], departmentId: 'd2' };
const admin = { id: 'a', roles: ['admin'], departmentId: 'd9' };
const reviewer = { id: 'r', roles: ['catalogue_reviewer'], departmentId: 'd9' };
const publisher = { id: 'p', roles: ['catalogue_publisher'], departmentId: 'd9' };
const head = { id: 'h', roles: ['department_head'], departmentId: DEPT };

const version = (over: Partial<VersionFacts> = {}): VersionFacts => ({
  status: 'draft',
  versionNo: 1,
  departmentId: DEPT,
  submittedBy: null,
  reviewedBy: null,
  ...over,
});

describe('catalogueRoles', () => {
  it('gives administrators editing and every department', () => {
    expect(catalogueRoles(admin)).toMatchObject({ admin: true, editor: true, reviewer: false, publisher: false, allDepartments: true });
  });
  it('keeps editors and department heads in their department', () => {
    expect(catalogueRoles(editor).allDepartments).toBe(false);
    expect(catalogueRoles(head)).toMatchObject({ editor: false, allDepartments: false });
  });
  it('has nothing for no account', () => {
    expect(catalogueRoles(undefined)).toMatchObject({ admin: false, editor: false, reviewer: false, publisher: false });
  });
});

describe('canEditDepartment', () => {
  it('lets an editor edit their own department only', () => {
    expect(canEditDepartment(editor, DEPT)).toBe(true);
    expect(canEditDepartment(otherEditor, DEPT)).toBe(false);
  });
  it('lets an administrator edit any department', () => {
    expect(canEditDepartment(admin, DEPT)).toBe(true);
  });
  it('does not let a reviewer or department head edit', () => {
    expect(canEditDepartment(reviewer, DEPT)).toBe(false);
    expect(canEditDepartment(head, DEPT)).toBe(false);
  });
});

describe('versionActions', () => {
  it('offers save and submit on a draft to its editors, discard from version 2', () => {
    expect(versionActions(editor, version())).toMatchObject({ save: true, submit: true, discard: false });
    expect(versionActions(editor, version({ versionNo: 2 }))).toMatchObject({ discard: true });
    expect(versionActions(otherEditor, version())).toMatchObject({ save: false, submit: false });
  });
  it('offers approve and reject to a reviewer, but not on their own submission', () => {
    const v = version({ status: 'in_review', submittedBy: { id: 'e' } });
    expect(versionActions(reviewer, v)).toMatchObject({ approve: true, reject: true, publish: false, blockedBy: null });
    const own = versionActions({ ...reviewer, id: 'e' }, v);
    expect(own).toMatchObject({ approve: false, reject: false, blockedBy: 'ownSubmission' });
  });
  it('offers publish to a publisher who did not review it; reject either way', () => {
    const v = version({ status: 'approved', reviewedBy: { id: 'r' } });
    expect(versionActions(publisher, v)).toMatchObject({ publish: true, reject: true, approve: false });
    const both = { id: 'r', roles: ['catalogue_reviewer', 'catalogue_publisher'], departmentId: null };
    expect(versionActions(both, v)).toMatchObject({ publish: false, reject: true, blockedBy: 'ownReview' });
  });
  it('offers nothing on a published version', () => {
    const actions = versionActions(admin, version({ status: 'published' }));
    expect(Object.values(actions).filter((v) => v === true)).toEqual([]);
  });
});

describe('item actions', () => {
  it('starts a new version only when no version is open', () => {
    expect(canStartVersion(editor, { departmentId: DEPT, versions: [{ status: 'published' }] })).toBe(true);
    expect(canStartVersion(editor, { departmentId: DEPT, versions: [{ status: 'approved' }, { status: 'published' }] })).toBe(false);
    expect(canStartVersion(reviewer, { departmentId: DEPT, versions: [{ status: 'published' }] })).toBe(false);
  });
  it('withdraws only published items, and only publishers', () => {
    expect(canWithdrawItem(publisher, { publishedVersionId: 'v' })).toBe(true);
    expect(canWithdrawItem(publisher, { publishedVersionId: null })).toBe(false);
    expect(canWithdrawItem(admin, { publishedVersionId: 'v' })).toBe(false);
  });
});

describe('exchange', () => {
  it('lets the catalogue roles and supervisors export, but not department heads', () => {
    expect([editor, reviewer, publisher, admin].every(canExport)).toBe(true);
    expect(canExport({ id: 's', roles: ['supervisor'], departmentId: null })).toBe(true);
    expect(canExport(head)).toBe(false);
  });
  it('lets only administrators import', () => {
    expect(canImport(admin)).toBe(true);
    expect(canImport(editor)).toBe(false);
    expect(canImport(publisher)).toBe(false);
  });
});
