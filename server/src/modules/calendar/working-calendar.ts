/**
 * The working-day calendar (工作日历), pure. Dates are China local dates 'YYYY-MM-DD' (Asia/Shanghai,
 * UTC+8, no daylight saving). A day is a working day when it is Monday–Friday, unless the year's State
 * Council notice lists it as an off day (法定节假日 and 调休放假); a weekend day is a working day when the
 * notice lists it as 调休上班 (《全国年节及纪念日放假办法》第七条, 国务院令第795号). A hall may close on extra days.
 *
 * Day counting: 受理当日不计入 — a time limit of n working days counts from the next working day
 * (民法典 第二百零一条 period rules; see cn-standards §2.5).
 */

export interface CalendarYearData {
  year: number;
  /** holidays and 调休放假 days (weekdays or weekends listed in the notice) */
  offDays: string[];
  /** 调休上班: weekend days that are working days */
  workDays: string[];
}

export class CalendarYearMissingError extends Error {
  readonly years: number[];
  constructor(years: number[]) {
    const sorted = [...new Set(years)].sort((a, b) => a - b);
    super(`工作日历缺少 ${sorted.join('、')} 年的节假日数据，请管理员先导入`);
    this.name = 'CalendarYearMissingError';
    this.years = sorted;
  }
}

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a 'YYYY-MM-DD' string; throws RangeError for anything else. */
export function dayNumber(date: string): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`不是有效日期（应为 YYYY-MM-DD）：${date}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== date) throw new RangeError(`不是有效日期：${date}`);
  return ms / DAY_MS;
}

export function isIsoDate(value: string): boolean {
  try {
    dayNumber(value);
    return true;
  } catch {
    return false;
  }
}

function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday */
export function weekdayOf(date: string): number {
  return new Date(dayNumber(date) * DAY_MS).getUTCDay();
}

export function isWeekend(date: string): boolean {
  const d = weekdayOf(date);
  return d === 0 || d === 6;
}

export function addDays(date: string, n: number): string {
  return fromDayNumber(dayNumber(date) + n);
}

const yearOf = (date: string) => Number(date.slice(0, 4));

/** The Asia/Shanghai date of an instant. */
export function localDate(at: Date): string {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** 23:59:59.999 +08:00 of that date, as an instant. */
export function endOfLocalDay(date: string): Date {
  return new Date((dayNumber(date) + 1) * DAY_MS - SHANGHAI_OFFSET_MS - 1);
}

export class WorkingCalendar {
  private readonly years = new Set<number>();
  private readonly off = new Set<string>();
  private readonly work = new Set<string>();
  private readonly closed: Set<string>;

  constructor(years: CalendarYearData[], closures: string[] = []) {
    for (const y of years) {
      this.years.add(y.year);
      for (const d of y.offDays) this.off.add(d);
      for (const d of y.workDays) this.work.add(d);
    }
    this.closed = new Set(closures);
  }

  hasYear(year: number): boolean {
    return this.years.has(year);
  }

  isWorkingDay(date: string): boolean {
    dayNumber(date);
    const year = yearOf(date);
    if (!this.years.has(year)) throw new CalendarYearMissingError([year]);
    if (this.closed.has(date) || this.off.has(date)) return false;
    return this.work.has(date) || !isWeekend(date);
  }

  /** The n-th working day after `start` (受理当日不计入); n = 0 gives `start` itself. */
  addWorkingDays(start: string, n: number): string {
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`工作日数应为非负整数：${n}`);
    let day = dayNumber(start);
    let left = n;
    while (left > 0) {
      day += 1;
      if (this.isWorkingDay(fromDayNumber(day))) left -= 1;
    }
    return fromDayNumber(day);
  }

  /** Working days in (from, to]; 0 when to <= from. */
  workingDaysBetween(from: string, to: string): number {
    const a = dayNumber(from);
    const b = dayNumber(to);
    if (b <= a) return 0;
    const missing = this.missingYears(fromDayNumber(a + 1), to);
    if (missing.length > 0) throw new CalendarYearMissingError(missing);
    let count = 0;
    for (let day = a + 1; day <= b; day++) if (this.isWorkingDay(fromDayNumber(day))) count++;
    return count;
  }

  /** Years touched by the range between the two dates (either order) that have no data. */
  missingYears(from: string, to: string): number[] {
    dayNumber(from);
    dayNumber(to);
    const [lo, hi] = [yearOf(from), yearOf(to)].sort((x, y) => x - y) as [number, number];
    const missing: number[] = [];
    for (let y = lo; y <= hi; y++) if (!this.years.has(y)) missing.push(y);
    return missing;
  }
}
