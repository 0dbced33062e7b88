/** A fresh, migrated database for one test file: a PGlite copy of the template, or a PostgreSQL database cloned from it. */
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { fromPglite, openPostgres, type Database } from '../src/db/database.js';

export const TEST_DB_KIND = (process.env.TEST_DB_KIND ?? 'pglite') as 'pglite' | 'postgres';

export async function freshDatabase(): Promise<Database & { url?: string }> {
  if (TEST_DB_KIND === 'pglite') {
    const blob = new Blob([fs.readFileSync(inject('pgliteTemplate'))]);
    const pglite = await PGlite.create({ loadDataDir: blob });
    return fromPglite(pglite);
  }
  const base = process.env.TEST_DATABASE_URL!;
  // Named after this run's template (ow_tmpl_<pid>), so a run's teardown drops only its own databases.
  const name = `ow_t_${inject('pgTemplate').replace('ow_tmpl_', '')}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplate')}`);
  await admin.end();
  const u = new URL(base);
  u.pathname = `/${name}`;
  const database = await openPostgres(u.toString(), 5);
  return {
    ...database,
    url: u.toString(),
    async close() {
      await database.close();
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
