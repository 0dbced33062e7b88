/** One login form per account kind; the identifier's label and check follow the kind. */
import { Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { AccountKind } from '../../api/types';
import { useShowError } from '../../components/use-show-error';
import { destinationAfter } from './destinations';
import { makeRules } from './form-rules';
import { useLogin } from './use-login';

interface Values {
  identifier: string;
  password: string;
}

export function LoginForm({ kind, next }: { kind: AccountKind; next: string | undefined }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const login = useLogin();
  const navigate = useNavigate();
  const showError = useShowError();
  const rules = makeRules(t);

  const identifier = {
    person: { label: t('auth.personIdentifier'), rule: rules.personIdentifier },
    enterprise: { label: t('auth.enterpriseIdentifier'), rule: rules.uscc },
    staff: { label: t('auth.staffIdentifier'), rule: undefined },
  }[kind];

  const onFinish = (values: Values) =>
    login.mutate(
      { kind, identifier: values.identifier.trim(), password: values.password },
      {
        onSuccess: (session) => navigate(destinationAfter(session, next), { replace: true }),
        onError: (error) => {
          form.setFieldValue('password', '');
          showError(error, form);
        },
      },
    );

  return (
    <Form form={form} name={`login-${kind}`} layout="vertical" onFinish={onFinish} requiredMark={false}>
      <Form.Item
        name="identifier"
        label={identifier.label}
        rules={[rules.required(identifier.label), ...(identifier.rule ? [identifier.rule] : [])]}
        validateTrigger="onBlur"
      >
        <Input autoComplete="username" size="large" />
      </Form.Item>
      <Form.Item name="password" label={t('auth.password')} rules={[rules.required(t('auth.password'))]}>
        <Input.Password autoComplete="current-password" size="large" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
        {t('auth.submitLogin')}
      </Button>
    </Form>
  );
}
