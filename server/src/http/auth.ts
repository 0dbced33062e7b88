/**
 * Resolves the session cookie into `request.principal` on every request, enforces CSRF on
 * cookie-authenticated writes (header x-csrf-token must equal the session's token), and offers the
 * guards routes call: requireUser, requireRoles, requireStaff.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app.js';
import { DomainError } from '../errors.js';
import type { Principal, Role } from '../modules/identity/principal.js';
import { SESSION_COOKIE, findSession, touchSession } from '../modules/identity/sessions.js';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
    sessionCsrf: string | null;
    sessionExpired: boolean;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const TOUCH_EVERY_MS = 60_000;

export function sessionCookieOptions(deps: Pick<AppDeps, 'config'>, expires?: Date) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: deps.config.cookieSecure,
    ...(expires ? { expires } : {}),
  };
}

export function registerAuth(app: FastifyInstance, deps: AppDeps) {
  app.decorateRequest('principal', null);
  app.decorateRequest('sessionCsrf', null);
  app.decorateRequest('sessionExpired', false);

  app.addHook('onRequest', async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const now = deps.clock.now();
    const found = await findSession(deps.database.db, token, now, deps.config);
    if (found.state !== 'active') {
      request.sessionExpired = found.state === 'expired';
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return;
    }
    request.principal = {
      accountId: found.accountId,
      kind: found.account.kind,
      displayName: found.account.displayName,
      roles: found.account.roles,
      departmentId: found.account.departmentId,
      sessionId: found.id,
      mfaState: found.mfaState,
    };
    request.sessionCsrf = found.csrfToken;
    if (now.getTime() - found.lastSeenAt.getTime() > TOUCH_EVERY_MS) await touchSession(deps.database.db, found.id, now);

    if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== found.csrfToken) {
      throw new DomainError('CSRF_REJECTED');
    }
  });
}

/** The caller, fully authenticated (second factor done where required). */
export function requireUser(request: FastifyRequest): Principal {
  const p = request.principal;
  if (!p) throw new DomainError(request.sessionExpired ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
  if (p.mfaState === 'enrol') throw new DomainError('MFA_ENROLMENT_REQUIRED');
  if (p.mfaState === 'verify') throw new DomainError('MFA_REQUIRED');
  return p;
}

/** The caller with a session, second factor possibly still pending (for the TOTP endpoints). */
export function requireSession(request: FastifyRequest): Principal {
  const p = request.principal;
  if (!p) throw new DomainError(request.sessionExpired ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
  return p;
}

export function requireRoles(request: FastifyRequest, ...roles: Role[]): Principal {
  const p = requireUser(request);
  if (!p.roles.some((r) => roles.includes(r))) throw new DomainError('FORBIDDEN');
  return p;
}

export function requireStaff(request: FastifyRequest): Principal {
  const p = requireUser(request);
  if (p.kind !== 'staff') throw new DomainError('FORBIDDEN');
  return p;
}

export function setSessionCookie(reply: FastifyReply, deps: Pick<AppDeps, 'config'>, token: string, expires: Date) {
  reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(deps, expires));
}
