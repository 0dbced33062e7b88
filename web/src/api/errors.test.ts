import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '../components/field-errors';
import { ApiError, toApiError, unwrap } from './errors';

const response = (status: number) => new Response(null, { status });

describe('unwrap', () => {
  it('returns the data of a 2xx answer', async () => {
    await expect(unwrap(Promise.resolve({ data: { ok: true }, response: response(200) }))).resolves.toEqual({ ok: true });
  });
  it('throws the server error with its code, message and status', async () => {
    const body = { code: 'ACCOUNT_LOCKED', message: '账号已临时锁定', details: { lockedUntil: '2026-01-01T00:00:00Z' } };
    const error = await unwrap(Promise.resolve({ error: body, response: response(423) })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'ACCOUNT_LOCKED', message: '账号已临时锁定', status: 423 });
  });
  it('turns a network failure into NETWORK_ERROR', async () => {
    const error = await unwrap(Promise.reject(new TypeError('Failed to fetch'))).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', status: 0 });
  });
  it('turns a non-JSON answer (a proxy 502) into BAD_RESPONSE', () => {
    expect(toApiError('Bad Gateway', response(502))).toMatchObject({ code: 'BAD_RESPONSE', status: 502 });
  });
});

describe('fieldErrorsOf', () => {
  const fields = new Set(['name', 'uscc', 'divisionCode']);
  it('maps VALIDATION_FAILED details to the form fields it has', () => {
    const error = new ApiError({
      code: 'VALIDATION_FAILED',
      message: '请求参数不符合要求',
      status: 400,
      details: [
        { field: 'body.uscc', rule: 'format' },
        { field: 'body', rule: 'required', message: "must have required property 'name'" },
        { field: 'body.unknown', rule: 'additionalProperties' },
      ],
    });
    expect(fieldErrorsOf(error, fields)).toEqual([
      { name: 'uscc', rule: 'format' },
      { name: 'name', rule: 'required' },
    ]);
  });
  it('puts a single-field domain error on that field with the server message', () => {
    const error = new ApiError({ code: 'INVALID_USCC', message: '统一社会信用代码无效（校验码不符）', status: 400 });
    expect(fieldErrorsOf(error, fields)).toEqual([{ name: 'uscc', message: '统一社会信用代码无效（校验码不符）' }]);
    expect(fieldErrorsOf(error, new Set(['name']))).toEqual([]);
  });
});
