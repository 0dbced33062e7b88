/** Test-only helpers for job tests: a log that remembers, a promise to release by hand, waiting for a condition. */
import type { JobLog } from './worker.js';

export interface RecordingLog extends JobLog {
  lines: Array<{ level: 'info' | 'warn' | 'error'; msg: string; obj: object }>;
}

export function recordingLog(): RecordingLog {
  const lines: RecordingLog['lines'] = [];
  return {
    lines,
    info: (obj, msg = '') => void lines.push({ level: 'info', msg, obj }),
    warn: (obj, msg = '') => void lines.push({ level: 'warn', msg, obj }),
    error: (obj, msg = '') => void lines.push({ level: 'error', msg, obj }),
  };
}

export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Polls until `check` returns true; fails (not a timing assertion: only a guard against hanging) after `limitMs`. */
export async function waitFor(check: () => Promise<boolean> | boolean, what: string, limitMs = 20_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
