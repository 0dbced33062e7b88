/** First login of a staff account: show a fresh TOTP secret as a QR code and as text, then confirm a code. */
import { Alert, Button, Flex, Form, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../api/types';
import { Loading } from '../../components/Loading';
import { useErrorText } from '../../components/use-error-text';
import { useShowError } from '../../components/use-show-error';
import { TotpCodeForm } from './TotpCodeForm';
import { useTotpConfirm, useTotpEnrol } from './use-totp';

export function TotpEnrol({ onDone }: { onDone: (session: Session) => void }) {
  const { t } = useTranslation();
  const enrol = useTotpEnrol();
  const confirm = useTotpConfirm();
  const [form] = Form.useForm<{ code: string }>();
  const showError = useShowError();
  const errorText = useErrorText();
  const started = useRef(false);

  // one secret per visit: StrictMode runs effects twice, a second secret would orphan the first QR code
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    enrol.mutate();
  }, [enrol]);

  if (enrol.isError) {
    return (
      <Alert
        type="error"
        showIcon
        title={t('mfa.enrolFailed')}
        description={errorText(enrol.error)}
        action={<Button onClick={() => enrol.mutate()}>{t('common.retry')}</Button>}
      />
    );
  }
  if (!enrol.data) return <Loading />;

  return (
    <Flex vertical gap="middle">
      <Flex justify="center">
        <img src={enrol.data.qrDataUrl} alt={t('mfa.qrAlt')} width={200} height={200} className="totp-qr" />
      </Flex>
      <Typography.Paragraph>
        {t('mfa.secretLabel')}
        <br />
        <Typography.Text code copyable className="totp-secret">
          {enrol.data.secret}
        </Typography.Text>
      </Typography.Paragraph>
      <TotpCodeForm
        name="totp-confirm"
        form={form}
        submitLabel={t('mfa.confirm')}
        pending={confirm.isPending}
        onSubmit={(code) => confirm.mutate(code, { onSuccess: onDone, onError: (e) => showError(e, form) })}
      />
    </Flex>
  );
}
