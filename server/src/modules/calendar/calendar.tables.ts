/** Kysely types of the calendar tables (migration 0008_calendar.sql). Read `date` columns as text (`date::text`). */
import type { ColumnType, Generated } from 'kysely';
import type { GeneratedTimestamp, Timestamp } from '../../db/schema.js';

/** A PostgreSQL `date`: written as 'YYYY-MM-DD'; select it cast to text to get the same string back. */
export type DateColumn = ColumnType<string, string, string>;

export interface CalendarTables {
  calendar_years: {
    year: number;
    source: string;
    notice_url: string | null;
    updated_at: Timestamp;
    updated_by: string | null;
  };
  calendar_days: {
    date: DateColumn;
    year: number;
    is_off: boolean;
    name: string;
  };
  hall_closures: {
    id: Generated<string>;
    hall_id: string;
    date: DateColumn;
    reason: string;
    created_by: string | null;
    created_at: GeneratedTimestamp;
  };
}
