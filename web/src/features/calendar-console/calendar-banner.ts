/**
 * When the console-wide banner shows and what it offers: a year the calendar status reports missing
 * (this year or next) makes deadlines uncomputable, so every staff page says so. Administrators are led
 * to enter it; other staff who may open the calendar can look; the calendar page itself shows its own,
 * fuller warning. Pure, unit-tested.
 */
import { canUse, isAdmin } from '../auth/permissions';

export interface CalendarBanner {
  years: number[];
  /** 'enter' = administrators (they edit the calendar), 'view' = staff who may open it, null = no link */
  link: 'enter' | 'view' | null;
}

export const CALENDAR_PATH = '/console/calendar';

export function calendarBanner(
  missingYears: readonly number[] | undefined,
  account: { roles: string[] } | undefined | null,
  pathname: string,
): CalendarBanner | null {
  if (!missingYears || missingYears.length === 0) return null;
  if (pathname === CALENDAR_PATH || pathname.startsWith(`${CALENDAR_PATH}/`)) return null;
  const acc = account ?? undefined;
  const link = isAdmin(acc) ? 'enter' : canUse(acc, 'calendar') ? 'view' : null;
  return { years: [...missingYears].sort((a, b) => a - b), link };
}
