/**
 * Prepares one migrated database per run, which every test file copies: for PGlite a dumped data
 * folder (a tarball in the temp dir), for PostgreSQL a template database. Copies are cheap; migrating
 * for each file is not.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { fromPglite, openPostgres } from '../src/db/database.js';
import { migrate, readMigrations } from '../src/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgTemplate: string;
  }
}

function fingerprint() {
  return readMigrations()
    .map((m) => m.checksum.slice(0, 8))
    .join('')
    .slice(-32);
}

export default async function setup(project: TestProject) {
  const kind = project.config.env?.TEST_DB_KIND ?? 'pglite';
  if (kind === 'pglite') {
    const file = path.join(os.tmpdir(), `onewindow-pglite-template-${fingerprint()}.tar.gz`);
    if (!fs.existsSync(file)) {
      const pglite = await PGlite.create();
      const database = fromPglite(pglite);
      await migrate(database.db);
      const blob = await pglite.dumpDataDir('gzip');
      fs.writeFileSync(`${file}.tmp`, Buffer.from(await blob.arrayBuffer()));
      fs.renameSync(`${file}.tmp`, file);
      await database.close();
    }
    project.provide('pgliteTemplate', file);
    return;
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is required for the PostgreSQL test project');
  const template = `ow_tmpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  const u = new URL(url);
  u.pathname = `/${template}`;
  const database = await openPostgres(u.toString(), 2);
  await migrate(database.db);
  await database.close();
  project.provide('pgTemplate', template);
  return async () => {
    const leftovers = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`, [
      `ow_t_${process.pid}_%`,
      template,
    ]);
    for (const row of leftovers.rows) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
    await admin.end();
  };
}
