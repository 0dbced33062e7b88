/**
 * Seed holiday data, transcribed from the State Council (国务院办公厅) notices, one per year. The same
 * data is inserted by migration 0008_calendar.sql (a test keeps the two equal). Later years are entered
 * by an administrator in the console when the notice is published (around November of the year before).
 *
 * Off ranges are inclusive and may contain weekend days, as the notice lists them.
 */
import { addDays, dayNumber, type CalendarYearData } from './working-calendar.js';

export interface CalendarDay {
  date: string;
  isOff: boolean;
  name: string;
}

export interface SeedHoliday {
  name: string;
  /** first and last off day, inclusive */
  off: [string, string];
  /** 调休上班 days (weekends worked) belonging to this holiday */
  work: string[];
}

export interface SeedYear {
  year: number;
  source: string;
  noticeUrl: string;
  holidays: SeedHoliday[];
}

export const CALENDAR_SEED: SeedYear[] = [
  {
    year: 2025,
    source: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）',
    noticeUrl: 'https://www.gov.cn/zhengce/content/202411/content_6986382.htm',
    holidays: [
      { name: '元旦', off: ['2025-01-01', '2025-01-01'], work: [] },
      { name: '春节', off: ['2025-01-28', '2025-02-04'], work: ['2025-01-26', '2025-02-08'] },
      { name: '清明节', off: ['2025-04-04', '2025-04-06'], work: [] },
      { name: '劳动节', off: ['2025-05-01', '2025-05-05'], work: ['2025-04-27'] },
      { name: '端午节', off: ['2025-05-31', '2025-06-02'], work: [] },
      { name: '国庆节、中秋节', off: ['2025-10-01', '2025-10-08'], work: ['2025-09-28', '2025-10-11'] },
    ],
  },
  {
    year: 2026,
    source: '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）',
    noticeUrl: 'https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm',
    holidays: [
      { name: '元旦', off: ['2026-01-01', '2026-01-03'], work: ['2026-01-04'] },
      { name: '春节', off: ['2026-02-15', '2026-02-23'], work: ['2026-02-14', '2026-02-28'] },
      { name: '清明节', off: ['2026-04-04', '2026-04-06'], work: [] },
      { name: '劳动节', off: ['2026-05-01', '2026-05-05'], work: ['2026-05-09'] },
      { name: '端午节', off: ['2026-06-19', '2026-06-21'], work: [] },
      { name: '中秋节', off: ['2026-09-25', '2026-09-27'], work: [] },
      { name: '国庆节', off: ['2026-10-01', '2026-10-07'], work: ['2026-09-20', '2026-10-10'] },
    ],
  },
];

/** The listed exceptions of a seed year, one row per date, in date order. */
export function seedDays(y: SeedYear): CalendarDay[] {
  const days: CalendarDay[] = [];
  for (const h of y.holidays) {
    const span = dayNumber(h.off[1]) - dayNumber(h.off[0]);
    for (let i = 0; i <= span; i++) days.push({ date: addDays(h.off[0], i), isOff: true, name: h.name });
    for (const date of h.work) days.push({ date, isOff: false, name: `${h.name}调休上班` });
  }
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

export function toYearData(year: number, days: CalendarDay[]): CalendarYearData {
  return {
    year,
    offDays: days.filter((d) => d.isOff).map((d) => d.date),
    workDays: days.filter((d) => !d.isOff).map((d) => d.date),
  };
}

/** The seed years as calendar data (tests and tools; the running server reads the database). */
export const SEED_CALENDAR_YEARS: CalendarYearData[] = CALENDAR_SEED.map((y) => toYearData(y.year, seedDays(y)));
