import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { makeRules } from './form-rules';

/** The 6-digit code field shared by TOTP enrolment and verification. */
export function TotpCodeForm({
  name,
  submitLabel,
  pending,
  onSubmit,
  form,
}: {
  name: string;
  submitLabel: string;
  pending: boolean;
  onSubmit: (code: string) => void;
  form: ReturnType<typeof Form.useForm<{ code: string }>>[0];
}) {
  const { t } = useTranslation();
  const rules = makeRules(t);
  return (
    <Form form={form} name={name} layout="vertical" requiredMark={false} onFinish={(v) => onSubmit(v.code.trim())}>
      <Form.Item name="code" label={t('mfa.code')} rules={[rules.required(t('mfa.code')), rules.totp]}>
        <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} size="large" className="totp-input" autoFocus />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={pending}>
        {submitLabel}
      </Button>
    </Form>
  );
}
