-- Jobs: side effects (messages, PDFs, certificates, timers) run from this table after the state change
-- that asked for them has committed (the outbox pattern: a use case inserts its job in its own
-- transaction). Workers in any number of instances claim due rows with FOR UPDATE SKIP LOCKED, so each
-- job runs once at a time; a failed job is retried with exponential backoff, then left 'dead'.

CREATE TABLE jobs (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind          text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$' AND length(kind) <= 100),
  payload       jsonb NOT NULL DEFAULT '{}'::jsonb,
  status        text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'running', 'done', 'dead')),
  attempts      integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  max_attempts  integer NOT NULL DEFAULT 5 CHECK (max_attempts BETWEEN 1 AND 100),
  run_at        timestamptz NOT NULL,
  dedupe_key    text CHECK (length(dedupe_key) BETWEEN 1 AND 300),
  locked_by     text,
  locked_at     timestamptz,
  last_error    text,
  created_at    timestamptz NOT NULL,
  updated_at    timestamptz NOT NULL,
  finished_at   timestamptz,
  CHECK (attempts <= max_attempts),
  CHECK (status <> 'running' OR (locked_by IS NOT NULL AND locked_at IS NOT NULL)),
  CHECK ((status IN ('done', 'dead')) = (finished_at IS NOT NULL))
);
-- The claim query: due pending jobs in run_at order.
CREATE INDEX jobs_due_idx ON jobs (run_at) WHERE status = 'pending';
-- Finding jobs whose worker stopped answering (lock older than the lock timeout).
CREATE INDEX jobs_running_idx ON jobs (locked_at) WHERE status = 'running';
-- At most one unfinished job per dedupe key; finished jobs free the key again.
CREATE UNIQUE INDEX jobs_dedupe_key_idx ON jobs (dedupe_key) WHERE status IN ('pending', 'running');
-- The administrators' list (newest first, optionally by status or kind).
CREATE INDEX jobs_status_created_idx ON jobs (status, created_at DESC);
CREATE INDEX jobs_kind_created_idx ON jobs (kind, created_at DESC);

COMMENT ON TABLE jobs IS 'background jobs (outbox): inserted in the transaction of the state change, run by workers after commit';
COMMENT ON COLUMN jobs.kind IS 'handler name, e.g. notification.deliver';
COMMENT ON COLUMN jobs.payload IS 'handler input (JSON); no personal data in clear: handlers look it up by id';
COMMENT ON COLUMN jobs.status IS 'pending → running → done; running → pending (retry with backoff, or lock expired) → … → dead after max_attempts';
COMMENT ON COLUMN jobs.attempts IS 'runs started so far (incremented when a worker claims the job)';
COMMENT ON COLUMN jobs.run_at IS 'not before this time (first run, or the next retry after backoff)';
COMMENT ON COLUMN jobs.dedupe_key IS 'optional: a second enqueue with the same key while the first is unfinished returns the first';
COMMENT ON COLUMN jobs.locked_by IS 'worker id (host:pid:random) holding the job while running';
COMMENT ON COLUMN jobs.locked_at IS 'when the job was claimed; a running job older than the lock timeout is returned to pending';
COMMENT ON COLUMN jobs.last_error IS 'error of the latest failed attempt (shown to administrators)';
COMMENT ON COLUMN jobs.finished_at IS 'when the job became done or dead';

CREATE TABLE job_schedules (
  name             text PRIMARY KEY CHECK (name ~ '^[a-z][a-z0-9_.-]*$' AND length(name) <= 100),
  kind             text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$' AND length(kind) <= 100),
  payload          jsonb NOT NULL DEFAULT '{}'::jsonb,
  interval_seconds integer NOT NULL CHECK (interval_seconds BETWEEN 1 AND 31622400),
  next_run_at      timestamptz NOT NULL,
  last_fired_at    timestamptz,
  last_job_id      uuid,
  created_at       timestamptz NOT NULL,
  updated_at       timestamptz NOT NULL
);
CREATE INDEX job_schedules_due_idx ON job_schedules (next_run_at);

COMMENT ON TABLE job_schedules IS 'recurring jobs; a worker claims a due row (FOR UPDATE SKIP LOCKED), enqueues one job and advances next_run_at, so each tick fires once across all instances and survives restarts';
COMMENT ON COLUMN job_schedules.next_run_at IS 'next tick; kept when the schedule is ensured again at boot. Ticks missed while no worker ran are fired once, not once each';
COMMENT ON COLUMN job_schedules.last_job_id IS 'job enqueued by the latest tick (no foreign key: finished jobs may be purged)';
