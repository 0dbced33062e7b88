/** The portal's main navigation; elder mode keeps only the most used entries. */
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { usePreferences } from '../features/preferences/use-preferences';

const STANDARD = ['home', 'personal', 'enterprise', 'applications', 'progress', 'appointments', 'hotline', 'ratings'] as const;
const ELDER = ['home', 'applications', 'progress', 'hotline'] as const;
type Entry = (typeof STANDARD)[number];

const PATHS: Record<Entry, string> = {
  home: '/',
  personal: '/personal',
  enterprise: '/enterprise',
  applications: '/applications',
  progress: '/progress',
  appointments: '/appointments',
  hotline: '/hotline',
  ratings: '/ratings',
};

export function PortalNav() {
  const { t } = useTranslation();
  const { elder } = usePreferences();
  const entries: readonly Entry[] = elder ? ELDER : STANDARD;
  return (
    <nav aria-label={t('a11y.mainNav')} className="portal-nav">
      <ul>
        {entries.map((entry) => (
          <li key={entry}>
            <NavLink to={PATHS[entry]} end={entry === 'home'}>
              {t(`nav.${entry}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
