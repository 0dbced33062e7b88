/**
 * Statutory clocks of an application (pure). All periods of the 行政许可法 are working days without the
 * statutory holidays (第八十二条); the day of the event itself is not counted (the n-th working day after).
 *
 * - 补正 notice deadline: receipt + 5 working days (第三十二条); missed → accepted as of the receipt date.
 * - Decision: clock start + promised (or legal, default 20, 第四十二条) limit + extension + paused working
 *   days (特别程序 is not counted, 第四十五条).
 * - Delivery: decision + 10 working days (第四十四条).
 */
import type { WorkingCalendar } from '../calendar/working-calendar.js';

/** 行政许可法第三十二条: 五日内一次告知需要补正的全部内容. */
export const CORRECTION_NOTICE_DAYS = 5;
/** 行政许可法第四十二条第一款: 延长十日. */
export const EXTENSION_DAYS = 10;
/** 行政许可法第四十二条第二款: 统一办理/联合办理 45 日, 延长 15 日. */
export const JOINT_LIMIT_DAYS = 45;
export const JOINT_EXTENSION_DAYS = 15;
/** 行政许可法第四十四条: 作出准予决定之日起十日内颁发、送达. */
export const DELIVERY_DAYS = 10;

export type LimitUnit = 'working_day' | 'natural_day';
export type ClockLevel = 'normal' | 'yellow' | 'red';

export function addNaturalDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function addDays(cal: WorkingCalendar, unit: LimitUnit, start: string, n: number): string {
  return unit === 'working_day' ? cal.addWorkingDays(start, n) : addNaturalDays(start, n);
}

export interface DueDateInput {
  limitUnit: LimitUnit;
  promisedLimitDays: number;
  legalLimitDays: number | null;
  extensionDays: number;
  pausedDays: number;
  clockStartDate: string;
}

/** Due dates of the decision; paused days are working days, so they are added on the working calendar. */
export function decisionDueDates(cal: WorkingCalendar, c: DueDateInput): { promisedDue: string; legalDue: string | null } {
  const due = (limit: number) => {
    const base = addDays(cal, c.limitUnit, c.clockStartDate, limit + c.extensionDays);
    return c.pausedDays > 0 ? cal.addWorkingDays(base, c.pausedDays) : base;
  };
  return { promisedDue: due(c.promisedLimitDays), legalDue: c.legalLimitDays === null ? null : due(c.legalLimitDays) };
}

/** Working days left until `due` (0 on the due date itself, negative once overdue) and the warning level. */
export function clockLevel(
  cal: WorkingCalendar,
  today: string,
  due: string,
  yellowDays: number,
): { remainingDays: number; level: ClockLevel } {
  const remainingDays = due >= today ? cal.workingDaysBetween(today, due) : -cal.workingDaysBetween(due, today);
  return { remainingDays, level: remainingDays < 0 ? 'red' : remainingDays <= yellowDays ? 'yellow' : 'normal' };
}

/** Working days covered by a pause from `from` to `to` (dates): the days the clock did not run. */
export function pausedWorkingDays(cal: WorkingCalendar, from: string, to: string): number {
  return cal.workingDaysBetween(from, to);
}
