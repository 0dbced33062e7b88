/** An idempotency key (submitKey / idempotencyKey): a UUID, also where crypto.randomUUID is missing (plain-http hosts). */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
