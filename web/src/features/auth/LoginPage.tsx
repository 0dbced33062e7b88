/** /login — tabs for 个人 / 法人 / 工作人员, optional OIDC, links to registration. */
import { Alert, Space, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import type { AccountKind } from '../../api/types';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { AlreadyLoggedIn } from './AlreadyLoggedIn';
import { AuthCard } from './AuthCard';
import { needsSecondFactor, safeNext } from './destinations';
import { LoginForm } from './LoginForm';
import { OidcButton } from './OidcButton';
import { useSession } from './use-session';

const KINDS: readonly AccountKind[] = ['person', 'enterprise', 'staff'];
const isKind = (value: string | null): value is AccountKind => KINDS.includes(value as AccountKind);

export function LoginPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const next = safeNext(params.get('next'));
  const oidcError = params.get('oidc_error');
  const reason = oidcError ? null : params.get('reason');
  const kindParam = params.get('kind');
  // coming back to the console: staff is the likely account kind
  const kind: AccountKind = isKind(kindParam) ? kindParam : next?.startsWith('/console') ? 'staff' : 'person';
  const session = useSession();

  if (session.isPending) return <Loading />;
  if (session.isError) return <QueryError error={session.error} onRetry={() => void session.refetch()} />;
  const s = session.data;
  if (needsSecondFactor(s)) return <Navigate to={`/login/mfa${next ? `?next=${encodeURIComponent(next)}` : ''}`} replace />;
  if (s.authenticated) return <AlreadyLoggedIn session={s} next={next} />;

  const selectKind = (key: string) => {
    const nextParams = new URLSearchParams(params);
    nextParams.set('kind', key);
    setParams(nextParams, { replace: true });
  };

  const tabLabel: Record<AccountKind, string> = {
    person: t('auth.tabPerson'),
    enterprise: t('auth.tabEnterprise'),
    staff: t('auth.tabStaff'),
  };

  return (
    <AuthCard title={t('auth.loginTitle')} intro={t('auth.loginIntro')}>
      {oidcError && <Alert type="error" showIcon title={t('auth.oidcFailedNotice')} className="auth-card__notice" />}
      {reason && <Alert type="warning" showIcon title={t('auth.sessionLostNotice')} className="auth-card__notice" />}
      <Tabs
        activeKey={kind}
        onChange={selectKind}
        centered
        destroyOnHidden
        items={KINDS.map((k) => ({
          key: k,
          label: tabLabel[k],
          children: (
            <>
              {k === 'staff' && <Typography.Paragraph type="secondary">{t('auth.staffHint')}</Typography.Paragraph>}
              <LoginForm kind={k} next={next} />
            </>
          ),
        }))}
      />
      {s.oidc.enabled && <OidcButton label={s.oidc.label} next={next} />}
      <Space wrap className="auth-card__links">
        <span>{t('auth.noAccount')}</span>
        <Link to="/register/person">{t('auth.registerPerson')}</Link>
        <Link to="/register/enterprise">{t('auth.registerEnterprise')}</Link>
      </Space>
    </AuthCard>
  );
}
