/** Kysely types of the job tables (migration 0004_jobs.sql). */
import type { Generated } from 'kysely';
import type { Json, Timestamp } from '../../db/schema.js';

export type JobStatus = 'pending' | 'running' | 'done' | 'dead';
export const JOB_STATUSES: readonly JobStatus[] = ['pending', 'running', 'done', 'dead'];

export interface JobTables {
  jobs: {
    id: Generated<string>;
    kind: string;
    payload: Json;
    status: Generated<JobStatus>;
    attempts: Generated<number>;
    max_attempts: Generated<number>;
    run_at: Timestamp;
    dedupe_key: string | null;
    locked_by: string | null;
    locked_at: Timestamp | null;
    last_error: string | null;
    created_at: Timestamp;
    updated_at: Timestamp;
    finished_at: Timestamp | null;
  };
  job_schedules: {
    name: string;
    kind: string;
    payload: Json;
    interval_seconds: number;
    next_run_at: Timestamp;
    last_fired_at: Timestamp | null;
    last_job_id: string | null;
    created_at: Timestamp;
    updated_at: Timestamp;
  };
}
