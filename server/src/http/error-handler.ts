/**
 * The one place where errors become HTTP responses: `{ code, message }` with a stable code. Fastify's own
 * errors (bad JSON, body too large, wrong content type, validation) are mapped to our codes; anything
 * unexpected is logged once and answered 500 INTERNAL without details.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { DomainError, ERROR_CODES, httpStatusOf, type ErrorCode } from '../errors.js';
import { isBadInputForPostgres } from '../lib/pg-errors.js';

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
};

export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError | DomainError | Error, request, reply) => {
    const requestId = request.id;
    if (err instanceof DomainError) {
      const status = httpStatusOf(err.code);
      if (status >= 500) request.log.error({ err }, 'domain error');
      return reply.status(status).send({ code: err.code, message: err.message, details: err.details, requestId });
    }
    const fe = err as FastifyError;
    if (fe.validation) {
      const details = fe.validation.map((v) => ({
        field: `${fe.validationContext ?? 'body'}${v.instancePath || ''}`.replace(/\//g, '.'),
        rule: v.keyword,
        message: v.message,
        ...(v.keyword === 'additionalProperties' ? { unknownField: (v.params as { additionalProperty?: string }).additionalProperty } : {}),
        ...(v.keyword === 'format' ? { format: (v.params as { format?: string }).format } : {}),
      }));
      return reply.status(400).send({ code: 'VALIDATION_FAILED', message: ERROR_CODES.VALIDATION_FAILED.message, details, requestId });
    }
    const mapped = fe.code ? FASTIFY_CODES[fe.code] : undefined;
    if (mapped) {
      return reply.status(httpStatusOf(mapped)).send({ code: mapped, message: ERROR_CODES[mapped].message, requestId });
    }
    if (isBadInputForPostgres(err)) {
      // A value the database refuses as text or number (e.g. a NUL character, an out-of-range offset) is the
      // caller's input, not our failure; validation should have caught it, so it is logged as a warning.
      request.log.warn({ err }, 'input refused by the database');
      return reply.status(400).send({ code: 'VALIDATION_FAILED', message: ERROR_CODES.VALIDATION_FAILED.message, requestId });
    }
    if (fe.statusCode === 429) {
      return reply.status(429).send({ code: 'RATE_LIMITED', message: ERROR_CODES.RATE_LIMITED.message, requestId });
    }
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      request.log.warn({ err }, 'client error without a domain code');
      return reply.status(fe.statusCode).send({ code: 'VALIDATION_FAILED', message: ERROR_CODES.VALIDATION_FAILED.message, requestId });
    }
    request.log.error({ err }, 'unhandled error');
    return reply.status(500).send({ code: 'INTERNAL', message: ERROR_CODES.INTERNAL.message, requestId });
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({ code: 'ROUTE_NOT_FOUND', message: ERROR_CODES.ROUTE_NOT_FOUND.message, requestId: request.id });
  });
}
