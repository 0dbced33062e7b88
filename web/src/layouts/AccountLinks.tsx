/** Right side of the portal header: 登录 / 注册 for visitors, 我的 (or 工作台 for staff) once logged in. */
import { UserOutlined } from '@ant-design/icons';
import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LinkButton } from '../components/LinkButton';
import { needsSecondFactor } from '../features/auth/destinations';
import { useSession } from '../features/auth/use-session';

export function AccountLinks() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  if (!session) return null;
  if (!session.authenticated || !session.account) {
    return (
      <Space size="small">
        <LinkButton type="primary" to="/login">
          {t('nav.login')}
        </LinkButton>
        <Link to="/register/person">{t('nav.register')}</Link>
      </Space>
    );
  }
  if (needsSecondFactor(session)) {
    return (
      <LinkButton type="primary" to="/login/mfa">
        {t('nav.finishMfa')}
      </LinkButton>
    );
  }
  const staff = session.account.kind === 'staff';
  return (
    <Space size="small" wrap>
      <LinkButton icon={<UserOutlined aria-hidden />} to="/me">
        {session.account.displayName}
      </LinkButton>
      {staff && (
        <LinkButton type="primary" to="/console">
          {t('nav.console')}
        </LinkButton>
      )}
    </Space>
  );
}
