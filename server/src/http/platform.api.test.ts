// Health, readiness, metrics, OpenAPI, request ids, log redaction.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { createTestApp, type TestContext } from '../../test/helpers.js';
import { loggerOptions } from './logger.js';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('platform endpoints', () => {
  it('/healthz and /readyz', async () => {
    expect((await t.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().status).toBe('ready');
  });
  it('/metrics in Prometheus text format, counting requests', async () => {
    await t.app.inject({ url: '/healthz' });
    const res = await t.app.inject({ url: '/metrics' });
    expect(res.headers['content-type']).toMatch(/text\/plain/);
    expect(res.body).toMatch(/onewindow_http_requests_total\{method="GET",route="\/healthz",status="200"\} \d+/);
    expect(res.body).toContain('onewindow_process_cpu_seconds_total');
  });
  it('OpenAPI 3.1 document and docs page', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/staff', '/api/departments']));
    expect(doc.paths['/api/auth/login'].post.requestBody.content['application/json'].schema.additionalProperties).toBe(false);
    const docs = await t.app.inject({ url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });
  it('echoes a well-formed request id and makes one otherwise', async () => {
    const given = await t.app.inject({ url: '/healthz', headers: { 'x-request-id': 'abc12345-trace' } });
    expect(given.headers['x-request-id']).toBe('abc12345-trace');
    const made = await t.app.inject({ url: '/healthz', headers: { 'x-request-id': 'bad id with spaces' } });
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('log redaction', () => {
  it('removes 身份证号, phones, names and passwords from logged objects', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _e, cb) => (lines.push(String(chunk)), cb()) });
    const log = pino(loggerOptions('info'), sink);
    log.info(
      {
        body: { name: '张三', idNumber: '11010519491231002X', mobile: '13800138000', password: 'Secret-1' },
        idNumber: '11010519491231002X',
      },
      'x',
    );
    const out = lines.join('');
    for (const secret of ['张三', '11010519491231002X', '13800138000', 'Secret-1']) expect(out).not.toContain(secret);
    expect(out).toContain('[已脱敏]');
  });
});
