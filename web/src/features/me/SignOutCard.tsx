/** 退出登录 and 退出所有设备 (revokes every session of the account, this one included). */
import { App, Button, Card, Popconfirm, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../components/use-show-error';
import { useLogout } from '../auth/use-logout';
import { useLogoutEverywhere } from '../auth/use-logout-everywhere';

export function SignOutCard() {
  const { t } = useTranslation();
  const logout = useLogout('/');
  const logoutEverywhere = useLogoutEverywhere('/');
  const showError = useShowError();
  const { message } = App.useApp();

  return (
    <Card title={<h2 className="card-title">{t('me.signOutTitle')}</h2>}>
      <Space wrap>
        <Button
          loading={logout.isPending}
          onClick={() =>
            logout.mutateAsync(undefined).then(
              () => void message.success(t('auth.loggedOut')),
              (e: unknown) => showError(e),
            )
          }
        >
          {t('me.signOut')}
        </Button>
        <Popconfirm
          title={t('me.signOutEverywhere')}
          description={t('me.signOutEverywhereConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            logoutEverywhere.mutateAsync(undefined).then(
              (r) => void message.success(t('auth.loggedOutEverywhere', { count: r.revoked })),
              (e: unknown) => showError(e),
            )
          }
        >
          <Button danger loading={logoutEverywhere.isPending}>
            {t('me.signOutEverywhere')}
          </Button>
        </Popconfirm>
      </Space>
    </Card>
  );
}
