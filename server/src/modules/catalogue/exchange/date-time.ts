/** Date-times in the exchange: ISO 8601, or the GB/T 39046 forms read as Beijing time (UTC+8). */

/**
 * A date-time as the exchange writes it: ISO 8601 (with a zone), or the three GB/T 39046 forms
 * `YYYYMMDDhhmmss`, `YYYYMMDDThhmmss`, `YYYYMMDDhh:mm:ss` (§1.2), and the 日期型 `YYYYMMDD`; the GB/T forms
 * carry no zone and are read as Beijing time (UTC+8). Null when not a real date-time.
 */
export function parseExchangeDateTime(text: string): Date | null {
  const gb = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})|(\d{2}):(\d{2}):(\d{2}))?$/.exec(text.trim());
  if (gb) {
    const [y, mo, d] = [Number(gb[1]), Number(gb[2]), Number(gb[3])];
    const [h, mi, s] = [Number(gb[4] ?? gb[7] ?? 0), Number(gb[5] ?? gb[8] ?? 0), Number(gb[6] ?? gb[9] ?? 0)];
    const at = new Date(Date.UTC(y, mo - 1, d, h - 8, mi, s));
    const local = new Date(at.getTime() + 8 * 3600_000);
    const same =
      local.getUTCFullYear() === y &&
      local.getUTCMonth() === mo - 1 &&
      local.getUTCDate() === d &&
      local.getUTCHours() === h &&
      local.getUTCMinutes() === mi &&
      local.getUTCSeconds() === s;
    return same ? at : null;
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text.trim())) return null;
  const at = new Date(text.trim());
  return Number.isNaN(at.getTime()) ? null : at;
}
