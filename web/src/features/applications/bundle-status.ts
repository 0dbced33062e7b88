/**
 * How a 一件事 application's overall state looks: the bundle completes when every one of its applications
 * has reached an end (the server's settleBundle uses the same set). Pure, unit-tested.
 */
import type { Tone } from '../../components/StatusTag';

/** Statuses after which an application no longer runs (办结、送达、不予许可、撤件、终止). */
const FINISHED: ReadonlySet<string> = new Set(['completed', 'delivered', 'refused', 'withdrawn', 'terminated']);

export type BundleStatus = 'in_progress' | 'completed' | 'withdrawn';

export function isFinished(status: string): boolean {
  return FINISHED.has(status);
}

export function bundleProgress(applications: readonly { status: string }[]): { done: number; total: number; percent: number } {
  const total = applications.length;
  const done = applications.filter((a) => isFinished(a.status)).length;
  return { done, total, percent: total === 0 ? 0 : Math.round((done / total) * 100) };
}

/** A status the page knows how to name; anything else reads as 办理中. */
export function bundleStatus(status: string): BundleStatus {
  return status === 'completed' || status === 'withdrawn' ? status : 'in_progress';
}

const TONES: Record<BundleStatus, Tone> = { in_progress: 'info', completed: 'ok', withdrawn: 'neutral' };

export function bundleTone(status: string): Tone {
  return TONES[bundleStatus(status)];
}
