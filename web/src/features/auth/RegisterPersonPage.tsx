/** /register/person — 个人注册: 姓名, 身份证号, 手机号, 密码, checked with the shared national validators. */
import { App, Button, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useShowError } from '../../components/use-show-error';
import { AuthCard } from './AuthCard';
import { destinationAfter, safeNext } from './destinations';
import { makeRules } from './form-rules';
import { PasswordFields } from './PasswordFields';
import { useRegisterPerson } from './use-register';

interface Values {
  name: string;
  idNumber: string;
  mobile: string;
  password: string;
  confirmPassword: string;
}

export function RegisterPersonPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const register = useRegisterPerson();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const showError = useShowError();
  const { message } = App.useApp();
  const rules = makeRules(t);

  const onFinish = (v: Values) =>
    register.mutate(
      { name: v.name.trim(), idNumber: v.idNumber.trim().toUpperCase(), mobile: v.mobile.trim(), password: v.password },
      {
        onSuccess: (session) => {
          void message.success(t('auth.registered'));
          navigate(destinationAfter(session, next), { replace: true });
        },
        onError: (error) => showError(error, form),
      },
    );

  return (
    <AuthCard title={t('auth.registerPersonTitle')}>
      <Form form={form} name="register-person" layout="vertical" onFinish={onFinish} validateTrigger="onBlur">
        <Form.Item name="name" label={t('auth.name')} rules={[rules.required(t('auth.name')), { max: 50 }]}>
          <Input autoComplete="name" />
        </Form.Item>
        <Form.Item name="idNumber" label={t('auth.idNumber')} rules={[rules.required(t('auth.idNumber')), rules.idNumber]}>
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
        <Form.Item name="mobile" label={t('auth.mobile')} rules={[rules.required(t('auth.mobile')), rules.mobile]}>
          <Input maxLength={11} inputMode="tel" autoComplete="tel-national" />
        </Form.Item>
        <PasswordFields />
        <Button type="primary" htmlType="submit" block size="large" loading={register.isPending}>
          {t('auth.submitRegister')}
        </Button>
      </Form>
      <Space wrap className="auth-card__links">
        <Link to="/register/enterprise">{t('auth.registerEnterprise')}</Link>
        <span>{t('auth.haveAccount')}</span>
        <Link to="/login">{t('auth.goLogin')}</Link>
      </Space>
    </AuthCard>
  );
}
