/** Liveness (/healthz: the process answers) and readiness (/readyz: the database answers and is migrated). */
import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import { sql } from 'kysely';
import { Type } from 'typebox';
import type { AppDeps } from '../../app.js';

export function healthRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/healthz', { schema: { tags: ['health'], response: { 200: Type.Object({ status: Type.Literal('ok') }) } } }, async () => ({
      status: 'ok' as const,
    }));
    app.get(
      '/readyz',
      {
        schema: {
          tags: ['health'],
          response: {
            200: Type.Object({ status: Type.Literal('ready'), database: Type.String() }),
            503: Type.Object({ status: Type.Literal('not_ready'), reason: Type.String() }),
          },
        },
      },
      async (_request, reply) => {
        try {
          await sql`SELECT 1 FROM schema_migrations LIMIT 1`.execute(deps.database.db);
          return { status: 'ready' as const, database: deps.database.kind };
        } catch (err) {
          return reply.status(503).send({ status: 'not_ready' as const, reason: (err as Error).message });
        }
      },
    );
  };
}
