/**
 * pino options: a request id on every line (Fastify's reqId), and personal data redacted wherever it
 * appears in a logged object — 身份证号, phones, names, passwords, cookies and tokens.
 */
import type { LoggerOptions } from 'pino';

const PERSONAL_KEYS = [
  'idNumber',
  'id_number',
  'mobile',
  'phone',
  'name',
  'legalRepName',
  'password',
  'newPassword',
  'currentPassword',
  'code',
  'totp',
  'secret',
  'token',
  'csrfToken',
];

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        ...PERSONAL_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]),
      ],
      censor: '[已脱敏]',
    },
  };
}
