/** /api/auth/*: session, login, registration, logout, staff TOTP. Thin: validate → use case → present. */
import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../../app.js';
import { requireSession, requireUser, setSessionCookie } from '../../http/auth.js';
import { errors, Ok } from '../../http/schemas.js';
import type { RequestMeta } from '../../lib/request-meta.js';
import { findAccountView } from './accounts.queries.js';
import { logIn } from './log-in.js';
import { logOut } from './log-out.js';
import { registerEnterprise } from './register-enterprise.js';
import { registerPerson } from './register-person.js';
import { LoginBody, RegisterEnterpriseBody, RegisterPersonBody, SessionBody, TotpCodeBody, TotpEnrolment } from './schemas.js';
import { SESSION_COOKIE, type NewSession } from './sessions.js';
import { checkTotp, startTotpEnrolment } from './staff-totp.js';

export function metaOf(request: FastifyRequest): RequestMeta {
  return { requestId: request.id, ip: request.ip, userAgent: request.headers['user-agent'] };
}

export function identityRoutes(deps: AppDeps): FastifyPluginAsync {
  const { config } = deps;
  const base = () => ({
    mode: config.mode,
    mfaWaived: config.staffMfa === 'waived',
    oidc: config.oidc ? { enabled: true, label: config.oidc.label } : { enabled: false },
  });

  async function presentSession(accountId: string, csrfToken: string, mfa: SessionBody['mfa']): Promise<SessionBody> {
    const account = await findAccountView(deps.database.db, accountId);
    if (!account) return { authenticated: false, ...base() };
    const { totpEnrolled: _t, status: _s, ...visible } = account;
    return { authenticated: true, csrfToken, mfa, account: visible, ...base() };
  }

  const ctx = () => ({ db: deps.database.db, cipher: deps.cipher, config, now: deps.clock.now() });

  async function startSession(reply: FastifyReply, s: NewSession & { accountId: string }, status: 200 | 201) {
    setSessionCookie(reply, deps, s.token, s.expiresAt);
    return reply.status(status).send(await presentSession(s.accountId, s.csrfToken, s.mfaState));
  }

  return async (app) => {
    app.get('/auth/session', { schema: { tags: ['auth'], summary: '当前会话', response: { 200: SessionBody } } }, async (request) => {
      const p = request.principal;
      if (!p) return { authenticated: false, ...base() };
      return presentSession(p.accountId, request.sessionCsrf!, p.mfaState);
    });

    app.post(
      '/auth/login',
      {
        schema: { tags: ['auth'], summary: '账号密码登录', body: LoginBody, response: { 200: SessionBody, ...errors(400, 401, 403, 423) } },
      },
      async (request, reply) => startSession(reply, await logIn(ctx(), request.body, metaOf(request)), 200),
    );

    app.post(
      '/auth/register/person',
      { schema: { tags: ['auth'], summary: '个人注册', body: RegisterPersonBody, response: { 201: SessionBody, ...errors(400, 409) } } },
      async (request, reply) => startSession(reply, await registerPerson(ctx(), request.body, metaOf(request)), 201),
    );

    app.post(
      '/auth/register/enterprise',
      {
        schema: { tags: ['auth'], summary: '法人注册', body: RegisterEnterpriseBody, response: { 201: SessionBody, ...errors(400, 409) } },
      },
      async (request, reply) => startSession(reply, await registerEnterprise(ctx(), request.body, metaOf(request)), 201),
    );

    app.post(
      '/auth/logout',
      { schema: { tags: ['auth'], summary: '退出登录', response: { 200: Ok, ...errors(401, 403) } } },
      async (request, reply) => {
        const p = requireSession(request);
        await logOut(deps.database.db, p, false, deps.clock.now(), metaOf(request));
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return { ok: true as const };
      },
    );

    app.post(
      '/auth/logout-everywhere',
      {
        schema: {
          tags: ['auth'],
          summary: '退出所有设备',
          response: { 200: Type.Object({ ok: Type.Literal(true), revoked: Type.Integer() }), ...errors(401, 403) },
        },
      },
      async (request, reply) => {
        const p = requireUser(request);
        const revoked = await logOut(deps.database.db, p, true, deps.clock.now(), metaOf(request));
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return { ok: true as const, revoked };
      },
    );

    app.post(
      '/auth/totp/enrol',
      {
        schema: {
          tags: ['auth'],
          summary: '工作人员绑定动态口令',

          response: { 200: TotpEnrolment, ...errors(401, 403, 409) },
        },
      },
      async (request) => startTotpEnrolment(ctx(), requireSession(request), metaOf(request)),
    );

    for (const path of ['/auth/totp/confirm', '/auth/totp/verify'] as const) {
      app.post(
        path,
        {
          schema: {
            tags: ['auth'],
            summary: path.endsWith('confirm') ? '确认绑定动态口令' : '验证动态口令',
            body: TotpCodeBody,
            response: { 200: SessionBody, ...errors(400, 401, 403, 409, 423) },
          },
        },
        async (request) => {
          const p = requireSession(request);
          await checkTotp(ctx(), p, request.body.code, metaOf(request));
          return presentSession(p.accountId, request.sessionCsrf!, 'verified');
        },
      );
    }
  };
}
