import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { makeRules } from './form-rules';

/** A new password and its confirmation, with the server's strength rule checked as you type. */
export function PasswordFields({ label }: { label?: string }) {
  const { t } = useTranslation();
  const rules = makeRules(t);
  const passwordLabel = label ?? t('auth.password');
  return (
    <>
      <Form.Item
        name="password"
        label={passwordLabel}
        extra={t('auth.passwordHelp')}
        rules={[rules.required(passwordLabel), rules.password]}
        hasFeedback
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('auth.confirmPassword')}
        dependencies={['password']}
        hasFeedback
        rules={[
          rules.required(t('auth.confirmPassword')),
          ({ getFieldValue }) => ({
            validator: async (_rule, value: unknown) => {
              if (value && value !== getFieldValue('password')) throw new Error(t('validation.passwordMismatch'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
