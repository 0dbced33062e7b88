/**
 * Progressive lockout (GB/T 22239 身份鉴别 b: 限制非法登录次数): after LOCKOUT_THRESHOLD consecutive
 * failures the account locks for 5 minutes, then 10, 20 and at most 30 minutes for each further failure.
 */
export function lockUntilAfterFailure(failures: number, threshold: number, now: Date): Date | null {
  if (failures < threshold) return null;
  const minutes = Math.min(30, 5 * 2 ** (failures - threshold));
  return new Date(now.getTime() + minutes * 60_000);
}
