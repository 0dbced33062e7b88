/** Create or edit a department; 统一社会信用代码 is checked with the shared GB 32100 validator. */
import { App, Form, Input, InputNumber, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Department, DepartmentInput } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { useShowError } from '../../components/use-show-error';
import { makeRules } from '../auth/form-rules';
import { DivisionSelect } from '../divisions/DivisionSelect';
import { useCreateDepartment } from './use-create-department';
import { useUpdateDepartment } from './use-update-department';

interface Values {
  name: string;
  shortName: string;
  uscc: string;
  divisionCode: string;
  phone?: string;
  sortOrder?: number | null;
  status?: Department['status'];
}

export function DepartmentFormModal({ department, onClose }: { department?: Department; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateDepartment();
  const update = useUpdateDepartment();
  const showError = useShowError();
  const { message } = App.useApp();
  const rules = makeRules(t);

  const onFinish = (v: Values) => {
    const body: DepartmentInput = {
      name: v.name.trim(),
      shortName: v.shortName.trim(),
      uscc: v.uscc.trim().toUpperCase(),
      divisionCode: v.divisionCode,
      phone: v.phone?.trim() ? v.phone.trim() : null,
      ...(typeof v.sortOrder === 'number' ? { sortOrder: v.sortOrder } : {}),
    };
    const done = {
      onSuccess: () => {
        void message.success(t('common.saved'));
        onClose();
      },
      onError: (e: unknown) => showError(e, form),
    };
    if (department) update.mutate({ id: department.id, patch: { ...body, status: v.status } }, done);
    else create.mutate(body, done);
  };

  return (
    <FormModal<Values>
      title={department ? t('departments.editTitle') : t('departments.createTitle')}
      name="department"
      form={form}
      pending={create.isPending || update.isPending}
      initialValues={department ? { ...department, phone: department.phone ?? undefined } : undefined}
      onCancel={onClose}
      onFinish={onFinish}
    >
      <Form.Item name="name" label={t('departments.name')} rules={[rules.required(t('departments.name')), { max: 100 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="shortName" label={t('departments.shortName')} rules={[rules.required(t('departments.shortName')), { max: 30 }]}>
        <Input />
      </Form.Item>
      <Form.Item
        name="uscc"
        label={t('departments.uscc')}
        rules={[rules.required(t('departments.uscc')), rules.uscc]}
        validateTrigger="onBlur"
      >
        <Input maxLength={18} />
      </Form.Item>
      <Form.Item
        name="divisionCode"
        label={t('departments.division')}
        rules={[{ required: true, message: t('validation.required', { label: t('departments.division') }) }]}
      >
        <DivisionSelect />
      </Form.Item>
      <Form.Item name="phone" label={`${t('departments.phone')}${t('common.optional')}`} rules={[rules.phone]}>
        <Input inputMode="tel" />
      </Form.Item>
      <Form.Item name="sortOrder" label={t('departments.sortOrder')}>
        <InputNumber min={0} max={100000} precision={0} />
      </Form.Item>
      {department && (
        <Form.Item name="status" label={t('departments.status')}>
          <Radio.Group
            options={[
              { value: 'active', label: t('departments.active') },
              { value: 'inactive', label: t('departments.inactive') },
            ]}
          />
        </Form.Item>
      )}
    </FormModal>
  );
}
