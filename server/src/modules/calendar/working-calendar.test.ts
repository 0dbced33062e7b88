// The working-day calendar on the 2025 and 2026 State Council notices: 春节, 调休 weekends, year end,
// a missing year, hall closures, and the Asia/Shanghai date helpers.
import { describe, expect, it } from 'vitest';
import { SEED_CALENDAR_YEARS } from './calendar-data.js';
import { CalendarYearMissingError, WorkingCalendar, addDays, endOfLocalDay, isWeekend, localDate, weekdayOf } from './working-calendar.js';

const cal = new WorkingCalendar(SEED_CALENDAR_YEARS);
const working = (from: string, to: string) => {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (cal.isWorkingDay(d)) out.push(d);
  return out;
};

describe('seed data matches the notices', () => {
  it('every 调休上班 day is a weekend day', () => {
    for (const y of SEED_CALENDAR_YEARS) for (const d of y.workDays) expect(isWeekend(d), d).toBe(true);
  });

  it('2026: the weekday of each 调休上班 day is as the notice says', () => {
    // 1/4 周日, 2/14 周六, 2/28 周六, 5/9 周六, 9/20 周日, 10/10 周六
    expect(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'].map(weekdayOf)).toEqual([0, 6, 6, 6, 0, 6]);
    expect(SEED_CALENDAR_YEARS.find((y) => y.year === 2026)!.workDays).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
  });

  it('2025: the weekday of each 调休上班 day is as the notice says', () => {
    // 1/26 周日, 2/8 周六, 4/27 周日, 9/28 周日, 10/11 周六
    expect(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'].map(weekdayOf)).toEqual([0, 6, 0, 0, 6]);
  });

  it('listed off days: 28 in 2025, 33 in 2026', () => {
    const count = (year: number) => SEED_CALENDAR_YEARS.find((y) => y.year === year)!.offDays.length;
    // 2025: 1 + 8 + 3 + 5 + 3 + 8; 2026: 3 + 9 + 3 + 5 + 3 + 3 + 7
    expect(count(2025)).toBe(28);
    expect(count(2026)).toBe(33);
  });
});

describe('Spring Festival', () => {
  it('2025: off 1/28–2/4, Sunday 1/26 and Saturday 2/8 are worked', () => {
    expect(working('2025-01-25', '2025-02-09')).toEqual([
      '2025-01-26',
      '2025-01-27',
      '2025-02-05',
      '2025-02-06',
      '2025-02-07',
      '2025-02-08',
    ]);
  });

  it('2026: off 2/15–2/23, Saturdays 2/14 and 2/28 are worked', () => {
    expect(working('2026-02-13', '2026-03-01')).toEqual([
      '2026-02-13',
      '2026-02-14',
      '2026-02-24',
      '2026-02-25',
      '2026-02-26',
      '2026-02-27',
      '2026-02-28',
    ]);
  });

  it('counts a 20-working-day limit across the 2026 holiday (受理当日不计入)', () => {
    // accepted Thu 2/12: 2/13 (1), 2/14 Sat 调休 (2), 2/24–2/27 (3–6), 2/28 Sat 调休 (7), 3/2–3/6 (8–12),
    // 3/9–3/13 (13–17), 3/16–3/18 (18–20) → due Wed 3/18
    expect(cal.addWorkingDays('2026-02-12', 1)).toBe('2026-02-13');
    expect(cal.addWorkingDays('2026-02-12', 2)).toBe('2026-02-14');
    expect(cal.addWorkingDays('2026-02-12', 3)).toBe('2026-02-24');
    expect(cal.addWorkingDays('2026-02-12', 20)).toBe('2026-03-18');
    expect(cal.workingDaysBetween('2026-02-12', '2026-03-18')).toBe(20);
    expect(cal.workingDaysBetween('2026-02-12', '2026-03-17')).toBe(19);
  });
});

describe('other 2026 holidays', () => {
  it('元旦: 1/1–1/3 off, Sunday 1/4 worked', () => {
    expect(working('2026-01-01', '2026-01-05')).toEqual(['2026-01-04', '2026-01-05']);
  });
  it('劳动节: 5/1–5/5 off, Saturday 5/9 worked', () => {
    expect(working('2026-04-30', '2026-05-10')).toEqual(['2026-04-30', '2026-05-06', '2026-05-07', '2026-05-08', '2026-05-09']);
  });
  it('清明, 端午, 中秋 are off; an ordinary weekend is off', () => {
    for (const d of ['2026-04-06', '2026-06-19', '2026-09-25', '2026-03-07', '2026-03-08']) expect(cal.isWorkingDay(d), d).toBe(false);
  });
  it('国庆: 10/1–10/7 off, Sunday 9/20 and Saturday 10/10 worked', () => {
    expect(cal.isWorkingDay('2026-09-20')).toBe(true);
    expect(cal.isWorkingDay('2026-10-10')).toBe(true);
    expect(working('2026-09-30', '2026-10-11')).toEqual(['2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10']);
  });
});

describe('arithmetic', () => {
  it('n = 0 gives the start itself, even on an off day', () => {
    expect(cal.addWorkingDays('2026-10-03', 0)).toBe('2026-10-03');
  });
  it('starting on an off day counts from the next working day', () => {
    expect(cal.addWorkingDays('2026-10-03', 1)).toBe('2026-10-08');
  });
  it('workingDaysBetween is 0 when to <= from and agrees with addWorkingDays', () => {
    expect(cal.workingDaysBetween('2026-03-10', '2026-03-10')).toBe(0);
    expect(cal.workingDaysBetween('2026-03-10', '2026-03-01')).toBe(0);
    for (const n of [1, 5, 17, 60, 200]) expect(cal.workingDaysBetween('2025-03-03', cal.addWorkingDays('2025-03-03', n))).toBe(n);
  });
  it('refuses negative or fractional counts and malformed dates', () => {
    expect(() => cal.addWorkingDays('2026-03-02', -1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2026-03-02', 1.5)).toThrow(RangeError);
    expect(() => cal.isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => cal.isWorkingDay('2026-3-2')).toThrow(RangeError);
  });
});

describe('year end and missing years', () => {
  it('crosses 2025 → 2026: 12/31 is worked, 1/1–1/3 off, 1/4 (Sunday) worked', () => {
    expect(cal.addWorkingDays('2025-12-30', 1)).toBe('2025-12-31');
    expect(cal.addWorkingDays('2025-12-30', 2)).toBe('2026-01-04');
    expect(cal.addWorkingDays('2025-12-30', 3)).toBe('2026-01-05');
    expect(cal.workingDaysBetween('2025-12-30', '2026-01-05')).toBe(3);
  });

  it('2027 is missing: asking about it throws, with the year', () => {
    expect(cal.hasYear(2026)).toBe(true);
    expect(cal.hasYear(2027)).toBe(false);
    expect(() => cal.isWorkingDay('2027-01-04')).toThrow(CalendarYearMissingError);
    try {
      cal.addWorkingDays('2026-12-20', 20);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(CalendarYearMissingError);
      expect((err as CalendarYearMissingError).years).toEqual([2027]);
      expect((err as Error).message).toContain('2027');
    }
  });

  it('a limit ending inside the known year does not need the next one', () => {
    expect(cal.addWorkingDays('2026-12-20', 8)).toBe('2026-12-30');
    expect(cal.workingDaysBetween('2026-12-31', '2026-12-31')).toBe(0);
  });

  it('missingYears reports the uncovered years of a range', () => {
    expect(cal.missingYears('2025-06-01', '2026-06-01')).toEqual([]);
    expect(cal.missingYears('2024-12-01', '2028-01-01')).toEqual([2024, 2027, 2028]);
    expect(cal.missingYears('2028-01-01', '2026-01-01')).toEqual([2027, 2028]);
    expect(() => cal.workingDaysBetween('2026-12-01', '2027-02-01')).toThrow(CalendarYearMissingError);
  });

  it('a range starting on the last day of a missing year does not need that year', () => {
    const only2026 = new WorkingCalendar(SEED_CALENDAR_YEARS.filter((y) => y.year === 2026));
    expect(only2026.workingDaysBetween('2025-12-31', '2026-01-05')).toBe(2);
  });
});

describe('hall closures', () => {
  const hall = new WorkingCalendar(SEED_CALENDAR_YEARS, ['2026-03-10', '2026-02-14']);
  it('a closed weekday is not a working day; the national calendar is unchanged', () => {
    expect(hall.isWorkingDay('2026-03-10')).toBe(false);
    expect(cal.isWorkingDay('2026-03-10')).toBe(true);
  });
  it('a closure on a 调休上班 Saturday wins', () => {
    expect(hall.isWorkingDay('2026-02-14')).toBe(false);
  });
  it('closures push the due date', () => {
    expect(cal.addWorkingDays('2026-03-09', 1)).toBe('2026-03-10');
    expect(hall.addWorkingDays('2026-03-09', 1)).toBe('2026-03-11');
    expect(hall.workingDaysBetween('2026-03-06', '2026-03-13')).toBe(4);
  });
});

describe('Asia/Shanghai dates', () => {
  it('localDate is the China date of an instant', () => {
    expect(localDate(new Date('2026-03-01T15:59:59.999Z'))).toBe('2026-03-01');
    expect(localDate(new Date('2026-03-01T16:00:00Z'))).toBe('2026-03-02');
    expect(localDate(new Date('2025-12-31T16:30:00Z'))).toBe('2026-01-01');
  });
  it('endOfLocalDay is 23:59:59.999 +08:00', () => {
    expect(endOfLocalDay('2026-03-13').toISOString()).toBe('2026-03-13T15:59:59.999Z');
    expect(localDate(endOfLocalDay('2026-12-31'))).toBe('2026-12-31');
    expect(localDate(new Date(endOfLocalDay('2026-12-31').getTime() + 1))).toBe('2027-01-01');
  });
});
