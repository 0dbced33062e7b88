/** Masking for display: personal identifiers never leave the server in clear unless a use case needs them. */

/** 110101199003071234 → 1101**********1234 */
export function maskIdNumber(value: string): string {
  const v = value.trim();
  if (v.length <= 8) return '*'.repeat(v.length);
  return v.slice(0, 4) + '*'.repeat(v.length - 8) + v.slice(-4);
}

/** 13812345678 → 138****5678 */
export function maskMobile(value: string): string {
  const v = value.trim();
  if (v.length < 7) return '*'.repeat(v.length);
  return v.slice(0, 3) + '*'.repeat(v.length - 7) + v.slice(-4);
}

/** 张三 → 张*, 欧阳娜娜 → 欧阳** (used in logs and public views) */
export function maskName(value: string): string {
  const v = [...value.trim()];
  if (v.length <= 1) return '*';
  const keep = v.length >= 4 ? 2 : 1;
  return v.slice(0, keep).join('') + '*'.repeat(v.length - keep);
}
