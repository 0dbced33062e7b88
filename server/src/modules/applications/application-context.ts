/**
 * What every application use case needs: the dependencies, the calendar for "today" in China time, the
 * process definition an application runs on (cached: a published definition never changes), and the
 * lifecycle state stored on the row.
 */
import type { Selectable } from 'kysely';
import type { Db } from '../../db/database.js';
import { DomainError } from '../../errors.js';
import type { PersonalDataCipher } from '../../lib/personal-data-cipher.js';
import { loadWorkingCalendar } from '../calendar/load-calendar.js';
import { CalendarYearMissingError, localDate, type WorkingCalendar } from '../calendar/working-calendar.js';
import type { ProcessDefinition } from '../process/definition.js';
import type { EngineState } from '../process/engine.js';
import type { ApplicationTables } from './applications.tables.js';
import type { LifecycleState } from './lifecycle.js';

export interface ApplicationDeps {
  db: Db;
  now: Date;
  cipher: PersonalDataCipher;
  /** working days left at which a clock turns yellow */
  yellowDays: number;
}

export type ApplicationRow = Selectable<ApplicationTables['applications']>;

const definitions = new Map<string, ProcessDefinition>();

/** The definition an application runs on; published definitions are immutable, so caching is safe. */
export async function definitionById(db: Db, id: string): Promise<ProcessDefinition> {
  const cached = definitions.get(id);
  if (cached) return cached;
  const row = await db.selectFrom('process_definitions').select(['definition', 'status']).where('id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('NOT_FOUND', '办理流程不存在');
  const def = row.definition as ProcessDefinition;
  if (row.status !== 'draft') definitions.set(id, def);
  return def;
}

/** The national calendar with the closures of the application's hall on top. */
export async function calendarFor(db: Db, hallId: string | null = null): Promise<WorkingCalendar> {
  return loadWorkingCalendar(db, { hallId });
}

/** Runs calendar arithmetic; a year without holiday data is a clear 409, never a silent guess. */
export function withCalendar<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof CalendarYearMissingError) {
      throw new DomainError('CALENDAR_YEAR_MISSING', `工作日历缺少 ${err.years.join('、')} 年的节假日数据，请管理员先导入`, {
        years: err.years,
      });
    }
    throw err;
  }
}

export function today(now: Date): string {
  return localDate(now);
}

/**
 * The form is personal data: it is kept only sealed (form_data_enc) and put into the engine's variables
 * (as `form`, for FEEL conditions such as `form.area > 100`) just while the engine runs; the stored engine
 * state and the action log never contain it.
 */
export function withForm(s: LifecycleState, form: Record<string, unknown>): LifecycleState {
  return s.engine ? { ...s, engine: { ...s.engine, variables: { ...s.engine.variables, form } } } : s;
}

export function withoutForm(engine: EngineState | null): EngineState | null {
  if (!engine || !('form' in engine.variables)) return engine;
  const { form: _form, ...variables } = engine.variables;
  return { ...engine, variables };
}

export function lifecycleStateOf(row: {
  status: LifecycleState['status'];
  engine_state: unknown;
  extension_days: number;
  tolerance: unknown;
}): LifecycleState {
  const tolerance = row.tolerance as { pending?: boolean } | null;
  return {
    status: row.status,
    engine: (row.engine_state as EngineState | null) ?? null,
    extended: row.extension_days > 0,
    tolerancePending: tolerance?.pending === true,
  };
}
