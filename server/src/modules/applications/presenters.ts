/** Turns application rows into API answers: clocks with their level, the public timeline, notices. */
import { CalendarYearMissingError, type WorkingCalendar } from '../calendar/working-calendar.js';
import { noticeTitle } from '../notices/notice-texts.js';
import type { NoticeKind } from '../notices/notice-data.js';
import { clockLevel } from './clocks.js';
import { STATUS_LABELS } from './status-labels.js';
import { isTaskAssignment, type ApplicationStatus } from './lifecycle.js';
import { assignmentTimelineEntry } from './task-assignment-history.js';

export interface Clock {
  dueDate: string | null;
  remainingDays: number | null;
  level: 'normal' | 'yellow' | 'red' | 'paused' | null;
}

const RUNNING: readonly ApplicationStatus[] = ['submitted', 'accepted', 'decided', 'special_procedure'];

/** The clock of a due date; paused while 特别程序 runs; null level when the calendar lacks the year. */
export function clockOf(
  cal: WorkingCalendar,
  today: string,
  due: string | null,
  opts: { paused: boolean; running: boolean; yellowDays: number },
): Clock {
  if (!due || !opts.running) return { dueDate: due, remainingDays: null, level: null };
  try {
    const { remainingDays, level } = clockLevel(cal, today, due, opts.yellowDays);
    return { dueDate: due, remainingDays, level: opts.paused ? 'paused' : level };
  } catch (err) {
    if (err instanceof CalendarYearMissingError) return { dueDate: due, remainingDays: null, level: null };
    throw err;
  }
}

export function applicationClock(
  cal: WorkingCalendar,
  today: string,
  a: { status: ApplicationStatus; promised_due_date: string | null; acceptance_due_date: string | null; paused_since: Date | null },
  yellowDays: number,
): Clock {
  // Before acceptance the clock that runs is the 5-working-day 补正 notice deadline (第三十二条).
  const due = a.status === 'submitted' ? a.acceptance_due_date : a.promised_due_date;
  return clockOf(cal, today, due, { paused: a.paused_since !== null, running: RUNNING.includes(a.status), yellowDays });
}

const STEP_LABELS: Record<string, string> = {
  submit: '申报 / 收件',
  request_correction: '补正告知',
  resubmit: '提交补正材料',
  tolerate: '容缺受理告知',
  tolerance_fulfilled: '容缺材料补齐',
  special_start: '特别程序开始',
  special_end: '特别程序结束',
  extend: '延期',
  deliver: '送达',
  withdraw: '撤件',
  terminate: '终止办理',
};

export interface TimelineEntry {
  at: string;
  step: string;
  department: string | null;
  note: string | null;
}

/**
 * The timeline of an application. Task assignment entries (签收, 退回待签, 转办) are internal work records:
 * only the staff timeline shows them; the applicant's and the public progress lookup's leave them out.
 */
export function timelineOf(
  actions: { seq: number; type: string; public_note: string | null; at: Date; payload: unknown }[],
  tasks: { task_key: string; name: string; department_name: string; action_key: string | null }[],
  actionLabels: Map<string, string>,
  departmentName: string,
  audience: 'public' | 'staff' = 'public',
): TimelineEntry[] {
  return actions.flatMap((a): TimelineEntry | TimelineEntry[] => {
    if (isTaskAssignment(a)) return audience === 'staff' ? assignmentTimelineEntry(a, tasks, departmentName) : [];
    if (a.type === 'task') {
      const { taskId, actionKey } = (a.payload ?? {}) as { taskId?: string; actionKey?: string };
      const task = tasks.find((t) => t.task_key === taskId);
      const label = actionLabels.get(`${task?.task_key.split(':')[0]}/${actionKey}`) ?? actionKey ?? '';
      return {
        at: a.at.toISOString(),
        step: `${task?.name ?? '办理'}：${label}`,
        department: task?.department_name ?? departmentName,
        note: a.public_note,
      };
    }
    return { at: a.at.toISOString(), step: STEP_LABELS[a.type] ?? a.type, department: departmentName, note: a.public_note };
  });
}

export function presentNotice(n: { id: string; kind: string; number: string; issued_at: Date }) {
  return { id: n.id, kind: n.kind, title: noticeTitle(n.kind as NoticeKind), number: n.number, issuedAt: n.issued_at.toISOString() };
}

export function statusLabel(s: ApplicationStatus): string {
  return STATUS_LABELS[s];
}
