/**
 * Why an OIDC login failed. The callback answers with a redirect to `/login?oidc_error=<code>&reason=<reason>`
 * (never a message in the URL, so nobody can put their own text on the login page); the web app shows
 * the Chinese message for the reason. Reasons are stable, like error codes.
 */
import { DomainError } from '../../../errors.js';

export const OIDC_FAILURE_MESSAGES = {
  provider_unavailable: '暂时无法连接统一身份认证平台，请稍后再试',
  provider_error: '统一身份认证平台未完成认证（已取消或被拒绝），请重新登录',
  invalid_state: '登录请求已失效或与本次登录不匹配，请重新登录',
  invalid_response: '统一身份认证平台返回的登录结果无效，请重新登录',
  id_number_invalid: '统一身份认证平台未提供有效的居民身份证号码，无法登录',
  name_missing: '统一身份认证平台未提供姓名，无法登录',
  mobile_invalid: '统一身份认证平台未提供有效的手机号码，无法登录',
  mobile_taken: '统一身份认证平台提供的手机号码已被其他账号使用，请使用原账号登录或联系客服',
} as const;

export type OidcFailureReason = keyof typeof OIDC_FAILURE_MESSAGES;

/** `cause` (kept for the log line, never sent) is the underlying error, e.g. from openid-client. */
export function oidcFailure(reason: OidcFailureReason, cause?: unknown): DomainError {
  const err = new DomainError('OIDC_FAILED', OIDC_FAILURE_MESSAGES[reason], { reason });
  if (cause !== undefined) err.cause = cause;
  return err;
}

export function reasonOf(err: unknown): OidcFailureReason | undefined {
  const details = (err as { details?: { reason?: unknown } } | null)?.details;
  const reason = details?.reason;
  return typeof reason === 'string' && reason in OIDC_FAILURE_MESSAGES ? (reason as OidcFailureReason) : undefined;
}
