/**
 * The job worker: every pollMs it returns jobs of crashed workers to pending, turns due schedule ticks
 * into jobs, claims due jobs up to its free slots (see claim-jobs.ts) and runs their handlers. Any number
 * of workers — in one process or in many instances — may poll one database; each job runs once at a
 * time, and exactly once when its handler succeeds. A handler may still run twice when a worker dies
 * after the handler's side effect and before the job is marked done, so handlers are idempotent
 * (keyed by ctx.jobId).
 *
 * Time comes from the clock (so tests can move it); instances' clocks are assumed to be NTP-synchronised.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { Db } from '../../db/database.js';
import type { Clock } from '../../lib/clock.js';
import { claimDueJobs, completeJob, failJob, releaseExpiredLocks, type ClaimedJob } from './claim-jobs.js';
import { fireDueSchedules } from './fire-due-schedules.js';

export interface JobContext {
  jobId: string;
  /** 1 on the first run */
  attempt: number;
  now: Date;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each handler validates its own payload
export type JobHandler = (payload: any, ctx: JobContext) => Promise<void>;

/** pino-like: log.error({ err }, 'message') */
export interface JobLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface JobWorkerOptions {
  db: Db;
  clock: Clock;
  log: JobLog;
  handlers: Record<string, JobHandler>;
  pollMs: number;
  /** jobs run at the same time by this worker */
  concurrency: number;
  workerId?: string;
  /** a running job whose lock is older than this is taken to be abandoned; longer than the slowest handler. Default 10 min. */
  lockTimeoutMs?: number;
}

export interface JobWorker {
  readonly id: string;
  start(): void;
  /** stops polling and waits for running handlers to finish */
  stop(): Promise<void>;
  /** one poll, waiting for the jobs it claimed; returns how many it ran (for tests and scripts) */
  runOnce(): Promise<number>;
}

export const DEFAULT_LOCK_TIMEOUT_MS = 10 * 60_000;

export function createJobWorker(opts: JobWorkerOptions): JobWorker {
  const { db, clock, log, handlers, pollMs, concurrency } = opts;
  const workerId = opts.workerId ?? `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const lockTimeoutMs = opts.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  const inFlight = new Set<Promise<void>>();
  let started = false;
  let timer: NodeJS.Timeout | undefined;
  let polling: Promise<void> | undefined;
  /** the last poll filled every free slot: more may be due, so poll again as soon as a slot frees */
  let backlog = false;

  async function poll(): Promise<Array<Promise<void>>> {
    const now = clock.now();
    for (const job of await releaseExpiredLocks(db, lockTimeoutMs, now)) {
      log.warn(
        { jobId: job.id, status: job.status, lockTimeoutMs },
        'job lock expired: its worker stopped answering; job returned to the queue',
      );
    }
    await fireDueSchedules(db, now);
    const free = concurrency - inFlight.size;
    const claimed = await claimDueJobs(db, workerId, free, now);
    backlog = claimed.length === free;
    return claimed.map((job) => {
      const run = execute(job).finally(() => {
        inFlight.delete(run);
        if (started && backlog && !polling) schedule(0);
      });
      inFlight.add(run);
      return run;
    });
  }

  async function execute(job: ClaimedJob): Promise<void> {
    const fields = { jobId: job.id, kind: job.kind, attempt: job.attempts, workerId };
    try {
      const handler = Object.hasOwn(handlers, job.kind) ? handlers[job.kind] : undefined;
      if (!handler) {
        const error = new Error(
          `no handler for job kind "${job.kind}" in this worker (known kinds: ${Object.keys(handlers).sort().join(', ') || 'none'})`,
        );
        await failJob(db, job, workerId, error, clock.now(), true);
        log.error({ ...fields, err: error }, 'job dead: unknown kind');
        return;
      }
      try {
        await handler(job.payload, { jobId: job.id, attempt: job.attempts, now: clock.now() });
      } catch (err) {
        const outcome = await failJob(db, job, workerId, err, clock.now());
        if (!outcome.held) log.warn({ ...fields, err }, 'job failed after its lock expired; the newer run decides its outcome');
        else if (outcome.status === 'dead') log.error({ ...fields, err }, 'job dead: no attempts left');
        else log.warn({ ...fields, err, retryAt: outcome.retryAt.toISOString() }, 'job failed; will retry');
        return;
      }
      if (!(await completeJob(db, job, workerId, clock.now()))) {
        log.warn(fields, 'job finished after its lock expired; the newer run decides its outcome');
      }
    } catch (err) {
      // The database failed while recording the outcome: the job stays running until its lock expires.
      log.error({ ...fields, err }, 'could not record job outcome');
    }
  }

  function schedule(delayMs: number) {
    if (!started) return;
    clearTimeout(timer);
    timer = setTimeout(() => void tick(), delayMs);
  }

  async function tick() {
    timer = undefined;
    if (!started || polling) return;
    polling = poll().then(
      () => undefined,
      (err: unknown) => {
        backlog = false;
        log.error({ err, workerId }, 'job poll failed');
      },
    );
    await polling;
    polling = undefined;
    schedule(pollMs);
  }

  return {
    id: workerId,
    start() {
      if (started) return;
      started = true;
      log.info({ workerId, pollMs, concurrency, kinds: Object.keys(handlers).sort() }, 'job worker started');
      schedule(0);
    },
    async stop() {
      started = false;
      clearTimeout(timer);
      timer = undefined;
      await polling;
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    async runOnce() {
      const runs = await poll();
      await Promise.all(runs);
      return runs.length;
    },
  };
}
