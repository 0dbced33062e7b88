/**
 * Console-wide warning when the working calendar lacks this or next year's holidays (GET /api/calendar/status):
 * deadlines in that year cannot be computed until an administrator enters the State Council notice. The
 * status is cached for several minutes; saving a year refreshes it (use-calendar invalidates 'calendar').
 */
import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { useSession } from '../auth/use-session';
import { CALENDAR_PATH, calendarBanner } from './calendar-banner';
import { calendarKeys, type CalendarStatus } from './use-calendar';

const STATUS_STALE_MS = 5 * 60_000;

export function CalendarYearBanner() {
  const { t, i18n } = useTranslation();
  const { pathname } = useLocation();
  const { data: session } = useSession();
  const status = useQuery({
    queryKey: calendarKeys.status,
    queryFn: async (): Promise<CalendarStatus> => unwrap(api.GET('/api/calendar/status')),
    staleTime: STATUS_STALE_MS,
  });
  const banner = calendarBanner(status.data?.missingYears, session?.account, pathname);
  if (!banner) return null;
  const years = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(banner.years.map(String));
  return (
    <Alert
      type="warning"
      showIcon
      banner
      className="calendar-year-banner"
      title={t('calendarConsole.banner.title', { years })}
      description={
        <>
          {banner.link === 'enter' ? t('calendarConsole.banner.adminText') : t('calendarConsole.banner.staffText')}{' '}
          {banner.link && (
            // underlined: a link inside text must not be told apart by colour alone
            <Link to={CALENDAR_PATH} style={{ textDecoration: 'underline' }}>
              {banner.link === 'enter' ? t('calendarConsole.banner.enter') : t('calendarConsole.banner.view')}
            </Link>
          )}
        </>
      }
    />
  );
}
