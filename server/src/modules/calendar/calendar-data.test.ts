// Migration 0008 inserts exactly the seed data of calendar-data.ts (one source of truth, checked).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from '../../db/migrate.js';
import { CALENDAR_SEED, seedDays } from './calendar-data.js';

const migration = fs.readFileSync(path.join(MIGRATIONS_DIR, '0008_calendar.sql'), 'utf8');
const later = fs
  .readdirSync(MIGRATIONS_DIR)
  .filter((f) => /^\d{4}_.*\.sql$/.test(f) && f > '0008')
  .sort()
  .map((f) => fs.readFileSync(path.join(MIGRATIONS_DIR, f), 'utf8'));

/** A year's notice as the migrations leave it: 0008's insert, then any later `SET source = … WHERE year = …`. */
function migratedSource(year: number): string | undefined {
  let source = new RegExp(`\\(${year}, '([^']+)'`).exec(migration)?.[1];
  for (const sql of later) {
    for (const m of sql.matchAll(/SET source = '([^']+)'\s+WHERE year = (\d{4})/g)) if (Number(m[2]) === year) source = m[1];
  }
  return source;
}

describe('0008_calendar.sql seed', () => {
  it('inserts every seed day and nothing else', () => {
    const rows = [...migration.matchAll(/\('(\d{4}-\d{2}-\d{2})', (\d{4}), (true|false), '([^']+)'\)/g)].map((m) => ({
      date: m[1],
      year: Number(m[2]),
      isOff: m[3] === 'true',
      name: m[4],
    }));
    const expected = CALENDAR_SEED.flatMap((y) => seedDays(y).map((d) => ({ ...d, year: y.year })));
    expect(rows).toEqual(expected);
  });

  it('inserts each seed year with its notice (as corrected by later migrations)', () => {
    for (const y of CALENDAR_SEED) {
      expect(migratedSource(y.year)).toBe(y.source);
      expect(migration).toContain(`'${y.noticeUrl}'`);
    }
  });

  it('seed days are unique and inside their year', () => {
    for (const y of CALENDAR_SEED) {
      const days = seedDays(y);
      expect(new Set(days.map((d) => d.date)).size).toBe(days.length);
      for (const d of days) expect(d.date.startsWith(`${y.year}-`)).toBe(true);
    }
  });
});
