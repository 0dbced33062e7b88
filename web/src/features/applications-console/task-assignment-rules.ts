/**
 * What the caller may do about who holds a task (签收, 退回待签, 转办) — the server's rules
 * (server/src/modules/applications/task-assignment.ts) mirrored to decide which buttons to show; the server
 * still decides. Only open tasks of the caller's department; claim with the task's role while nobody holds
 * it; release and transfer as the holder or the department head.
 */
export interface AssignmentCaller {
  id: string;
  roles: readonly string[];
  department: { name: string } | null;
}

export interface AssignableTask {
  status: string;
  role: string;
  departmentName: string;
  claimedBy: string | null;
}

export interface AssignmentRights {
  claim: boolean;
  release: boolean;
  transfer: boolean;
  /** the caller holds the task */
  mine: boolean;
  /** may list the colleagues (and see the holder's name): the task's role or the department head */
  colleagues: boolean;
}

const NONE: AssignmentRights = { claim: false, release: false, transfer: false, mine: false, colleagues: false };

export function assignmentRights(caller: AssignmentCaller | null | undefined, task: AssignableTask | undefined): AssignmentRights {
  if (!caller || !task || task.status !== 'open') return NONE;
  if (!caller.department || caller.department.name !== task.departmentName) return NONE;
  const mine = task.claimedBy === caller.id;
  const head = caller.roles.includes('department_head');
  return {
    claim: task.claimedBy === null && caller.roles.includes(task.role),
    release: task.claimedBy !== null && (mine || head),
    transfer: mine || head,
    mine,
    colleagues: head || caller.roles.includes(task.role),
  };
}
