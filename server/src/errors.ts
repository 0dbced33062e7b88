/**
 * One error type for the whole server. A use case throws `DomainError(code)`; the HTTP layer maps the
 * code to a status with `httpStatusOf` — the only place where codes meet HTTP. Codes are stable
 * (clients may switch on them); messages are Chinese and safe to show to a person.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, message: '请求参数不符合要求' },
  MALFORMED_JSON: { status: 400, message: '请求内容不是有效的 JSON' },
  INVALID_ID_NUMBER: { status: 400, message: '居民身份证号码无效（校验位不符）' },
  INVALID_USCC: { status: 400, message: '统一社会信用代码无效（校验码不符）' },
  INVALID_MOBILE: { status: 400, message: '手机号码格式不正确' },
  INVALID_DIVISION_CODE: { status: 400, message: '行政区划代码不存在或格式不正确' },
  WEAK_PASSWORD: { status: 400, message: '密码至少 8 位，且须包含大写字母、小写字母、数字和符号中的三类' },
  UNAUTHENTICATED: { status: 401, message: '请先登录' },
  INVALID_CREDENTIALS: { status: 401, message: '账号或密码错误' },
  ACCOUNT_LOCKED: { status: 423, message: '登录失败次数过多，账号已临时锁定，请稍后再试' },
  ACCOUNT_DISABLED: { status: 403, message: '账号已停用，请联系管理员' },
  SESSION_EXPIRED: { status: 401, message: '登录已过期，请重新登录' },
  MFA_REQUIRED: { status: 401, message: '请完成双因素认证（动态口令）' },
  MFA_ENROLMENT_REQUIRED: { status: 401, message: '工作人员须先绑定动态口令（TOTP）' },
  INVALID_TOTP: { status: 401, message: '动态口令不正确或已过期' },
  CSRF_REJECTED: { status: 403, message: '请求缺少有效的防跨站伪造令牌，请刷新页面后重试' },
  FORBIDDEN: { status: 403, message: '无权执行此操作' },
  OUT_OF_SCOPE: { status: 403, message: '无权访问其他部门的数据' },
  NOT_FOUND: { status: 404, message: '请求的资源不存在' },
  ROUTE_NOT_FOUND: { status: 404, message: '接口不存在' },
  ALREADY_EXISTS: { status: 409, message: '记录已存在' },
  CONFLICT: { status: 409, message: '操作与当前状态冲突' },
  IN_USE: { status: 409, message: '记录仍被引用，不能删除' },
  PAYLOAD_TOO_LARGE: { status: 413, message: '请求内容过大' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: '不支持的请求内容类型' },
  RATE_LIMITED: { status: 429, message: '请求过于频繁，请稍后再试' },
  OIDC_NOT_CONFIGURED: { status: 404, message: '未配置统一身份认证平台' },
  OIDC_FAILED: { status: 502, message: '统一身份认证平台登录失败，请重试' },
  CATALOGUE_QUALITY_FAILED: { status: 422, message: '事项未通过质量检查，请按问题清单逐项修改' },
  CATALOGUE_STATE_CONFLICT: { status: 409, message: '事项版本当前状态不允许此操作' },
  CATALOGUE_DUTY_SEPARATION: { status: 403, message: '审核与发布须由不同人员完成' },
  CATALOGUE_IMPORT_INVALID: { status: 400, message: '导入文件有错误，未写入任何数据，请按错误清单修改后重新导入' },
  UNSUPPORTED_FILE_TYPE: { status: 415, message: '文件类型不受支持，或文件内容与扩展名不符' },
  FILE_TOO_LARGE: { status: 413, message: '文件超过允许的大小' },
  FILE_INFECTED: { status: 422, message: '文件未通过病毒查杀，已拒绝接收' },
  APPLICATION_ACTION_NOT_ALLOWED: { status: 409, message: '办件当前状态不允许此操作' },
  APPLICATION_STALE: { status: 409, message: '办件已被他人处理，请刷新后重试' },
  FORM_INVALID: { status: 422, message: '申请表填写有误，请按提示逐项修改' },
  MATERIALS_INCOMPLETE: { status: 422, message: '必要申请材料未上传齐全' },
  PROCESS_DEFINITION_INVALID: { status: 422, message: '流程定义未通过校验，请按问题清单修改' },
  NO_PUBLISHED_PROCESS: { status: 409, message: '该事项尚未发布办理流程，暂不能申请' },
  CALENDAR_YEAR_MISSING: { status: 409, message: '工作日历缺少所需年份的节假日数据，请管理员先导入' },
  SEED_REFUSED: { status: 409, message: '生产模式不允许写入演示数据' },
  NOT_READY: { status: 503, message: '服务尚未就绪' },
  INTERNAL: { status: 500, message: '系统内部错误，请稍后再试' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;
  constructor(code: ErrorCode, message?: string, details?: unknown) {
    super(message ?? ERROR_CODES[code].message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

export function httpStatusOf(code: ErrorCode): number {
  return ERROR_CODES[code].status;
}

export function isDomainError(err: unknown, code?: ErrorCode): err is DomainError {
  return err instanceof DomainError && (code === undefined || err.code === code);
}
