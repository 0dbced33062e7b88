/** Small text helpers of the guide pages: file sizes and telephone links. Pure, unit-tested. */

/** 1536 → "1.5 KB" (binary units, one decimal below 10). */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '';
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

/** "0571-12345678 转 8" → "tel:0571-12345678"; undefined when there is no number to call. */
export function telHref(phone: string): string | undefined {
  const main = phone.split(/[,，;；/、]|转|ext/i)[0] ?? '';
  const digits = main.replace(/[^\d+-]/g, '').replace(/^-+|-+$/g, '');
  return /\d{3,}/.test(digits.replace(/-/g, '')) ? `tel:${digits}` : undefined;
}

/** `/api/catalogue/files/:id` — the download address of a catalogue file. */
export const fileHref = (id: string): string => `/api/catalogue/files/${encodeURIComponent(id)}`;
