/** 撤回申请: asks for the reason in a dialog, then confirms, then withdraws (with the version seen). */
import { App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationDetail } from './types';
import { useActionFeedback } from './use-action-feedback';
import { useApplicantAction } from './use-applicant-action';

export function WithdrawButton({ detail }: { detail: ApplicationDetail }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const action = useApplicantAction(detail.id, detail.version);
  const feedback = useActionFeedback();

  const onOk = async () => {
    const { reason } = await form.validateFields();
    modal.confirm({
      title: t('applications.withdraw.title'),
      content: t('applications.withdraw.confirm'),
      okText: t('applications.withdraw.ok'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        action.mutateAsync({ kind: 'withdraw', reason: reason.trim() }).then(
          () => {
            setOpen(false);
            form.resetFields();
            feedback.done(t('applications.withdraw.done'));
          },
          (error: unknown) => {
            setOpen(false);
            feedback.failed(error);
          },
        ),
    });
  };

  return (
    <>
      <Button danger size="large" onClick={() => setOpen(true)}>
        {t('applications.withdraw.button')}
      </Button>
      <Modal
        open={open}
        title={t('applications.withdraw.title')}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        onOk={() => void onOk().catch(() => undefined)}
        onCancel={() => setOpen(false)}
        confirmLoading={action.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="reason"
            label={t('applications.withdraw.reason')}
            rules={[{ required: true, whitespace: true, message: t('applications.withdraw.reasonRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={1000} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
