/** /api/jobs: the background job queue, for administrators (what ran, what is waiting, what failed). */
import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app.js';
import { requireRoles } from '../../http/auth.js';
import { errors } from '../../http/schemas.js';
import { listJobs } from './jobs.queries.js';
import { JobList, JobQuery } from './schemas.js';

const iso = (d: Date | string) => new Date(d).toISOString();

export function jobRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps.database;
  return async (app) => {
    app.get(
      '/jobs',
      { schema: { tags: ['jobs'], summary: '后台任务队列', querystring: JobQuery, response: { 200: JobList, ...errors(400, 401, 403) } } },
      async (request) => {
        requireRoles(request, 'admin');
        const { rows, total } = await listJobs(db, request.query);
        return {
          total,
          items: rows.map((r) => ({
            id: r.id,
            kind: r.kind,
            status: r.status,
            attempts: r.attempts,
            maxAttempts: r.max_attempts,
            runAt: iso(r.run_at),
            lastError: r.last_error,
            createdAt: iso(r.created_at),
            finishedAt: r.finished_at ? iso(r.finished_at) : null,
          })),
        };
      },
    );
  };
}
