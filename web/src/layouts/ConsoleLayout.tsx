/** 工作台: staff only. Sider menu on wide screens, a drawer on phones; the demo-mode MFA banner on top. */
import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { App, Button, Drawer, Grid, Layout, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router-dom';
import { SkipLink } from '../components/SkipLink';
import { useShowError } from '../components/use-show-error';
import { RequireAuth } from '../features/auth/RequireAuth';
import { useLogout } from '../features/auth/use-logout';
import { useSession } from '../features/auth/use-session';
import { CalendarYearBanner } from '../features/calendar-console/CalendarYearBanner';
import { PreferenceSwitches } from '../features/preferences/PreferenceSwitches';
import { usePreferences } from '../features/preferences/use-preferences';
import { ConsoleMenu } from './ConsoleMenu';
import { MfaWaivedBanner } from './MfaWaivedBanner';

function ConsoleShell() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const { elder } = usePreferences();
  const { data: session } = useSession();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const logout = useLogout('/login?kind=staff');
  const { message } = App.useApp();
  const showError = useShowError();
  const wide = screens.lg ?? true;

  const onLogout = () =>
    logout.mutateAsync(undefined).then(
      () => void message.success(t('auth.loggedOut')),
      (error: unknown) => showError(error),
    );

  return (
    <Layout className="console">
      <SkipLink />
      <Layout.Header className="site-header console-header">
        <div className="site-header__inner">
          <Space size="small">
            {!wide && (
              <Button
                icon={<MenuOutlined aria-hidden />}
                aria-label={t('a11y.openMenu')}
                aria-expanded={drawerOpen}
                onClick={() => setDrawerOpen(true)}
              />
            )}
            <Link to="/console" className="brand">
              <span className="brand__mark" aria-hidden>
                政
              </span>
              <span className="brand__name">{t('app.name')}</span>
              <span className="brand__sub">{t('app.consoleTitle')}</span>
            </Link>
          </Space>
          <div className="site-header__tools">
            <Typography.Text className="console-user">
              {t('console.loggedInAs', { name: session?.account?.displayName ?? '' })}
            </Typography.Text>
            <PreferenceSwitches />
            <Link to="/">{t('nav.portal')}</Link>
            <Button icon={<LogoutOutlined aria-hidden />} loading={logout.isPending} onClick={onLogout}>
              {t('nav.logout')}
            </Button>
          </div>
        </div>
      </Layout.Header>
      <MfaWaivedBanner />
      <CalendarYearBanner />
      <Layout hasSider={wide}>
        {wide && (
          <Layout.Sider width={elder ? 280 : 224} theme="light" className="console-sider">
            <nav aria-label={t('a11y.consoleNav')}>
              <ConsoleMenu />
            </nav>
          </Layout.Sider>
        )}
        <Layout.Content id="main" tabIndex={-1} className="console-main">
          <Outlet />
        </Layout.Content>
      </Layout>
      <Layout.Footer className="site-footer">{t('footer.about')}</Layout.Footer>
      {!wide && (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          title={t('app.consoleTitle')}
          closable={{ 'aria-label': t('a11y.closeMenu') }}
          size={elder ? 320 : 280}
        >
          <nav aria-label={t('a11y.consoleNav')}>
            <ConsoleMenu onNavigate={() => setDrawerOpen(false)} />
          </nav>
        </Drawer>
      )}
    </Layout>
  );
}

export function ConsoleLayout() {
  return (
    <RequireAuth staff>
      <ConsoleShell />
    </RequireAuth>
  );
}
