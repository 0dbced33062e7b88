/** The console menu: only the areas the account's roles may use. */
import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BookOutlined,
  BranchesOutlined,
  FormOutlined,
  InboxOutlined,
  CalendarOutlined,
  HomeOutlined,
  MailOutlined,
  ScheduleOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Menu, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { canUse, CONSOLE_AREAS, type ConsoleArea } from '../features/auth/permissions';
import { useSession } from '../features/auth/use-session';

const ICONS: Record<ConsoleArea, ReactNode> = {
  inbox: <InboxOutlined aria-hidden />,
  intake: <FormOutlined aria-hidden />,
  process: <BranchesOutlined aria-hidden />,
  catalogue: <BookOutlined aria-hidden />,
  departments: <ApartmentOutlined aria-hidden />,
  halls: <BankOutlined aria-hidden />,
  staff: <TeamOutlined aria-hidden />,
  audit: <AuditOutlined aria-hidden />,
  jobs: <ScheduleOutlined aria-hidden />,
  outbox: <MailOutlined aria-hidden />,
  calendar: <CalendarOutlined aria-hidden />,
};

export function useConsoleAreas(): ConsoleArea[] {
  const { data: session } = useSession();
  return CONSOLE_AREAS.filter((area) => canUse(session?.account, area));
}

export function ConsoleMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const location = useLocation();
  const areas = useConsoleAreas();
  const selected =
    areas.find((area) => location.pathname.startsWith(`/console/${area}`)) ??
    (location.pathname.startsWith('/console/applications/') ? 'inbox' : 'home');

  const items: MenuProps['items'] = [
    {
      key: 'home',
      icon: <HomeOutlined aria-hidden />,
      label: (
        <Link to="/console" onClick={onNavigate}>
          {t('console.home')}
        </Link>
      ),
    },
    ...areas.map((area) => ({
      key: area,
      icon: ICONS[area],
      label: (
        <Link to={`/console/${area}`} onClick={onNavigate}>
          {t(`console.${area}`)}
        </Link>
      ),
    })),
  ];
  return <Menu mode="inline" selectedKeys={[selected]} items={items} className="console-menu" />;
}
