/** 新建工作人员: username, name, department, roles, optional mobile/e-mail, initial password. */
import { App, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreateStaffInput, StaffRole } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { useShowError } from '../../components/use-show-error';
import { makeRules } from '../auth/form-rules';
import { PasswordFields } from '../auth/PasswordFields';
import { RoleCheckboxes } from './RoleCheckboxes';
import type { StaffScope } from './staff-scope';
import { useCreateStaff } from './use-staff';

interface Values {
  username: string;
  name: string;
  departmentId: string;
  roles: StaffRole[];
  mobile?: string;
  email?: string;
  password: string;
  confirmPassword: string;
}

export function CreateStaffModal({ scope, onClose }: { scope: StaffScope; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateStaff();
  const showError = useShowError();
  const { message } = App.useApp();
  const rules = makeRules(t);

  const onFinish = (v: Values) => {
    const body: CreateStaffInput = {
      username: v.username.trim(),
      name: v.name.trim(),
      departmentId: v.departmentId,
      roles: v.roles,
      password: v.password,
      ...(v.mobile?.trim() ? { mobile: v.mobile.trim() } : {}),
      ...(v.email?.trim() ? { email: v.email.trim() } : {}),
    };
    create.mutate(body, {
      onSuccess: () => {
        void message.success(t('common.created'));
        onClose();
      },
      onError: (e) => showError(e, form),
    });
  };

  return (
    <FormModal<Values>
      title={t('staff.createTitle')}
      name="create-staff"
      form={form}
      pending={create.isPending}
      initialValues={{ departmentId: scope.admin ? undefined : scope.ownDepartment?.id, roles: ['window_clerk'] }}
      onCancel={onClose}
      onFinish={onFinish}
    >
      <Form.Item name="username" label={t('staff.username')} rules={[rules.required(t('staff.username')), rules.username]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="name" label={t('staff.name')} rules={[rules.required(t('staff.name')), { max: 50 }]}>
        <Input />
      </Form.Item>
      <Form.Item
        name="departmentId"
        label={t('staff.department')}
        rules={[{ required: true, message: t('validation.required', { label: t('staff.department') }) }]}
      >
        <Select
          disabled={!scope.admin}
          options={scope.departments.map((d) => ({ value: d.id, label: d.name }))}
          showSearch={{ optionFilterProp: 'label' }}
        />
      </Form.Item>
      <Form.Item
        name="roles"
        label={t('staff.roles')}
        rules={[{ required: true, type: 'array', min: 1, message: t('validation.required', { label: t('staff.roles') }) }]}
      >
        <RoleCheckboxes grantable={scope.grantableRoles} label={t('staff.roles')} />
      </Form.Item>
      <Form.Item name="mobile" label={`${t('staff.mobile')}${t('common.optional')}`} rules={[rules.mobile]}>
        <Input maxLength={11} inputMode="tel" />
      </Form.Item>
      <Form.Item name="email" label={`${t('staff.email')}${t('common.optional')}`} rules={[rules.email]}>
        <Input type="email" />
      </Form.Item>
      <PasswordFields label={t('staff.initialPassword')} />
    </FormModal>
  );
}
