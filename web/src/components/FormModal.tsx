/** A dialog holding one antd Form: 保存 submits the form, 取消 closes. Render it only while open. */
import { Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props<V> {
  title: string;
  name: string;
  form: FormInstance<V>;
  pending: boolean;
  initialValues?: Partial<V>;
  okText?: string;
  onCancel: () => void;
  onFinish: (values: V) => void;
  children: ReactNode;
}

export function FormModal<V>({ title, name, form, pending, initialValues, okText, onCancel, onFinish, children }: Props<V>) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={title}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onCancel}
      mask={{ closable: false }}
      destroyOnHidden
    >
      <Form<V> form={form} name={name} layout="vertical" initialValues={initialValues} onFinish={onFinish}>
        {children}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
