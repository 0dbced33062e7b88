-- Indexes found by the lifecycle benchmark (docs/benchmarks.md).
-- The job worker claims `WHERE status = 'pending' AND run_at <= now ORDER BY run_at, id LIMIT n`: with an index
-- on run_at alone, a backlog of jobs due at the same moment (an SMS gateway outage, a bulk import) was sorted in
-- full on every claim (0.8 s at 330,000 pending jobs). With (run_at, id) the claim reads only the rows it takes.
DROP INDEX jobs_due_idx;
CREATE INDEX jobs_due_idx ON jobs (run_at, id) WHERE status = 'pending';

-- (application_id, task_key) is unique and serves every lookup by application; the single-column index only
-- cost a second index insertion per task.
DROP INDEX application_tasks_application;
