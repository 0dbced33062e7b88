import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/errors';

/**
 * The words to show for an error. The server's message is Chinese and authoritative; the English UI
 * keeps it (with the stable code) rather than guessing a translation.
 */
export function useErrorText(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return (error) => {
    if (!isApiError(error)) return t('errors.unknown');
    if (error.code === 'ACCOUNT_LOCKED') {
      const until = (error.details as { lockedUntil?: unknown } | undefined)?.lockedUntil;
      if (typeof until === 'string') {
        const time = new Date(until).toLocaleString(i18n.language);
        return `${error.message}（${t('errors.lockedUntil', { time })}）`;
      }
    }
    if (error.code === 'NETWORK_ERROR') return t('errors.network');
    return i18n.language === 'en' ? `${error.message} (${error.code})` : error.message;
  };
}
