/** Create or edit a 政务服务大厅. */
import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Hall, HallInput } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { useShowError } from '../../components/use-show-error';
import { makeRules } from '../auth/form-rules';
import { DivisionSelect } from '../divisions/DivisionSelect';
import { useCreateHall, useUpdateHall } from './use-halls';

interface Values {
  name: string;
  divisionCode: string;
  address: string;
  openingHours: string;
  phone?: string;
}

export function HallFormModal({ hall, onClose }: { hall?: Hall; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateHall();
  const update = useUpdateHall();
  const showError = useShowError();
  const { message } = App.useApp();
  const rules = makeRules(t);

  const onFinish = (v: Values) => {
    const body: HallInput = {
      name: v.name.trim(),
      divisionCode: v.divisionCode,
      address: v.address.trim(),
      openingHours: v.openingHours.trim(),
      phone: v.phone?.trim() ? v.phone.trim() : null,
    };
    const done = {
      onSuccess: () => {
        void message.success(t('common.saved'));
        onClose();
      },
      onError: (e: unknown) => showError(e, form),
    };
    if (hall) update.mutate({ id: hall.id, patch: body }, done);
    else create.mutate(body, done);
  };

  const required = (key: 'name' | 'division' | 'address' | 'openingHours') => rules.required(t(`halls.${key}`));

  return (
    <FormModal<Values>
      title={hall ? t('halls.editTitle') : t('halls.createTitle')}
      name="hall"
      form={form}
      pending={create.isPending || update.isPending}
      initialValues={hall ? { ...hall, phone: hall.phone ?? undefined } : undefined}
      onCancel={onClose}
      onFinish={onFinish}
    >
      <Form.Item name="name" label={t('halls.name')} rules={[required('name'), { max: 100 }]}>
        <Input />
      </Form.Item>
      <Form.Item
        name="divisionCode"
        label={t('halls.division')}
        rules={[{ required: true, message: t('validation.required', { label: t('halls.division') }) }]}
      >
        <DivisionSelect />
      </Form.Item>
      <Form.Item name="address" label={t('halls.address')} rules={[required('address'), { max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="openingHours" label={t('halls.openingHours')} rules={[required('openingHours'), { max: 200 }]}>
        <Input placeholder={t('halls.openingHoursPlaceholder')} />
      </Form.Item>
      <Form.Item name="phone" label={`${t('halls.phone')}${t('common.optional')}`} rules={[rules.phone]}>
        <Input inputMode="tel" />
      </Form.Item>
    </FormModal>
  );
}
