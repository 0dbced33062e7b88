/** `npm run db:migrate`: apply pending migrations to the configured database and exit non-zero on error. */
import { loadConfig } from '../config.js';
import { openDatabase } from './database.js';
import { migrate } from './migrate.js';

const config = loadConfig();
const database = await openDatabase(config);
try {
  const applied = await migrate(database.db);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await database.close();
}
