/**
 * Test helpers: an app on a fresh database with a manual clock and the development adapters, plus
 * login helpers that return the cookie and CSRF token to send.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { App } from '../src/app.js';
import { buildApp } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import type { Database } from '../src/db/database.js';
import { manualClock } from '../src/lib/clock.js';
import { createPersonalDataCipher } from '../src/lib/personal-data-cipher.js';
import { createDevMailer } from '../src/modules/notifications/mailer.js';
import { createDevSmsGateway } from '../src/modules/notifications/sms-gateway.js';
import { LocalFileStorage } from '../src/modules/uploads/file-storage.js';
import { noVirusScanner, type VirusScanner } from '../src/modules/uploads/virus-scan.js';
import { freshDatabase } from './db.js';

export const TEST_KEYS = {
  DATA_KEY: '11'.repeat(32),
  BLIND_INDEX_KEY: '22'.repeat(32),
};

export interface TestContext {
  app: App;
  database: Database;
  db: Database['db'];
  clock: ReturnType<typeof manualClock>;
  config: Config;
  cipher: ReturnType<typeof createPersonalDataCipher>;
  /** this app's own temporary upload folder (removed by close) */
  uploadDir: string;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** defaults to no scanning */
  scanner?: VirusScanner;
}

export async function createTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestContext> {
  const database = await freshDatabase();
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ow-uploads-'));
  const config = loadConfig({
    ONEWINDOW_MODE: 'demo',
    SEED_DEMO: 'false',
    STAFF_MFA: 'required',
    LOG_LEVEL: 'silent',
    JOBS_ENABLED: 'false',
    WEB_DIST_DIR: '/nonexistent',
    UPLOAD_DIR: uploadDir,
    ...TEST_KEYS,
    ...env,
  });
  const clock = manualClock();
  const cipher = createPersonalDataCipher(config.dataKeyHex!, config.blindIndexKeyHex!);
  const app = await buildApp({
    config,
    database,
    clock,
    cipher,
    mailer: createDevMailer(database.db),
    sms: createDevSmsGateway(database.db),
    storage: new LocalFileStorage(config.storage.uploadDir),
    scanner: options.scanner ?? noVirusScanner,
    logger: false,
  });
  await app.ready();
  return {
    app,
    database,
    db: database.db,
    clock,
    config,
    cipher,
    uploadDir,
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(uploadDir, { recursive: true, force: true });
    },
  };
}

export interface Caller {
  cookie: string;
  csrf: string;
  accountId: string;
  headers: Record<string, string>;
}

function sessionCookieFrom(setCookie: string | string[] | undefined): string {
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const c = list.find((v) => v.startsWith('ow_session='));
  if (!c) throw new Error('no session cookie in response');
  return c.split(';')[0]!;
}

/** Logs in with a password; returns what to send with later requests. Throws with the body when it fails. */
export async function login(app: App, kind: 'person' | 'enterprise' | 'staff', identifier: string, password: string): Promise<Caller> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { kind, identifier, password } });
  if (res.statusCode !== 200) throw new Error(`login failed ${res.statusCode}: ${res.body}`);
  const body = res.json();
  const cookie = sessionCookieFrom(res.headers['set-cookie']);
  return { cookie, csrf: body.csrfToken, accountId: body.account.id, headers: { cookie, 'x-csrf-token': body.csrfToken } };
}

export function callerFromResponse(res: {
  headers: Record<string, unknown>;
  json(): { csrfToken: string; account: { id: string } };
}): Caller {
  const cookie = sessionCookieFrom(res.headers['set-cookie'] as string[] | string | undefined);
  const body = res.json();
  return { cookie, csrf: body.csrfToken, accountId: body.account.id, headers: { cookie, 'x-csrf-token': body.csrfToken } };
}
