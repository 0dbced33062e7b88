/**
 * /api/auth/oidc/*: login through the configured identity provider (统一身份认证平台). Both routes are
 * browser navigations, so they answer with redirects: start → the provider; callback → `next`, or
 * `/login?oidc_error=<code>&reason=<reason>` when anything fails (the cause is logged, without
 * personal data). Only "not configured" answers JSON (404 OIDC_NOT_CONFIGURED).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { AppDeps } from '../../../app.js';
import { DomainError, isDomainError, type ErrorCode } from '../../../errors.js';
import { setSessionCookie } from '../../../http/auth.js';
import { errors } from '../../../http/schemas.js';
import { metaOf } from '../routes.js';
import { completeOidcLogin } from './complete-oidc-login.js';
import { createOidcClient, type OidcClient } from './oidc-client.js';
import { oidcFailure, reasonOf } from './oidc-failure.js';
import {
  OIDC_TRANSACTION_COOKIE,
  OIDC_TRANSACTION_TTL_SECONDS,
  openTransaction,
  safeNextPath,
  sealTransaction,
} from './oidc-transaction.js';

export const OIDC_CALLBACK_PATH = '/api/auth/oidc/callback';
const TRANSACTION_COOKIE_PATH = '/api/auth/oidc';
const LOGIN_PAGE = '/login';

const StartQuery = Type.Object(
  { next: Type.Optional(Type.String({ maxLength: 1000, description: '登录后返回的站内路径，须以 / 开头；否则回到首页' })) },
  { additionalProperties: false },
);

// Providers add their own parameters (iss, session_state, …): extra parameters are accepted here.
const CallbackQuery = Type.Object(
  {
    code: Type.Optional(Type.String({ maxLength: 4096, description: 'authorization code' })),
    state: Type.Optional(Type.String({ maxLength: 512 })),
    iss: Type.Optional(Type.String({ maxLength: 1000, description: 'issuer (RFC 9207)' })),
    error: Type.Optional(Type.String({ maxLength: 200, description: 'OAuth error code from the provider' })),
    error_description: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: true },
);

const Redirect = Type.Null({ description: '跳转（Location 头）' });

export function oidcRoutes(deps: AppDeps): FastifyPluginAsyncTypebox {
  const { config, cipher, clock } = deps;
  const redirectUri = `${config.publicUrl}${OIDC_CALLBACK_PATH}`;
  const oidc: OidcClient | undefined = config.oidc
    ? createOidcClient({ ...config.oidc, redirectUri, allowHttp: config.mode === 'demo' })
    : undefined;

  const cookieOptions = {
    path: TRANSACTION_COOKIE_PATH,
    httpOnly: true,
    // Lax: the cookie must come back on the provider's top-level redirect to the callback.
    sameSite: 'lax' as const,
    secure: config.cookieSecure,
  };

  function fail(request: FastifyRequest, reply: FastifyReply, err: unknown) {
    const code: ErrorCode = isDomainError(err) ? err.code : 'OIDC_FAILED';
    const reason = reasonOf(err);
    const cause = isDomainError(err) ? err.cause : err;
    const entry = { errorCode: code, reason, ...(cause !== undefined ? { cause: describe(cause) } : {}) };
    if (isDomainError(err)) request.log.warn(entry, 'oidc login failed');
    else request.log.error(entry, 'oidc login failed');
    const query = new URLSearchParams({ oidc_error: code, ...(reason ? { reason } : {}) });
    return reply.redirect(`${LOGIN_PAGE}?${query}`, 302);
  }

  return async (app) => {
    app.get(
      '/auth/oidc/start',
      {
        schema: {
          tags: ['auth'],
          summary: '统一身份认证平台登录（跳转到认证平台）',
          querystring: StartQuery,
          response: { 302: Redirect, ...errors(400, 404) },
        },
      },
      async (request, reply) => {
        if (!oidc) throw new DomainError('OIDC_NOT_CONFIGURED');
        let started: Awaited<ReturnType<OidcClient['authorizationRequest']>>;
        try {
          started = await oidc.authorizationRequest();
        } catch (err) {
          return fail(request, reply, oidcFailure('provider_unavailable', err));
        }
        const sealed = sealTransaction(cipher, { ...started.checks, next: safeNextPath(request.query.next) }, clock.now());
        reply.setCookie(OIDC_TRANSACTION_COOKIE, sealed, { ...cookieOptions, maxAge: OIDC_TRANSACTION_TTL_SECONDS });
        return reply.redirect(started.url.href, 302);
      },
    );

    app.get(
      '/auth/oidc/callback',
      {
        schema: {
          tags: ['auth'],
          summary: '统一身份认证平台登录回调',
          querystring: CallbackQuery,
          response: { 302: Redirect },
        },
        // a malformed callback is a failed login (redirect), not a JSON error
        attachValidation: true,
      },
      async (request, reply) => {
        reply.clearCookie(OIDC_TRANSACTION_COOKIE, cookieOptions);
        try {
          if (!oidc) throw new DomainError('OIDC_NOT_CONFIGURED');
          const tx = openTransaction(cipher, request.cookies[OIDC_TRANSACTION_COOKIE], clock.now());
          if (request.validationError) throw oidcFailure('invalid_response');
          const query = request.query;
          if (!tx || query.state !== tx.state) throw oidcFailure('invalid_state');
          if (query.error) throw oidcFailure('provider_error', new Error(`provider answered ${query.error.slice(0, 100)}`));
          const rawQuery = request.url.slice(request.url.indexOf('?'));
          let verified: Awaited<ReturnType<OidcClient['exchange']>>;
          try {
            verified = await oidc.exchange(new URL(redirectUri + rawQuery), tx);
          } catch (err) {
            throw oidcFailure('invalid_response', err);
          }
          const ctx = { db: deps.database.db, cipher, config, now: clock.now() };
          const session = await completeOidcLogin(ctx, { provider: verified.issuer, claims: verified.claims }, metaOf(request));
          setSessionCookie(reply, deps, session.token, session.expiresAt);
          request.log.info({ accountId: session.accountId, outcome: session.outcome }, 'oidc login');
          return reply.redirect(tx.next, 302);
        } catch (err) {
          return fail(request, reply, err);
        }
      },
    );
  };
}

/** What may be logged of a failure: names and messages from openid-client, never claims or tokens. */
function describe(err: unknown) {
  if (!(err instanceof Error)) return { message: String(err) };
  const e = err as Error & { code?: unknown; error?: unknown; status?: unknown };
  return {
    name: e.name,
    message: e.message.slice(0, 300),
    ...(typeof e.code === 'string' ? { oauthCode: e.code } : {}),
    ...(typeof e.error === 'string' ? { oauthError: e.error } : {}),
    ...(typeof e.status === 'number' ? { status: e.status } : {}),
  };
}
