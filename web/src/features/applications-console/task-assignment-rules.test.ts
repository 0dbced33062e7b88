import { describe, expect, it } from 'vitest';
import { assignmentRights, type AssignableTask, type AssignmentCaller } from './task-assignment-rules';

const dept = { name: '市场监管局' };
const reviewer: AssignmentCaller = { id: 'r1', roles: ['reviewer'], department: dept };
const head: AssignmentCaller = { id: 'h1', roles: ['department_head'], department: dept };
const task = (over: Partial<AssignableTask> = {}): AssignableTask => ({
  status: 'open',
  role: 'reviewer',
  departmentName: dept.name,
  claimedBy: null,
  ...over,
});

describe('assignmentRights', () => {
  it('a role holder claims an unclaimed task, and cannot release or transfer it before claiming', () => {
    expect(assignmentRights(reviewer, task())).toEqual({ claim: true, release: false, transfer: false, mine: false, colleagues: true });
  });

  it('the holder releases and transfers; nobody else of the role may', () => {
    expect(assignmentRights(reviewer, task({ claimedBy: 'r1' }))).toEqual({
      claim: false,
      release: true,
      transfer: true,
      mine: true,
      colleagues: true,
    });
    expect(assignmentRights(reviewer, task({ claimedBy: 'r2' }))).toEqual({
      claim: false,
      release: false,
      transfer: false,
      mine: false,
      colleagues: true,
    });
  });

  it('the department head releases and transfers any open task of the department, without the role', () => {
    expect(assignmentRights(head, task({ claimedBy: 'r2' }))).toEqual({
      claim: false,
      release: true,
      transfer: true,
      mine: false,
      colleagues: true,
    });
    expect(assignmentRights(head, task())).toMatchObject({ claim: false, release: false, transfer: true });
  });

  it('nothing on a finished task, another department’s task, the wrong role, or without a session', () => {
    const none = { claim: false, release: false, transfer: false, mine: false, colleagues: false };
    expect(assignmentRights(reviewer, task({ status: 'done', claimedBy: 'r1' }))).toEqual(none);
    expect(assignmentRights(head, task({ departmentName: '税务局', claimedBy: 'r2' }))).toEqual(none);
    expect(assignmentRights({ ...reviewer, department: null }, task())).toEqual(none);
    expect(assignmentRights({ ...reviewer, roles: ['window_clerk'] }, task())).toEqual(none);
    expect(assignmentRights(undefined, task())).toEqual(none);
  });
});
