/** Edit a staff member's name, department, roles and status; only changed fields are sent. */
import { App, Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { isStaffRole, type StaffMember, type StaffRole, type StaffStatus, type UpdateStaffInput } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { useShowError } from '../../components/use-show-error';
import { makeRules } from '../auth/form-rules';
import { RoleCheckboxes } from './RoleCheckboxes';
import type { StaffScope } from './staff-scope';
import { useUpdateStaff } from './use-update-staff';

interface Values {
  name: string;
  departmentId: string;
  roles: StaffRole[];
  status: StaffStatus;
}

const sameRoles = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((r) => b.includes(r));

export function EditStaffModal({ member, scope, onClose }: { member: StaffMember; scope: StaffScope; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const update = useUpdateStaff();
  const showError = useShowError();
  const { message } = App.useApp();
  const rules = makeRules(t);

  const onFinish = (v: Values) => {
    const patch: UpdateStaffInput = {};
    if (v.name.trim() !== member.name) patch.name = v.name.trim();
    if (v.departmentId !== member.department.id) patch.departmentId = v.departmentId;
    if (!sameRoles(v.roles, member.roles)) patch.roles = v.roles;
    if (v.status !== member.status) patch.status = v.status;
    if (Object.keys(patch).length === 0) return onClose();
    update.mutate(
      { id: member.id, patch },
      {
        onSuccess: () => {
          void message.success(t('common.saved'));
          onClose();
        },
        onError: (e) => showError(e, form),
      },
    );
  };

  const departments = scope.departments.some((d) => d.id === member.department.id)
    ? scope.departments
    : [member.department, ...scope.departments];

  return (
    <FormModal<Values>
      title={`${t('staff.editTitle')}：${member.name}`}
      name="edit-staff"
      form={form}
      pending={update.isPending}
      initialValues={{
        name: member.name,
        departmentId: member.department.id,
        roles: member.roles.filter(isStaffRole),
        status: member.status,
      }}
      onCancel={onClose}
      onFinish={onFinish}
    >
      <Form.Item name="name" label={t('staff.name')} rules={[rules.required(t('staff.name')), { max: 50 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="departmentId" label={t('staff.department')}>
        <Select
          disabled={!scope.admin}
          options={departments.map((d) => ({ value: d.id, label: d.name }))}
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
      <Form.Item name="status" label={t('staff.status')}>
        <Radio.Group
          options={[
            { value: 'active', label: t('staff.active') },
            { value: 'disabled', label: t('staff.disabled') },
          ]}
        />
      </Form.Item>
    </FormModal>
  );
}
