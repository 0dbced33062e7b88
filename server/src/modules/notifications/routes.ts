/**
 * /api/me/messages (the account holder's in-app messages, 站内消息) and /api/dev/outbox (administrators:
 * what the development mailer and SMS gateway did NOT send).
 */
import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import { maskMobile } from '@onewindow/common/masking';
import type { AppDeps } from '../../app.js';
import { requireRoles, requireUser } from '../../http/auth.js';
import { errors, IdParams, Ok } from '../../http/schemas.js';
import { metaOf } from '../identity/routes.js';
import { markMessageRead } from './mark-message-read.js';
import { listDevOutbox, listMessages } from './notifications.queries.js';
import { MessageList, MessageQuery, Outbox } from './schemas.js';

const iso = (d: Date | string) => new Date(d).toISOString();

export function notificationRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps.database;
  return async (app) => {
    app.get(
      '/me/messages',
      {
        schema: {
          tags: ['notifications'],
          summary: '我的消息',
          querystring: MessageQuery,
          response: { 200: MessageList, ...errors(400, 401) },
        },
      },
      async (request) => {
        const p = requireUser(request);
        const { rows, total, unread } = await listMessages(db, p.accountId, request.query);
        return {
          items: rows.map((r) => ({
            id: r.id,
            title: r.title,
            body: r.body,
            createdAt: iso(r.created_at),
            readAt: r.read_at ? iso(r.read_at) : null,
          })),
          unread,
          total,
        };
      },
    );

    app.post(
      '/me/messages/:id/read',
      {
        schema: {
          tags: ['notifications'],
          summary: '标记消息已读',
          params: IdParams,
          response: { 200: Ok, ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const p = requireUser(request);
        await markMessageRead({ db, now: deps.clock.now() }, p, request.params.id, metaOf(request));
        return { ok: true as const };
      },
    );

    app.get(
      '/dev/outbox',
      {
        schema: {
          tags: ['notifications'],
          summary: '开发消息箱（未真实发送的短信和邮件）',
          querystring: MessageQuery,
          response: { 200: Outbox, ...errors(400, 401, 403) },
        },
      },
      async (request) => {
        requireRoles(request, 'admin');
        const { rows, total } = await listDevOutbox(db, request.query);
        return {
          items: rows.map((r) => ({
            id: r.id,
            channel: r.channel,
            recipient: r.channel === 'sms' ? maskMobile(r.recipient) : r.recipient,
            subject: r.subject,
            body: r.body,
            createdAt: iso(r.created_at),
          })),
          total,
          adapters: { mailer: deps.mailer.name, sms: deps.sms.name },
        };
      },
    );
  };
}
