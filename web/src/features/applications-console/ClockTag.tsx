/**
 * A time limit (时限) as a coloured tag whose words also say the level — 正常 / 即将到期 / 已超期 / 已暂停 —
 * so the colour is never the only signal; the remaining working days and due date follow.
 */
import { StatusTag, type Tone } from '../../components/StatusTag';
import { useTranslation } from 'react-i18next';
import type { Clock, ClockLevel } from './types';

const TONES: Record<ClockLevel, Tone> = { normal: 'ok', yellow: 'warn', red: 'bad', paused: 'neutral' };

export function useClockText() {
  const { t } = useTranslation();
  return (clock: Clock): string => {
    if (!clock.dueDate) return t('applicationsConsole.clock.none');
    const level = clock.level ? t(`applicationsConsole.clock.level.${clock.level}`) : t('applicationsConsole.clock.unknown');
    const days = clock.remainingDays;
    const rest =
      days === null
        ? ''
        : days < 0
          ? t('applicationsConsole.clock.overdue', { n: -days })
          : t('applicationsConsole.clock.remaining', { n: days });
    return [level, rest].filter(Boolean).join(' · ');
  };
}

export function ClockTag({ clock, showDue = true }: { clock: Clock; showDue?: boolean }) {
  const { t } = useTranslation();
  const text = useClockText();
  return (
    <span className="clock-tag">
      <StatusTag tone={clock.level ? TONES[clock.level] : 'neutral'}>{text(clock)}</StatusTag>
      {showDue && clock.dueDate && (
        <span className="muted-text clock-tag__due">{t('applicationsConsole.clock.due', { date: clock.dueDate })}</span>
      )}
    </span>
  );
}
