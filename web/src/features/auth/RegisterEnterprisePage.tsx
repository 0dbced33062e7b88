/** /register/enterprise — 法人注册: 单位名称, 统一社会信用代码, 法定代表人, 手机号, 密码. */
import { App, Button, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useShowError } from '../../components/use-show-error';
import { AuthCard } from './AuthCard';
import { destinationAfter, safeNext } from './destinations';
import { makeRules } from './form-rules';
import { PasswordFields } from './PasswordFields';
import { useRegisterEnterprise } from './use-register';

interface Values {
  name: string;
  uscc: string;
  legalRepName: string;
  mobile: string;
  password: string;
  confirmPassword: string;
}

export function RegisterEnterprisePage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const register = useRegisterEnterprise();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const showError = useShowError();
  const { message } = App.useApp();
  const rules = makeRules(t);

  const onFinish = (v: Values) =>
    register.mutate(
      {
        name: v.name.trim(),
        uscc: v.uscc.trim().toUpperCase(),
        legalRepName: v.legalRepName.trim(),
        mobile: v.mobile.trim(),
        password: v.password,
      },
      {
        onSuccess: (session) => {
          void message.success(t('auth.registered'));
          navigate(destinationAfter(session, next), { replace: true });
        },
        onError: (error) => showError(error, form),
      },
    );

  return (
    <AuthCard title={t('auth.registerEnterpriseTitle')}>
      <Form form={form} name="register-enterprise" layout="vertical" onFinish={onFinish} validateTrigger="onBlur">
        <Form.Item name="name" label={t('auth.enterpriseName')} rules={[rules.required(t('auth.enterpriseName')), { max: 100 }]}>
          <Input autoComplete="organization" />
        </Form.Item>
        <Form.Item name="uscc" label={t('auth.uscc')} rules={[rules.required(t('auth.uscc')), rules.uscc]}>
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
        <Form.Item name="legalRepName" label={t('auth.legalRepName')} rules={[rules.required(t('auth.legalRepName')), { max: 50 }]}>
          <Input />
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
        <Link to="/register/person">{t('auth.registerPerson')}</Link>
        <span>{t('auth.haveAccount')}</span>
        <Link to="/login?kind=enterprise">{t('auth.goLogin')}</Link>
      </Space>
    </AuthCard>
  );
}
