/**
 * Exclusive lock on the embedded database folder. PGlite silently loses writes when two processes open
 * one data folder (upstream pglite #1106), so the embedded mode refuses a second process. The lock is a
 * pid file created with O_EXCL; a stale file (its pid is no longer alive) is taken over.
 */
import fs from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `数据目录 ${dir} 正被另一个 OneWindow 进程（pid ${pid}）使用。嵌入式数据库不能被两个进程同时打开，` +
        `请先停止该进程，或为本进程设置不同的 DATA_DIR，或使用 DATABASE_URL 连接 PostgreSQL。\n` +
        `The data folder ${dir} is in use by another OneWindow process (pid ${pid}). ` +
        `The embedded database cannot be shared by two processes: stop the other one, use another DATA_DIR, or set DATABASE_URL.`,
    );
    this.name = 'DataDirLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface DataDirLock {
  release(): void;
}

export function acquireDataDirLock(dir: string): DataDirLock {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'onewindow.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx');
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(file, 'utf8').trim() === String(process.pid)) fs.unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
      process.once('exit', release);
      return { release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(fs.readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) {
        throw new DataDirLockedError(dir, pid);
      }
      // Stale lock from a process that died, or our own pid from an earlier open in this process.
      if (pid === process.pid) throw new DataDirLockedError(dir, pid);
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`could not lock ${dir}`);
}
