/** How an application's status and clock look: tag tones and the remaining-time wording. Pure, unit-tested. */
import type { Tone } from '../../components/StatusTag';
import type { ApplicationSummary, Clock, ClockLevel } from './types';

const STATUS_TONES: Record<string, Tone> = {
  draft: 'neutral',
  submitted: 'info',
  correction_requested: 'warn',
  accepted: 'info',
  special_procedure: 'warn',
  decided: 'info',
  completed: 'ok',
  delivered: 'ok',
  refused: 'bad',
  withdrawn: 'neutral',
  terminated: 'bad',
};

export function statusTone(status: string): Tone {
  return STATUS_TONES[status] ?? 'neutral';
}

const CLOCK_TONES: Record<ClockLevel, Tone> = { normal: 'ok', yellow: 'warn', red: 'bad', paused: 'neutral' };

export function clockTone(level: Clock['level']): Tone {
  return level ? CLOCK_TONES[level] : 'neutral';
}

/** Which words describe the clock: i18n key under applications.clock and its count; null = no running clock. */
export function clockWords(clock: Clock): { key: 'paused' | 'overdue' | 'dueToday' | 'remaining'; n: number } | null {
  if (clock.level === 'paused') return { key: 'paused', n: 0 };
  if (clock.remainingDays === null) return null;
  if (clock.remainingDays < 0) return { key: 'overdue', n: -clock.remainingDays };
  if (clock.remainingDays === 0) return { key: 'dueToday', n: 0 };
  return { key: 'remaining', n: clock.remainingDays };
}

/** A draft's number is internal (DRAFT-…); only a submitted application has a 办件编号 to show. */
export function isDraft(status: string): boolean {
  return status === 'draft';
}

/** Where 继续填写 goes: the apply page when the list names the item code, else the detail (which forwards a draft there). */
export function continuePath(a: ApplicationSummary): string {
  const code = (a as ApplicationSummary & { itemCode?: unknown }).itemCode;
  return typeof code === 'string' && code ? `/apply/${encodeURIComponent(code)}` : `/applications/${a.id}`;
}
