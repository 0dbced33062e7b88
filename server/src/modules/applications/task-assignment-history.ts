/**
 * How a task assignment entry of the action log (签收, 退回待签, 转办 — task-assignment.ts) reads in the staff
 * history. Pure: the log payload carries the staff ids and names, the task key and name, and the note.
 * These entries are internal work records: the applicant's timeline and the public progress lookup leave
 * them out (presenters.ts `timelineOf`).
 */
import type { TaskAssignmentEntry, TaskAssignmentType } from './lifecycle.js';
import type { TimelineEntry } from './presenters.js';

export interface StaffRef {
  id: string;
  name: string;
}

/** The payload of a task assignment entry (application_actions.payload). */
export interface TaskAssignmentPayload {
  action: TaskAssignmentEntry;
  taskId: string;
  taskName: string;
  /** who did it */
  by: StaffRef;
  /** who held the task before (null: nobody) */
  from: StaffRef | null;
  /** who holds it after (null: back in the pool) */
  to: StaffRef | null;
  /** 转办说明 (transfer only) */
  note: string | null;
}

/** One line of the staff history, e.g. 转办「审查」：张三 → 李四. */
export function assignmentStep(type: TaskAssignmentType, p: TaskAssignmentPayload): string {
  const task = `「${p.taskName}」`;
  const byOther = p.from !== null && p.from.id !== p.by.id;
  switch (type) {
    case 'task_claim':
      return `签收${task}：${p.by.name}`;
    case 'task_release':
      return byOther ? `退回待签${task}：${p.from!.name}（由 ${p.by.name} 退回）` : `退回待签${task}：${p.by.name}`;
    case 'task_transfer':
      if (p.from === null) return `指派${task}：${p.to?.name ?? ''}（由 ${p.by.name} 指派）`;
      return byOther
        ? `转办${task}：${p.from.name} → ${p.to?.name ?? ''}（由 ${p.by.name} 转办）`
        : `转办${task}：${p.from.name} → ${p.to?.name ?? ''}`;
  }
}

/** The staff timeline entry of a logged task assignment. */
export function assignmentTimelineEntry(
  a: { type: TaskAssignmentType; at: Date; payload: unknown },
  tasks: readonly { task_key: string; department_name: string }[],
  departmentName: string,
): TimelineEntry {
  const p = a.payload as TaskAssignmentPayload;
  const task = tasks.find((t) => t.task_key === p.taskId);
  return {
    at: a.at.toISOString(),
    step: assignmentStep(a.type, p),
    department: task?.department_name ?? departmentName,
    note: p.note ?? null,
  };
}
