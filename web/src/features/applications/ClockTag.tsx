/** Remaining working days as a coloured tag: green normal, amber yellow (due soon), red overdue/red, grey paused; nothing when no clock runs. */
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../components/StatusTag';
import { clockTone, clockWords } from './application-status';
import type { Clock } from './types';

export function ClockTag({ clock }: { clock: Clock }) {
  const { t } = useTranslation();
  const words = clockWords(clock);
  if (!words) return null;
  return <StatusTag tone={clockTone(clock.level)}>{t(`applications.clock.${words.key}`, { n: words.n })}</StatusTag>;
}
