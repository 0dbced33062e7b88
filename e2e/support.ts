/**
 * Browser-journey support: a real OneWindow server (embedded database, demo data, built web app) on a
 * random loopback port, and headless Debian Chromium driven by playwright-core.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildApp, type App } from '../server/src/app.js';
import { loadConfig } from '../server/src/config.js';
import { fromPglite } from '../server/src/db/database.js';
import { migrate } from '../server/src/db/migrate.js';
import { systemClock } from '../server/src/lib/clock.js';
import { createPersonalDataCipher } from '../server/src/lib/personal-data-cipher.js';
import { DEMO_PASSWORD } from '../server/src/modules/demo/demo-data.js';
import { seedDemo } from '../server/src/modules/demo/seed-demo.js';
import { createDevMailer } from '../server/src/modules/notifications/mailer.js';
import { createDevSmsGateway } from '../server/src/modules/notifications/sms-gateway.js';
import { LocalFileStorage } from '../server/src/modules/uploads/file-storage.js';
import { noVirusScanner } from '../server/src/modules/uploads/virus-scan.js';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const root = path.resolve(import.meta.dirname, '..');

export interface Journey {
  app: App;
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startJourney(): Promise<Journey> {
  const key = '5a'.repeat(32);
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ow-e2e-uploads-'));
  const config = loadConfig({
    ONEWINDOW_MODE: 'demo',
    LOG_LEVEL: 'silent',
    STAFF_MFA: 'waived',
    JOBS_ENABLED: 'false',
    DATA_KEY: key,
    BLIND_INDEX_KEY: key,
    WEB_DIST_DIR: path.join(root, 'web', 'dist'),
    UPLOAD_DIR: uploadDir,
  });
  const database = fromPglite(await PGlite.create());
  await migrate(database.db);
  const cipher = createPersonalDataCipher(key, key);
  await seedDemo({ db: database.db, cipher, config, now: new Date() });
  const app = await buildApp({
    config,
    database,
    clock: systemClock,
    cipher,
    mailer: createDevMailer(database.db),
    sms: createDevSmsGateway(database.db),
    storage: new LocalFileStorage(uploadDir),
    scanner: noVirusScanner,
    logger: false,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    async close() {
      await browser.close();
      await app.close();
      await database.close();
      fs.rmSync(uploadDir, { recursive: true, force: true });
    },
  };
}

export async function newPage(j: Journey, opts: { width?: number; elder?: boolean } = {}): Promise<Page> {
  const context = await j.browser.newContext({ viewport: { width: opts.width ?? 1280, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  return page;
}

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function axeViolations(page: Page) {
  const axeSource = (await import('axe-core')).default.source;
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            opts: object,
          ): Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe;
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
}

/** Logs a demo staff member in through the login page (工作人员 tab) and waits for the console. */
export async function staffLogIn(j: Journey, page: Page, username: string) {
  await page.goto(`${j.baseUrl}/login`);
  await page.getByRole('tab', { name: '工作人员' }).click();
  await page.getByLabel('用户名', { exact: true }).fill(username);
  await page.getByLabel('密码', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: /^登\s*录$/ }).click();
  await page.waitForURL(/\/console/);
}
