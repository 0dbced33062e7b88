/** Small formatting helpers for notice texts (dates and numbering as in GB/T 9704 official documents). */

const shanghaiDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/**
 * 2026年3月2日 — Arabic numerals, full year, no leading zeros (GB/T 9704-2012 §7.3.5.1 成文日期).
 * A 'YYYY-MM-DD' string is taken as is; an instant (a Date, or an ISO timestamp string as found in notice
 * data stored as JSON) is read as an Asia/Shanghai local date.
 */
export function chineseDate(value: Date | string): string {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (m) return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
  const instant = toInstant(value);
  const parts = Object.fromEntries(shanghaiDate.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}年${Number(parts.month)}月${Number(parts.day)}日`;
}

/** A Date, or an ISO timestamp string (notice data read back from JSON), as a valid Date. */
export function toInstant(value: Date | string): Date {
  // Only ISO timestamps: Date.parse also accepts loose forms such as '4 March' (year 2001).
  const iso = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value);
  const instant = typeof value === 'string' ? new Date(iso ? value : Number.NaN) : value;
  if (Number.isNaN(instant.getTime())) throw new RangeError(`not a date: ${String(value)}`);
  return instant;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 15 → 十五, 42 → 四十二 (1..99). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`chineseNumeral supports 1..99, got ${n}`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensPart = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return tensPart + (ones === 0 ? '' : DIGITS[ones]);
}

/** （一）（二）… — the first numbering level inside a document body (GB/T 9704 7.3.3). */
export function listMarker(index: number): string {
  return index < 99 ? `（${chineseNumeral(index + 1)}）` : `（${index + 1}）`;
}
