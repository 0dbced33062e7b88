import { describe, expect, it } from 'vitest';
import { clockTone, clockWords, continuePath, statusTone } from './application-status';
import type { ApplicationSummary } from './types';

describe('clock', () => {
  it('says how many working days are left, or overdue, or paused', () => {
    expect(clockWords({ dueDate: '2026-01-10', remainingDays: 4, level: 'normal' })).toEqual({ key: 'remaining', n: 4 });
    expect(clockWords({ dueDate: '2026-01-10', remainingDays: 0, level: 'red' })).toEqual({ key: 'dueToday', n: 0 });
    expect(clockWords({ dueDate: '2026-01-10', remainingDays: -2, level: 'red' })).toEqual({ key: 'overdue', n: 2 });
    expect(clockWords({ dueDate: '2026-01-10', remainingDays: 3, level: 'paused' })).toEqual({ key: 'paused', n: 0 });
    expect(clockWords({ dueDate: null, remainingDays: null, level: null })).toBeNull();
  });

  it('colours by level', () => {
    expect([clockTone('normal'), clockTone('yellow'), clockTone('red'), clockTone('paused'), clockTone(null)]).toEqual([
      'ok',
      'warn',
      'bad',
      'neutral',
      'neutral',
    ]);
  });
});

it('gives every status a tone, unknown ones neutral', () => {
  expect(statusTone('completed')).toBe('ok');
  expect(statusTone('refused')).toBe('bad');
  expect(statusTone('correction_requested')).toBe('warn');
  expect(statusTone('something-new')).toBe('neutral');
});

it('continues a draft on its apply page when the item code is known, else via the detail page', () => {
  const base = { id: 'abc', status: 'draft' } as ApplicationSummary;
  expect(continuePath(base)).toBe('/applications/abc');
  expect(continuePath({ ...base, itemCode: '11/22' } as ApplicationSummary)).toBe('/apply/11%2F22');
});
