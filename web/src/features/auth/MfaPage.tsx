/** /login/mfa — the staff second factor: enrolment (QR code) or verification, as the session says. */
import { App, Button, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import type { Session } from '../../api/types';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { useShowError } from '../../components/use-show-error';
import { AuthCard } from './AuthCard';
import { destinationAfter, homeOf, safeNext } from './destinations';
import { TotpCodeForm } from './TotpCodeForm';
import { TotpEnrol } from './TotpEnrol';
import { useLogout } from './use-logout';
import { useSession } from './use-session';
import { useTotpVerify } from './use-totp';

function TotpVerify({ onDone }: { onDone: (session: Session) => void }) {
  const { t } = useTranslation();
  const verify = useTotpVerify();
  const [form] = Form.useForm<{ code: string }>();
  const showError = useShowError();
  return (
    <TotpCodeForm
      name="totp-verify"
      form={form}
      submitLabel={t('mfa.verify')}
      pending={verify.isPending}
      onSubmit={(code) =>
        verify.mutate(code, {
          onSuccess: onDone,
          onError: (e) => {
            form.setFieldValue('code', '');
            showError(e, form);
          },
        })
      }
    />
  );
}

export function MfaPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const session = useSession();
  const navigate = useNavigate();
  const logout = useLogout('/login?kind=staff');
  const { message } = App.useApp();
  const showError = useShowError();

  if (session.isPending) return <Loading />;
  if (session.isError) return <QueryError error={session.error} onRetry={() => void session.refetch()} />;
  const s = session.data;
  if (!s.authenticated) return <Navigate to="/login?kind=staff" replace />;
  if (s.mfa !== 'enrol' && s.mfa !== 'verify') return <Navigate to={next ?? homeOf(s)} replace />;

  const onDone = (updated: Session) => {
    void message.success(t('mfa.done'));
    navigate(destinationAfter(updated, next), { replace: true });
  };
  const enrolling = s.mfa === 'enrol';

  return (
    <AuthCard title={enrolling ? t('mfa.enrolTitle') : t('mfa.verifyTitle')} intro={enrolling ? t('mfa.enrolIntro') : t('mfa.verifyIntro')}>
      {enrolling ? <TotpEnrol onDone={onDone} /> : <TotpVerify onDone={onDone} />}
      <Button
        type="link"
        block
        className="auth-card__links"
        loading={logout.isPending}
        onClick={() => logout.mutate(undefined, { onError: (e) => showError(e) })}
      >
        {t('mfa.useOtherAccount')}
      </Button>
    </AuthCard>
  );
}
