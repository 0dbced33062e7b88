/**
 * One open task the caller may act on: who holds it with 签收 / 退回待签 / 转办 (TaskAssignment), the opinion
 * (处理意见, required for actions such as 不予受理 or 退回) and one button per action of the definition.
 * Every action is confirmed, and sent with the version seen and an idempotency key.
 */
import { App, Button, Card, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newKey } from './format';
import { TaskAssignment } from './TaskAssignment';
import type { ApplicationWrite } from './use-application-actions';
import type { AllowedTaskAction, ApplicationDetail } from './types';

interface Props {
  app: ApplicationDetail;
  taskId: string;
  actions: AllowedTaskAction[];
  pending: boolean;
  onWrite: (write: ApplicationWrite, onDone?: () => void) => void;
}

export function TaskActionCard({ app, taskId, actions, pending, onWrite }: Props) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [opinion, setOpinion] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const [key, setKey] = useState(newKey);
  const task = app.tasks.find((x) => x.taskId === taskId);
  const name = task?.name ?? taskId;
  const opinionId = `opinion-${taskId.replace(/[^A-Za-z0-9_-]/g, '-')}`;

  const act = (a: AllowedTaskAction) => {
    if (a.opinionRequired && !opinion.trim()) {
      setMissing(t('applicationsConsole.task.opinionRequired', { action: a.label }));
      return;
    }
    setMissing(null);
    modal.confirm({
      title: t('applicationsConsole.task.confirmTitle', { action: a.label, task: name }),
      content: opinion.trim() ? t('applicationsConsole.task.confirmOpinion', { opinion: opinion.trim() }) : undefined,
      okText: a.label,
      cancelText: t('common.cancel'),
      onOk: () =>
        onWrite({ kind: 'task', taskId, actionKey: a.actionKey, opinion, version: app.version, idempotencyKey: key }, () => {
          setOpinion('');
          setKey(newKey());
        }),
    });
  };

  return (
    <Card size="small" className="action-card" title={t('applicationsConsole.task.title', { task: name })}>
      <Flex gap="small" wrap align="center" className="action-card__holder">
        {task && <TaskAssignment app={app} task={task} pending={pending} onWrite={onWrite} />}
        {task?.dueDate && <span className="muted-text">{t('applicationsConsole.task.due', { date: task.dueDate })}</span>}
      </Flex>
      <Form layout="vertical">
        <Form.Item
          label={t('applicationsConsole.task.opinion')}
          htmlFor={opinionId}
          validateStatus={missing ? 'error' : undefined}
          help={missing ?? undefined}
          extra={
            actions.some((a) => a.opinionRequired)
              ? t('applicationsConsole.task.opinionHint', {
                  actions: actions
                    .filter((a) => a.opinionRequired)
                    .map((a) => a.label)
                    .join('、'),
                })
              : undefined
          }
        >
          <Input.TextArea id={opinionId} value={opinion} maxLength={1000} rows={3} onChange={(e) => setOpinion(e.target.value)} />
        </Form.Item>
      </Form>
      <Flex gap="small" wrap>
        {actions.map((a) => (
          <Button
            key={a.actionKey}
            type={['accept', 'pass', 'grant', 'complete'].includes(a.kind) ? 'primary' : 'default'}
            danger={['refuse', 'deny', 'reject'].includes(a.kind)}
            loading={pending}
            onClick={() => act(a)}
          >
            {a.label}
          </Button>
        ))}
      </Flex>
    </Card>
  );
}
