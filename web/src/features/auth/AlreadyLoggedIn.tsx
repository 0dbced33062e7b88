import { Button, Result, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../api/types';
import { LinkButton } from '../../components/LinkButton';
import { useShowError } from '../../components/use-show-error';
import { homeOf } from './destinations';
import { useLogout } from './use-logout';

/** The login page for someone who is already logged in: go on, or switch account. */
export function AlreadyLoggedIn({ session, next }: { session: Session; next: string | undefined }) {
  const { t } = useTranslation();
  const logout = useLogout(`/login${next ? `?next=${encodeURIComponent(next)}` : ''}`);
  const showError = useShowError();
  const account = session.account;
  return (
    <Result
      status="success"
      title={<h1 className="result-title">{t('auth.alreadyTitle')}</h1>}
      subTitle={account ? t('auth.alreadyText', { name: account.displayName, kind: t(`kinds.${account.kind}`) }) : undefined}
      extra={
        <Space wrap>
          <LinkButton type="primary" to={next ?? homeOf(session)}>
            {t('auth.continue')}
          </LinkButton>
          <Button loading={logout.isPending} onClick={() => logout.mutate(undefined, { onError: (e) => showError(e) })}>
            {t('auth.switchAccount')}
          </Button>
        </Space>
      }
    />
  );
}
