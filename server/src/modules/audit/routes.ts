/** /api/audit (supervisors, administrators), /api/audit/verify (administrators), /api/me/data-access (the person). */
import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import { maskName } from '@onewindow/common/masking';
import { Type } from 'typebox';
import type { AppDeps } from '../../app.js';
import { requireRoles, requireUser } from '../../http/auth.js';
import { errors } from '../../http/schemas.js';
import { listAudit, listDataAccessFor } from './audit.queries.js';
import { verifyAuditChain } from './verify-audit-chain.js';

const AuditItem = Type.Object({
  id: Type.Integer({ description: 'insertion order' }),
  seq: Type.Union([Type.Integer(), Type.Null()], {
    description: 'position in the hash chain; null for a record not sealed yet (within a second)',
  }),
  at: Type.String({ format: 'date-time' }),
  actorId: Type.Union([Type.String(), Type.Null()]),
  actorLabel: Type.String(),
  action: Type.String(),
  targetType: Type.String(),
  targetId: Type.Union([Type.String(), Type.Null()]),
  requestId: Type.Union([Type.String(), Type.Null()]),
  detail: Type.Unknown(),
});

const AuditQuery = Type.Object(
  {
    action: Type.Optional(Type.String({ maxLength: 60 })),
    actorId: Type.Optional(Type.String({ format: 'uuid' })),
    targetType: Type.Optional(Type.String({ maxLength: 40 })),
    targetId: Type.Optional(Type.String({ maxLength: 64 })),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
    offset: Type.Integer({ minimum: 0, maximum: 1000000, default: 0 }),
  },
  { additionalProperties: false },
);

const ChainReport = Type.Object({
  ok: Type.Boolean(),
  checked: Type.Integer(),
  firstBroken: Type.Optional(Type.Object({ seq: Type.Integer(), reason: Type.String() })),
});

const DataAccess = Type.Object({
  items: Type.Array(
    Type.Object({
      at: Type.String({ format: 'date-time' }),
      actorName: Type.String({ description: '查看人（姓名脱敏）' }),
      departmentName: Type.Union([Type.String(), Type.Null()]),
      action: Type.String(),
      purpose: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});

export function auditRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps.database;
  return async (app) => {
    app.get(
      '/audit',
      {
        schema: {
          tags: ['audit'],
          summary: '审计日志',
          querystring: AuditQuery,
          response: { 200: Type.Object({ items: Type.Array(AuditItem), total: Type.Integer() }), ...errors(400, 401, 403) },
        },
      },
      async (request) => {
        requireRoles(request, 'admin', 'supervisor');
        const { rows, total } = await listAudit(db, request.query);
        return {
          total,
          items: rows.map((r) => ({
            id: Number(r.id),
            seq: r.seq === null ? null : Number(r.seq),
            at: new Date(r.at).toISOString(),
            actorId: r.actor_id,
            actorLabel: r.actor_label,
            action: r.action,
            targetType: r.target_type,
            targetId: r.target_id,
            requestId: r.request_id,
            detail: r.detail,
          })),
        };
      },
    );

    app.get(
      '/audit/verify',
      { schema: { tags: ['audit'], summary: '校验审计链', response: { 200: ChainReport, ...errors(401, 403) } } },
      async (request) => {
        requireRoles(request, 'admin', 'supervisor');
        return verifyAuditChain(db);
      },
    );

    app.get(
      '/me/data-access',
      { schema: { tags: ['audit'], summary: '谁查看了我的数据', response: { 200: DataAccess, ...errors(401) } } },
      async (request) => {
        const p = requireUser(request);
        const rows = await listDataAccessFor(db, p.accountId);
        return {
          items: rows.map((r) => ({
            at: new Date(r.at).toISOString(),
            actorName: r.actor_name ? maskName(r.actor_name) : '系统',
            departmentName: r.department_name,
            action: r.action,
            purpose: (r.detail as { purpose?: string } | null)?.purpose ?? null,
          })),
        };
      },
    );
  };
}
