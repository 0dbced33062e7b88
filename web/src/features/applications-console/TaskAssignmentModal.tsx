/** 转办: pick a colleague of the department who holds the task's role (with their open tasks), and an optional note. */
import { Alert, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { applicationsConsoleZh } from '../../i18n/applications-console.zh-CN';
import { FormModal } from '../../components/FormModal';
import { useErrorText } from '../../components/use-error-text';
import type { ApplicationWrite } from './use-application-actions';
import { useAssignees } from './use-task-assignment';
import type { ApplicationDetail, ApplicationTask } from './types';

/** the server's limit (TransferBody.note) */
const NOTE_MAX = 200;

interface Values {
  assigneeId?: string;
  note?: string;
}

interface Props {
  app: ApplicationDetail;
  task: ApplicationTask;
  pending: boolean;
  onCancel: () => void;
  onSubmit: (write: ApplicationWrite) => void;
}

export function TaskAssignmentModal({ app, task, pending, onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const assignees = useAssignees(app.id, task.taskId, true);
  const a = (k: keyof typeof applicationsConsoleZh.assignment, values?: Record<string, string | number>) =>
    t(`applicationsConsole.assignment.${k}`, values ?? {});
  const items = assignees.data?.items ?? [];
  const options = items.map((x) => ({
    value: x.id,
    label: a('assigneeOption', { name: x.name, username: x.username ?? '—', n: x.openTasks }),
  }));

  return (
    <FormModal<Values>
      title={a('transferTitle', { task: task.name })}
      name={`task-transfer-${task.taskId.replace(/[^A-Za-z0-9_-]/g, '-')}`}
      form={form}
      pending={pending}
      okText={a('transfer')}
      onCancel={onCancel}
      onFinish={(v) => onSubmit({ kind: 'transfer', taskId: task.taskId, assigneeId: v.assigneeId!, note: v.note?.trim() || undefined })}
    >
      <Typography.Paragraph type="secondary">{a('transferIntro')}</Typography.Paragraph>
      {assignees.error && <Alert type="error" showIcon role="alert" title={errorText(assignees.error)} className="app-section" />}
      {assignees.isSuccess && items.length === 0 && <Alert type="info" showIcon title={a('noAssignees')} className="app-section" />}
      <Form.Item name="assigneeId" label={a('assignee')} rules={[{ required: true, message: a('assigneeRequired') }]}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={options}
          loading={assignees.isLoading}
          disabled={assignees.isSuccess && items.length === 0}
        />
      </Form.Item>
      <Form.Item name="note" label={a('note')}>
        <Input.TextArea rows={3} maxLength={NOTE_MAX} showCount placeholder={a('notePlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}
