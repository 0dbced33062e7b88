/**
 * Loads the working calendar from the database, with a small in-process cache: this module's writes
 * invalidate it at once, and entries expire after CACHE_TTL_MS so other server instances catch up with
 * an edit made elsewhere. The cache is kept per database handle (tests run many databases in one process).
 */
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import { toYearData, type CalendarDay } from './calendar-data.js';
import { WorkingCalendar, type CalendarYearData, type CalendarYearMissingError } from './working-calendar.js';

export const CACHE_TTL_MS = 30_000;

interface Cached<T> {
  at: number;
  value: Promise<T>;
}

interface DbCache {
  national?: Cached<CalendarYearData[]>;
  closures: Map<string, Cached<string[]>>;
}

const caches = new WeakMap<Db, DbCache>();
const nowMs = () => performance.now();

function cacheOf(db: Db): DbCache {
  let c = caches.get(db);
  if (!c) {
    c = { closures: new Map() };
    caches.set(db, c);
  }
  return c;
}

function fresh<T>(entry: Cached<T> | undefined): entry is Cached<T> {
  return entry !== undefined && nowMs() - entry.at < CACHE_TTL_MS;
}

/** Forget what was cached for this database (called after every calendar or closure write). */
export function invalidateCalendarCache(db: Db): void {
  caches.delete(db);
}

/** All loaded years with their listed days, in date order. */
export async function readCalendarYears(db: Db): Promise<CalendarYearData[]> {
  const years = await db.selectFrom('calendar_years').select('year').orderBy('year').execute();
  const days = await readCalendarDays(db);
  return years.map(({ year }) =>
    toYearData(
      year,
      days.filter((d) => d.year === year),
    ),
  );
}

export async function readCalendarDays(db: Db, year?: number): Promise<(CalendarDay & { year: number })[]> {
  let q = db
    .selectFrom('calendar_days')
    .select([sql<string>`date::text`.as('date'), 'year', 'is_off', 'name'])
    .orderBy('calendar_days.date');
  if (year !== undefined) q = q.where('year', '=', year);
  const rows = await q.execute();
  return rows.map((r) => ({ date: r.date, year: r.year, isOff: r.is_off, name: r.name }));
}

async function readClosureDates(db: Db, hallId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('hall_closures')
    .select(sql<string>`date::text`.as('date'))
    .where('hall_id', '=', hallId)
    .execute();
  return rows.map((r) => r.date);
}

/**
 * The national calendar, overlaid with one hall's closures when `hallId` is given. `reader` reads on a
 * miss instead of `db` (a transaction of that database: PGlite has a single connection), while the cache
 * stays keyed by `db`.
 */
export async function loadWorkingCalendar(db: Db, opts: { hallId?: string | null; reader?: Db } = {}): Promise<WorkingCalendar> {
  const cache = cacheOf(db);
  const reader = opts.reader ?? db;
  if (!fresh(cache.national)) {
    const value = readCalendarYears(reader);
    cache.national = { at: nowMs(), value };
    value.catch(() => invalidateCalendarCache(db));
  }
  const years = await cache.national.value;
  if (!opts.hallId) return new WorkingCalendar(years);
  let closures = cache.closures.get(opts.hallId);
  if (!fresh(closures)) {
    closures = { at: nowMs(), value: readClosureDates(reader, opts.hallId) };
    cache.closures.set(opts.hallId, closures);
    closures.value.catch(() => invalidateCalendarCache(db));
  }
  return new WorkingCalendar(years, await closures.value);
}

/** Years (this one and the next) without holiday data: deadlines reaching into them cannot be computed. */
export async function calendarWarnings(db: Db, today: string): Promise<{ missingYears: number[] }> {
  const calendar = await loadWorkingCalendar(db);
  const year = Number(today.slice(0, 4));
  return { missingYears: [year, year + 1].filter((y) => !calendar.hasYear(y)) };
}

/** A calendar without the data a computation needs: a 409 CALENDAR_YEAR_MISSING naming the years to enter. */
export function calendarMissingError(err: CalendarYearMissingError): DomainError {
  return new DomainError('CALENDAR_YEAR_MISSING', err.message, { years: err.years });
}
