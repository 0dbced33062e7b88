/** Reading jobs for administrators. */
import type { Db } from '../../db/database.js';
import type { JobStatus } from './jobs.tables.js';

export interface JobFilter {
  status?: JobStatus;
  kind?: string;
  limit: number;
  offset: number;
}

export async function listJobs(db: Db, f: JobFilter) {
  let q = db.selectFrom('jobs');
  if (f.status) q = q.where('status', '=', f.status);
  if (f.kind) q = q.where('kind', '=', f.kind);
  const [rows, total] = await Promise.all([
    q
      .select(['id', 'kind', 'status', 'attempts', 'max_attempts', 'run_at', 'last_error', 'created_at', 'finished_at'])
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
