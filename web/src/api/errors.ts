/**
 * Every failed call becomes one ApiError carrying the server's `{ code, message, details }`. Network
 * failures and non-JSON answers (a proxy's 502) are given codes of their own so the UI has one path.
 */

export interface FieldProblem {
  field: string;
  rule?: string;
  message?: string;
}

export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: unknown;
  readonly requestId?: string;

  constructor(options: { code: string; message: string; status: number; details?: unknown; requestId?: string }) {
    super(options.message);
    this.name = 'ApiError';
    this.code = options.code;
    this.status = options.status;
    this.details = options.details;
    this.requestId = options.requestId;
  }

  /** `details` of VALIDATION_FAILED, as a list of field problems (empty when absent). */
  get fieldProblems(): FieldProblem[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(
      (d): d is FieldProblem => typeof d === 'object' && d !== null && typeof (d as FieldProblem).field === 'string',
    );
  }
}

/** Codes that mean "no usable session": clear it and go to the login page. */
export const SESSION_LOST_CODES: readonly string[] = ['UNAUTHENTICATED', 'SESSION_EXPIRED'];
/** Codes that mean "logged in, but the staff second factor is still due". */
export const MFA_DUE_CODES: readonly string[] = ['MFA_REQUIRED', 'MFA_ENROLMENT_REQUIRED'];

export const NETWORK_ERROR = 'NETWORK_ERROR';
export const BAD_RESPONSE = 'BAD_RESPONSE';

function isErrorBody(value: unknown): value is { code: string; message: string; details?: unknown; requestId?: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

export function toApiError(error: unknown, response: Response): ApiError {
  if (isErrorBody(error)) {
    return new ApiError({ ...error, status: response.status });
  }
  return new ApiError({
    code: BAD_RESPONSE,
    message: `服务暂时不可用（HTTP ${response.status}），请稍后再试`,
    status: response.status,
  });
}

interface ClientResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Await an openapi-fetch call and return its data, or throw an ApiError. */
export async function unwrap<T>(call: Promise<ClientResult<T>>): Promise<T> {
  let result: ClientResult<T>;
  try {
    result = await call;
  } catch (cause) {
    throw new ApiError({ code: NETWORK_ERROR, message: '网络连接失败，请检查网络后重试', status: 0, details: String(cause) });
  }
  if (!result.response.ok || result.error !== undefined) throw toApiError(result.error, result.response);
  // a 2xx answer carries its body (every route of this API answers JSON, even DELETE: {ok:true})
  return result.data as T;
}

export function isApiError(value: unknown, code?: string): value is ApiError {
  return value instanceof ApiError && (code === undefined || value.code === code);
}
