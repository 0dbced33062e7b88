import { describe, expect, it } from 'vitest';
import { lockUntilAfterFailure } from './lockout.js';

const now = new Date('2026-03-02T01:00:00Z');
const minutes = (d: Date | null) => (d ? (d.getTime() - now.getTime()) / 60_000 : null);

describe('progressive lockout', () => {
  it('does not lock below the threshold', () => {
    expect(lockUntilAfterFailure(4, 5, now)).toBeNull();
  });
  it('locks 5, 10, 20, then at most 30 minutes', () => {
    expect([5, 6, 7, 8, 12].map((n) => minutes(lockUntilAfterFailure(n, 5, now)))).toEqual([5, 10, 20, 30, 30]);
  });
});
