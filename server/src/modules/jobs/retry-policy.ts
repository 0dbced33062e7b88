/** When a failed job runs again: exponential backoff, 2^attempt × 5 s, at most one hour. */
const BASE_MS = 5_000;
const MAX_MS = 3_600_000;

export function retryDelayMs(attempt: number): number {
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError(`attempt must be a positive integer, got ${attempt}`);
  // 2^10 × 5 s already exceeds the cap; stop there so large attempts never overflow.
  return Math.min(2 ** Math.min(attempt, 10) * BASE_MS, MAX_MS);
}

/** The text kept in jobs.last_error: the error's name and message, bounded. */
export function describeError(err: unknown): string {
  const text = err instanceof Error ? `${err.name}: ${err.message}` : `thrown value: ${String(err)}`;
  return text.length > 2000 ? `${text.slice(0, 1997)}...` : text;
}
