import { describe, expect, it } from 'vitest';
import { nextTickAfter } from './fire-due-schedules.js';
import { describeError, retryDelayMs } from './retry-policy.js';

describe('retryDelayMs', () => {
  it('doubles from 10 s (2^attempt × 5 s)', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([10_000, 20_000, 40_000, 80_000]);
  });
  it('is capped at one hour, also for very large attempts', () => {
    expect(retryDelayMs(10)).toBe(3_600_000);
    expect(retryDelayMs(1000)).toBe(3_600_000);
  });
  it('rejects attempts below 1', () => {
    expect(() => retryDelayMs(0)).toThrow(RangeError);
  });
});

describe('describeError', () => {
  it('keeps name and message, bounded to 2000 characters', () => {
    expect(describeError(new TypeError('bad'))).toBe('TypeError: bad');
    expect(describeError('plain')).toBe('thrown value: plain');
    expect(describeError(new Error('x'.repeat(5000))).length).toBe(2000);
  });
});

describe('nextTickAfter', () => {
  const t0 = new Date('2026-03-02T00:00:00Z');
  it('is one interval later when the tick fires on time', () => {
    expect(nextTickAfter(t0, 60, t0).toISOString()).toBe('2026-03-02T00:01:00.000Z');
    expect(nextTickAfter(t0, 60, new Date('2026-03-02T00:00:59Z')).toISOString()).toBe('2026-03-02T00:01:00.000Z');
  });
  it('skips ticks missed during downtime, staying on the grid', () => {
    expect(nextTickAfter(t0, 60, new Date('2026-03-02T00:05:30Z')).toISOString()).toBe('2026-03-02T00:06:00.000Z');
    expect(nextTickAfter(t0, 60, new Date('2026-03-02T00:06:00Z')).toISOString()).toBe('2026-03-02T00:07:00.000Z');
  });
});
