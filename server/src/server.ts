/**
 * Entry point: load config → open database (embedded PGlite locked to this process, or PostgreSQL) →
 * migrate → seed demo data (demo mode, first run) → build app → listen → run the job worker.
 * SIGINT/SIGTERM: stop taking requests, finish running jobs, close the database, release the lock.
 */
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { DataDirLockedError } from './db/data-dir-lock.js';
import { openDatabase, type Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import { systemClock } from './lib/clock.js';
import { resolveKeys } from './lib/demo-keys.js';
import { createPersonalDataCipher } from './lib/personal-data-cipher.js';
import { demoAccountsBanner, seedDemo } from './modules/demo/seed-demo.js';
import { createJobWorker } from './modules/jobs/worker.js';
import { createDevMailer, createSmtpMailer } from './modules/notifications/mailer.js';
import { createDevSmsGateway } from './modules/notifications/sms-gateway.js';
import { createFileStorage } from './modules/uploads/file-storage.js';
import { createVirusScanner } from './modules/uploads/virus-scan.js';
import { jobHandlers } from './worker-setup.js';
import { ensureSchedule } from './modules/jobs/ensure-schedule.js';
import { CLOCK_CHECK_SCHEDULE } from './modules/applications/clock-warnings.js';
import { AUDIT_SEAL_SCHEDULE, sealAuditChain } from './modules/audit/seal-audit-chain.js';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (err) {
  if (err instanceof ConfigError) fail(err.message);
  throw err;
}

let database: Database;
try {
  database = await openDatabase(config);
} catch (err) {
  if (err instanceof DataDirLockedError) fail(err.message);
  throw err;
}

const applied = await migrate(database.db);
const keys = resolveKeys(config);
const cipher = createPersonalDataCipher(keys.dataKeyHex, keys.blindIndexKeyHex);
const clock = systemClock;
const seed = config.seedDemo ? await seedDemo({ db: database.db, cipher, config, now: clock.now() }) : { seeded: false };
const mailer = config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.mailFrom) : createDevMailer(database.db);
const sms = createDevSmsGateway(database.db);
const storage = createFileStorage(config);
const scanner = createVirusScanner(config);

const app = await buildApp({ config, database, clock, cipher, mailer, sms, storage, scanner });
const log = app.log;
if (applied.length) log.info({ applied }, 'migrations applied');
if (keys.generated)
  log.warn('demo mode: generated personal-data keys in DATA_DIR/keys.json (set DATA_KEY and BLIND_INDEX_KEY in production)');
if (mailer.development) log.warn(`e-mail: ${mailer.name} — messages are shown in the console (开发消息箱), not sent`);
if (sms.development) log.warn(`SMS: ${sms.name} — messages are shown in the console (开发消息箱), not sent`);
log.info({ storage: storage.kind, virusScan: scanner.kind }, 'uploads');
if (scanner.kind === 'none') log.warn('uploads are NOT virus-scanned (set CLAMAV_HOST to scan with clamd)');
if (config.staffMfa === 'waived') log.warn('demo mode: staff second factor (TOTP) is WAIVED — never in production');

const worker = config.jobs.enabled
  ? createJobWorker({
      db: database.db,
      clock,
      log,
      handlers: jobHandlers({ config, database, clock, cipher, mailer, sms, storage, scanner }),
      pollMs: config.jobs.pollMs,
      concurrency: config.jobs.concurrency,
    })
  : undefined;

if (worker) {
  await ensureSchedule(database.db, CLOCK_CHECK_SCHEDULE, clock.now());
  await ensureSchedule(database.db, AUDIT_SEAL_SCHEDULE, clock.now());
}
await app.listen({ host: config.host, port: config.port });
worker?.start();

console.log(
  [
    '',
    `OneWindow 一网通办 is running (${config.mode} mode, ${database.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'})`,
    `  办事大厅 portal:     ${config.publicUrl}/`,
    `  工作台 console:      ${config.publicUrl}/console`,
    `  API docs:           ${config.publicUrl}/api/docs`,
    ...(config.mode === 'demo'
      ? ['', seed.seeded ? '演示数据已写入 / demo data seeded.' : '演示数据已存在 / demo data present.', demoAccountsBanner()]
      : []),
    '',
  ].join('\n'),
);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  await app.close();
  await worker?.stop();
  // chain what was committed since the last seal, so a restart leaves no record unsealed
  await sealAuditChain(database.db).catch((err: unknown) => log.error({ err }, 'audit seal at shutdown failed'));
  await database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
