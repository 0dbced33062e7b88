// Statutory clocks on the real 2025–2026 calendar: due dates across the Spring Festival and 调休
// weekends, across the year end, with 特别程序 pauses and 延期; a missing year is an error, not a guess.
import { describe, expect, it } from 'vitest';
import { SEED_CALENDAR_YEARS } from '../calendar/calendar-data.js';
import { CalendarYearMissingError, WorkingCalendar } from '../calendar/working-calendar.js';
import { addNaturalDays, clockLevel, decisionDueDates, pausedWorkingDays } from './clocks.js';

const cal = new WorkingCalendar(SEED_CALENDAR_YEARS);
const due = (start: string, promised: number, extra: Partial<Parameters<typeof decisionDueDates>[1]> = {}) =>
  decisionDueDates(cal, {
    limitUnit: 'working_day',
    promisedLimitDays: promised,
    legalLimitDays: 20,
    extensionDays: 0,
    pausedDays: 0,
    clockStartDate: start,
    ...extra,
  });

describe('decision due dates', () => {
  it('skip the 2026 Spring Festival (2/15–2/23) and count the 调休 Saturdays 2/14 and 2/28', () => {
    // accepted Thu 2026-02-12: 2/13 (1), 2/14 Sat 调休 (2), then 2/24 (3), 2/25 (4), 2/26 (5)
    expect(due('2026-02-12', 5).promisedDue).toBe('2026-02-26');
    // 20 working days (第四十二条) from 2/12 → 3/18, counting the 2/28 Saturday
    expect(due('2026-02-12', 5).legalDue).toBe('2026-03-18');
  });

  it('cross the year end 2025 → 2026 (元旦 1/1–1/3 off, Sunday 1/4 worked)', () => {
    // from Wed 2025-12-31: 1/4 Sun (1), 1/5 (2), 1/6 (3)
    expect(due('2025-12-31', 3).promisedDue).toBe('2026-01-06');
  });

  it('add paused working days (特别程序, 第四十五条) and the 10-day extension (第四十二条)', () => {
    const plain = due('2026-03-02', 10).promisedDue;
    expect(plain).toBe('2026-03-16');
    expect(due('2026-03-02', 10, { pausedDays: 3 }).promisedDue).toBe('2026-03-19');
    expect(due('2026-03-02', 10, { pausedDays: 3, extensionDays: 10 }).promisedDue).toBe('2026-04-02');
    // across 清明 (4/4–4/6): from 3/30, 10 working days → 4/14
    expect(due('2026-03-30', 10).promisedDue).toBe('2026-04-14');
  });

  it('natural-day limits count calendar days; an instant item is due the same day', () => {
    expect(
      decisionDueDates(cal, {
        limitUnit: 'natural_day',
        promisedLimitDays: 30,
        legalLimitDays: null,
        extensionDays: 0,
        pausedDays: 0,
        clockStartDate: '2026-02-10',
      }),
    ).toEqual({
      promisedDue: '2026-03-12',
      legalDue: null,
    });
    expect(due('2026-03-02', 0).promisedDue).toBe('2026-03-02');
    expect(addNaturalDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('counts a pause in working days', () => {
    expect(pausedWorkingDays(cal, '2026-02-12', '2026-02-26')).toBe(5);
  });

  it('reports a missing year (2027) instead of guessing', () => {
    expect(() => due('2026-12-20', 20)).toThrow(CalendarYearMissingError);
    try {
      due('2026-12-20', 20);
    } catch (err) {
      expect((err as CalendarYearMissingError).years).toEqual([2027]);
    }
  });
});

describe('clock level', () => {
  it('is normal, yellow within N working days, red when overdue', () => {
    expect(clockLevel(cal, '2026-03-02', '2026-03-16', 2)).toEqual({ remainingDays: 10, level: 'normal' });
    expect(clockLevel(cal, '2026-03-12', '2026-03-16', 2)).toEqual({ remainingDays: 2, level: 'yellow' });
    expect(clockLevel(cal, '2026-03-16', '2026-03-16', 2)).toEqual({ remainingDays: 0, level: 'yellow' });
    expect(clockLevel(cal, '2026-03-18', '2026-03-16', 2)).toEqual({ remainingDays: -2, level: 'red' });
  });
});
