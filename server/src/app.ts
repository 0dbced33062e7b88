/**
 * buildApp(deps): plugins and module routes. It never listens — server.ts does, tests use inject().
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { registerAuth } from './http/auth.js';
import { publicCatalogueRoutes } from './modules/catalogue/routes-public.js';
import { consoleCatalogueRoutes } from './modules/catalogue/routes-console.js';
import { consoleCatalogueAssetRoutes } from './modules/catalogue/routes-console-assets.js';
import { registerErrorHandler } from './http/error-handler.js';
import { loggerOptions } from './http/logger.js';
import { registerMetrics } from './http/metrics.js';
import { ErrorBody } from './http/schemas.js';
import { containsNul, validatorCompiler } from './http/validation.js';
import { DomainError } from './errors.js';
import type { Clock } from './lib/clock.js';
import type { PersonalDataCipher } from './lib/personal-data-cipher.js';
import { auditRoutes } from './modules/audit/routes.js';
import { healthRoutes } from './modules/health/routes.js';
import { oidcRoutes } from './modules/identity/oidc/oidc.routes.js';
import { identityRoutes } from './modules/identity/routes.js';
import { jobRoutes } from './modules/jobs/routes.js';
import type { Mailer } from './modules/notifications/mailer.js';
import { notificationRoutes } from './modules/notifications/routes.js';
import type { SmsGateway } from './modules/notifications/sms-gateway.js';
import { organisationRoutes } from './modules/organisations/routes.js';
import { staffRoutes } from './modules/staff/routes.js';
import type { FileStorage } from './modules/uploads/file-storage.js';
import { uploadRoutes } from './modules/uploads/routes.js';
import { calendarRoutes } from './modules/calendar/routes.js';
import { applicantRoutes } from './modules/applications/routes-applicant.js';
import { staffApplicationRoutes } from './modules/applications/routes-staff.js';
import { assignmentRoutes } from './modules/applications/routes-assignment.js';
import { NoticeRenderer } from './modules/applications/notice-renderer.js';
import { processRoutes } from './modules/process/routes.js';
import { draftRoutes } from './modules/applications/routes-drafts.js';
import { bundleApplicationRoutes } from './modules/applications/routes-bundles.js';
import type { VirusScanner } from './modules/uploads/virus-scan.js';

export interface AppDeps {
  config: Config;
  database: Database;
  clock: Clock;
  cipher: PersonalDataCipher;
  mailer: Mailer;
  sms: SmsGateway;
  /** uploaded files (local folder or S3) */
  storage: FileStorage;
  scanner: VirusScanner;
  /** false in tests that want silence */
  logger?: boolean;
}

export type App = FastifyInstance;

export async function buildApp(deps: AppDeps): Promise<App> {
  const { config } = deps;
  const app = Fastify({
    logger: deps.logger === false ? false : loggerOptions(config.logLevel),
    bodyLimit: config.bodyLimitBytes,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{8,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    trustProxy: true,
    forceCloseConnections: true,
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.addSchema(ErrorBody);
  registerErrorHandler(app);
  app.addHook('preValidation', async (request) => {
    if (containsNul(request.query) || containsNul(request.params) || containsNul(request.body)) {
      throw new DomainError('VALIDATION_FAILED', '请求内容包含不允许的控制字符');
    }
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerMetrics(app);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'OneWindow 一网通办 API', version: '0.1.0', description: '一体化在线政务服务平台接口' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'ow_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(cookie);
  registerAuth(app, deps);

  await app.register(healthRoutes(deps));
  await app.register(identityRoutes(deps), { prefix: '/api' });
  await app.register(oidcRoutes(deps), { prefix: '/api' });
  await app.register(organisationRoutes(deps), { prefix: '/api' });
  await app.register(staffRoutes(deps), { prefix: '/api' });
  await app.register(auditRoutes(deps), { prefix: '/api' });
  await app.register(notificationRoutes(deps), { prefix: '/api' });
  await app.register(jobRoutes(deps), { prefix: '/api' });
  await app.register(publicCatalogueRoutes(deps), { prefix: '/api' });
  await app.register(consoleCatalogueRoutes(deps), { prefix: '/api' });
  await app.register(consoleCatalogueAssetRoutes(deps), { prefix: '/api' });
  await app.register(uploadRoutes(deps), { prefix: '/api' });
  await app.register(calendarRoutes(deps), { prefix: '/api' });
  await app.register(processRoutes(deps), { prefix: '/api' });
  await app.register(applicantRoutes(deps), { prefix: '/api' });
  await app.register(staffApplicationRoutes(deps), { prefix: '/api' });
  await app.register(assignmentRoutes(deps), { prefix: '/api' });
  await app.register(draftRoutes(deps), { prefix: '/api' });
  await app.register(bundleApplicationRoutes(deps), { prefix: '/api' });
  if (config.noticeFontPath) NoticeRenderer.configure(config.noticeFontPath);

  registerWeb(app, config.webDistDir);
  return app;
}

/** Serves the built web app; every non-API path falls back to index.html (client-side routes). */
function registerWeb(app: FastifyInstance, dist: string) {
  const index = path.join(dist, 'index.html');
  if (!fs.existsSync(index)) return;
  app.register(fastifyStatic, { root: dist, wildcard: false, index: false, prefix: '/' });
  const html = fs.readFileSync(index, 'utf8');
  const spa = async (_req: unknown, reply: import('fastify').FastifyReply) => reply.type('text/html').send(html);
  app.get('/', { schema: { hide: true } }, spa);
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const url = request.url.split('?')[0]!;
    if (url.startsWith('/api/')) {
      return reply.status(404).send({ code: 'ROUTE_NOT_FOUND', message: '接口不存在', requestId: request.id });
    }
    const file = path.join(dist, path.normalize(url));
    if (file.startsWith(dist) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      return reply.sendFile(path.relative(dist, file));
    }
    return spa(request, reply);
  });
}
