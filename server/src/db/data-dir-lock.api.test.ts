// The embedded database refuses a second process on the same data folder (PGlite would lose writes).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError } from './data-dir-lock.js';
import { openEmbedded } from './database.js';

const root = path.resolve(import.meta.dirname, '../../..');

describe('embedded data folder lock', () => {
  it('refuses a second opener in this process', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ow-lock-'));
    const lock = acquireDataDirLock(dir);
    expect(() => acquireDataDirLock(dir)).toThrow(DataDirLockedError);
    lock.release();
    acquireDataDirLock(dir).release();
  });

  it('takes over a stale lock left by a dead process', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ow-lock-'));
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    fs.writeFileSync(path.join(dir, 'onewindow.lock'), dead);
    const lock = acquireDataDirLock(dir);
    expect(fs.readFileSync(path.join(dir, 'onewindow.lock'), 'utf8')).toBe(String(process.pid));
    lock.release();
  });

  it('a second OneWindow server on the same folder exits with a clear message', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ow-lock-'));
    const first = await openEmbedded(dir);
    try {
      const second = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'server/src/server.ts')], {
        cwd: root,
        env: { ...process.env, DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'silent', DATABASE_URL: '' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(second.status).toBe(1);
      expect(second.stderr).toContain('正被另一个 OneWindow 进程');
      expect(second.stderr).toContain(`pid ${process.pid}`);
    } finally {
      await first.close();
    }
    expect(fs.existsSync(path.join(dir, 'onewindow.lock'))).toBe(false);
  }, 90_000);
});
