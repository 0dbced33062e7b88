/** A dialog asking for a comment or reason before a state change (审核通过, 退回修改, 撤回事项). */
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';

interface Props {
  title: string;
  label: string;
  okText: string;
  required: boolean;
  /** a sentence about what will happen */
  note?: string;
  pending: boolean;
  onCancel: () => void;
  onSubmit: (comment: string) => void;
}

export function CommentModal({ title, label, okText, required, note, pending, onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ comment?: string }>();
  return (
    <FormModal<{ comment?: string }>
      title={title}
      name="catalogue-comment"
      form={form}
      pending={pending}
      okText={okText}
      onCancel={onCancel}
      onFinish={(v) => onSubmit(v.comment?.trim() ?? '')}
    >
      {note && <p>{note}</p>}
      <Form.Item
        name="comment"
        label={required ? label : `${label}${t('common.optional')}`}
        rules={[{ required, whitespace: true, message: t('validation.required', { label }) }, { max: 1000 }]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
    </FormModal>
  );
}
