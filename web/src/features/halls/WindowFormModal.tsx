/** Create or edit a window of a hall: number, name, 综合/专业, department, open/closed. */
import { App, Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HallWindow, WindowInput, WindowKind, WindowStatus } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { useShowError } from '../../components/use-show-error';
import { makeRules } from '../auth/form-rules';
import { useDepartments } from '../departments/use-departments';
import { useCreateWindow, useUpdateWindow } from './use-windows';

interface Values {
  number: string;
  name: string;
  kind: WindowKind;
  departmentId?: string | null;
  status?: WindowStatus;
}

export function WindowFormModal({ hallId, hallWindow, onClose }: { hallId: string; hallWindow?: HallWindow; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateWindow(hallId);
  const update = useUpdateWindow(hallId);
  const departments = useDepartments();
  const showError = useShowError();
  const { message } = App.useApp();
  const rules = makeRules(t);
  const kind = Form.useWatch('kind', form);

  const onFinish = (v: Values) => {
    const body: WindowInput = { number: v.number.trim(), name: v.name.trim(), kind: v.kind, departmentId: v.departmentId ?? null };
    const done = {
      onSuccess: () => {
        void message.success(t('common.saved'));
        onClose();
      },
      onError: (e: unknown) => showError(e, form),
    };
    if (hallWindow) update.mutate({ id: hallWindow.id, patch: { ...body, status: v.status } }, done);
    else create.mutate(body, done);
  };

  return (
    <FormModal<Values>
      title={hallWindow ? t('windows.editTitle') : t('windows.createTitle')}
      name="hall-window"
      form={form}
      pending={create.isPending || update.isPending}
      initialValues={hallWindow ?? { kind: 'comprehensive', departmentId: null }}
      onCancel={onClose}
      onFinish={onFinish}
    >
      <Form.Item name="number" label={t('windows.number')} rules={[rules.required(t('windows.number')), { max: 20 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="name" label={t('windows.name')} rules={[rules.required(t('windows.name')), { max: 100 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="kind" label={t('windows.kind')}>
        <Radio.Group
          options={[
            { value: 'comprehensive', label: t('windows.comprehensive') },
            { value: 'professional', label: t('windows.professional') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="departmentId"
        label={t('windows.department')}
        extra={t('windows.departmentHelp')}
        rules={[{ required: kind === 'professional', message: t('validation.required', { label: t('windows.department') }) }]}
      >
        <Select
          allowClear
          loading={departments.isPending}
          options={departments.data?.items.map((d) => ({ value: d.id, label: d.name }))}
          showSearch={{ optionFilterProp: 'label' }}
        />
      </Form.Item>
      {hallWindow && (
        <Form.Item name="status" label={t('windows.status')}>
          <Radio.Group
            options={[
              { value: 'open', label: t('windows.open') },
              { value: 'closed', label: t('windows.closed') },
            ]}
          />
        </Form.Item>
      )}
    </FormModal>
  );
}
