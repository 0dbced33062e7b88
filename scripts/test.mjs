// `npm test`: unit tests, API tests on embedded PGlite (and on PostgreSQL when TEST_DATABASE_URL is set),
// then the browser journeys in headless Chromium. Without Chromium the journeys are skipped with a
// clear message — except in CI (CI=true), where a missing browser fails the run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const extra = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };
let exitCode = 0;

function vitest(projects, label) {
  const out = path.join(os.tmpdir(), `onewindow-vitest-${process.pid}-${label}.json`);
  const args = [
    'vitest',
    'run',
    ...projects.flatMap((p) => ['--project', p]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
    ...extra,
  ];
  const r = spawnSync('npx', args, { cwd: root, stdio: 'inherit', env: process.env });
  if (fs.existsSync(out)) {
    const report = JSON.parse(fs.readFileSync(out, 'utf8'));
    totals.passed += report.numPassedTests;
    totals.failed += report.numFailedTests;
    totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    fs.rmSync(out);
  }
  if (r.status !== 0) exitCode = r.status || 1;
}

const projects = ['unit', 'api-pglite', ...(process.env.TEST_DATABASE_URL ? ['api-postgres'] : [])];
if (!process.env.TEST_DATABASE_URL) console.log('\nTEST_DATABASE_URL is not set: API tests run on embedded PGlite only.\n');
vitest(projects, 'server');

if (fs.existsSync(chromium)) {
  const build = spawnSync('npm', ['run', 'build', '--workspace', 'web'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) exitCode = 1;
  else vitest(['browser'], 'browser');
} else if (process.env.CI === 'true') {
  console.error(`\nCI: Chromium not found at ${chromium} — browser journeys are required in CI.`);
  exitCode = 1;
} else {
  console.warn(
    `\n浏览器旅程未运行 / browser journeys were NOT run: Chromium not found at ${chromium}.\n` +
      `Install it (Debian: apt-get install chromium fonts-noto-cjk) or set CHROMIUM_PATH, then run npm test again.\n`,
  );
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(exitCode);
