/** 办事大厅: header (brand, navigation, language, 长辈版, account), main, footer. */
import { Layout } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router-dom';
import { SkipLink } from '../components/SkipLink';
import { useSession } from '../features/auth/use-session';
import { PreferenceSwitches } from '../features/preferences/PreferenceSwitches';
import { AccountLinks } from './AccountLinks';
import { PortalNav } from './PortalNav';

export function PortalLayout() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  return (
    <Layout className="portal">
      <SkipLink />
      <Layout.Header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            <span className="brand__mark" aria-hidden>
              政
            </span>
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__sub">{t('app.portalSubtitle')}</span>
          </Link>
          <div className="site-header__tools">
            <PreferenceSwitches />
            <AccountLinks />
          </div>
        </div>
        <div className="site-header__nav">
          <PortalNav />
        </div>
      </Layout.Header>
      <Layout.Content id="main" tabIndex={-1} className="portal-main">
        <Outlet />
      </Layout.Content>
      <Layout.Footer className="site-footer">
        <p>{t('footer.about')}</p>
        <p>{t('footer.hotline')}</p>
        {session?.mode === 'demo' && <p>{t('footer.demoMode')}</p>}
      </Layout.Footer>
    </Layout>
  );
}
