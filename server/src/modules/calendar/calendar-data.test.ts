// Migration 0008 inserts exactly the seed data of calendar-data.ts (one source of truth, checked).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from '../../db/migrate.js';
import { CALENDAR_SEED, seedDays } from './calendar-data.js';

const migration = fs.readFileSync(path.join(MIGRATIONS_DIR, '0008_calendar.sql'), 'utf8');

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

  it('inserts each seed year with its notice', () => {
    for (const y of CALENDAR_SEED) {
      expect(migration).toContain(`(${y.year}, '${y.source}'`);
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
