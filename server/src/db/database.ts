/**
 * Opens the database: PostgreSQL through `pg.Pool` when DATABASE_URL is set, else the embedded PGlite
 * in DATA_DIR/pgdata (locked against a second process). Both are driven by the same Kysely code.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import pg from 'pg';
import { acquireDataDirLock } from './data-dir-lock.js';
import type { DB } from './schema.js';

// Return bigint/int8 (e.g. COUNT) as JS numbers, timestamps as Date, and DATE (1082) as its 'YYYY-MM-DD'
// text: a calendar date has no time zone, and turning it into a Date would shift it. NUMERIC stays a string.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1082, (v) => v);

export type Db = Kysely<DB>;

export interface Database {
  db: Db;
  kind: 'postgres' | 'pglite';
  close(): Promise<void>;
}

/**
 * Sends every statement that has parameters as a named prepared statement (the name is a digest of its
 * text), so each connection parses it once and PostgreSQL may reuse its plan instead of planning it on
 * every call (planning was about a sixth of PostgreSQL's time in the lifecycle benchmark,
 * docs/benchmarks.md). Statements without parameters — migrations (several commands in one text, which
 * cannot be prepared), BEGIN, COMMIT — go as plain queries.
 */
export function preparingPool(pool: pg.Pool): PostgresPool {
  const names = new Map<string, string>();
  const nameOf = (text: string) => {
    let name = names.get(text);
    if (!name) {
      name = `ow_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
      if (names.size < 5000) names.set(text, name);
    }
    return name;
  };
  return {
    async connect() {
      const client = await pool.connect();
      return {
        query(textOrCursor: unknown, parameters?: ReadonlyArray<unknown>) {
          if (typeof textOrCursor === 'string' && parameters && parameters.length > 0) {
            return client.query({ name: nameOf(textOrCursor), text: textOrCursor, values: parameters as unknown[] });
          }
          return client.query(textOrCursor as string, parameters as unknown[]);
        },
        release: () => client.release(),
      } as unknown as PostgresPoolClient;
    },
    end: () => pool.end(),
  };
}

export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

/** Wraps an already-open PGlite (tests use in-memory copies of a migrated template). */
export function fromPglite(pglite: PGlite, onClose?: () => Promise<void> | void): Database {
  const pool = new pg.Pool(createPgConfig(pglite) as unknown as pg.PoolConfig);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'pglite',
    async close() {
      await db.destroy();
      await pglite.close();
      await onClose?.();
    },
  };
}

export async function openEmbedded(dataDir: string): Promise<Database> {
  const lock = acquireDataDirLock(dataDir);
  try {
    const pglite = await PGlite.create(path.join(dataDir, 'pgdata'));
    return fromPglite(pglite, () => lock.release());
  } catch (err) {
    lock.release();
    throw err;
  }
}

export function openDatabase(config: { databaseUrl?: string; databasePoolSize: number; dataDir: string }) {
  return config.databaseUrl ? openPostgres(config.databaseUrl, config.databasePoolSize) : openEmbedded(config.dataDir);
}
