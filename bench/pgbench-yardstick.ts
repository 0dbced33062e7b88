/** Runs bench/pgbench.sh against the server of `databaseUrl`: the machine's own figures, printed beside a benchmark's. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function runPgbenchYardstick(databaseUrl: string): void {
  if (process.env.BENCH_SKIP_PGBENCH === '1') return;
  const adminUrl = new URL(databaseUrl);
  adminUrl.pathname = '/postgres';
  console.log('\nmachine yardstick (bench/pgbench.sh):');
  const r = spawnSync('bash', [path.join(path.dirname(fileURLToPath(import.meta.url)), 'pgbench.sh')], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_DATABASE_URL: adminUrl.toString() },
  });
  if (r.status !== 0) console.log(`pgbench.sh exited with ${r.status}`);
}
