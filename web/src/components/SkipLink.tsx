import { useTranslation } from 'react-i18next';

/** The first tab stop on every page: jumps over the header to <main id="main">. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href="#main">
      {t('a11y.skipToMain')}
    </a>
  );
}
