import { describe, expect, it } from 'vitest';
import { bundleProgress, bundleStatus, bundleTone, isFinished } from './bundle-status';

describe('bundle status', () => {
  it('counts an application as done once it reached an end, whatever the end', () => {
    for (const s of ['completed', 'delivered', 'refused', 'withdrawn', 'terminated']) expect(isFinished(s)).toBe(true);
    for (const s of ['submitted', 'accepted', 'correction_requested', 'special_procedure', 'decided', 'draft'])
      expect(isFinished(s)).toBe(false);
  });

  it('progress: done of total, as a whole percentage', () => {
    expect(bundleProgress([{ status: 'completed' }, { status: 'accepted' }, { status: 'refused' }])).toEqual({
      done: 2,
      total: 3,
      percent: 67,
    });
    expect(bundleProgress([])).toEqual({ done: 0, total: 0, percent: 0 });
  });

  it('names the three bundle states and reads anything else as in progress', () => {
    expect(bundleStatus('completed')).toBe('completed');
    expect(bundleStatus('withdrawn')).toBe('withdrawn');
    expect(bundleStatus('in_progress')).toBe('in_progress');
    expect(bundleStatus('something_new')).toBe('in_progress');
    expect(bundleTone('completed')).toBe('ok');
    expect(bundleTone('in_progress')).toBe('info');
  });
});
