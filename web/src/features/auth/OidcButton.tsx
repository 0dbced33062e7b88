import { Button, Divider } from 'antd';
import { useTranslation } from 'react-i18next';

/** Single sign-on through the configured OIDC provider: a full-page navigation to the server. */
export function OidcButton({ label, next }: { label: string | undefined; next: string | undefined }) {
  const { t } = useTranslation();
  const start = `/api/auth/oidc/start?next=${encodeURIComponent(next ?? '/')}`;
  return (
    <>
      <Divider plain>{t('auth.oidcHint')}</Divider>
      <Button block size="large" href={start}>
        {label ?? t('auth.oidcDefault')}
      </Button>
    </>
  );
}
