/** Creating and dropping a benchmark's own database (its name must be a plain identifier). */
import pg from 'pg';

async function onAdmin(databaseUrl: string, run: (admin: pg.Client, name: string) => Promise<void>): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`a benchmark database name must be a plain identifier, got "${name}"`);
  url.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    await run(admin, name);
  } finally {
    await admin.end();
  }
}

/** Drops the database of `databaseUrl` if it exists and creates it empty. */
export const recreateDatabase = (databaseUrl: string) =>
  onAdmin(databaseUrl, async (admin, name) => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  });

export const dropDatabase = (databaseUrl: string) =>
  onAdmin(databaseUrl, async (admin, name) => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
