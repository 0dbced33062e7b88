/**
 * Who holds one open task, and 签收 / 退回待签 / 转办 for the caller who may: claim with the task's role while
 * nobody holds it; release or transfer as the holder or the department head. Releasing is confirmed; a
 * transfer opens a dialog to pick the colleague. The holder's name comes from the colleagues list.
 */
import { App, Button, Flex, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applicationsConsoleZh } from '../../i18n/applications-console.zh-CN';
import { TaskAssignmentModal } from './TaskAssignmentModal';
import type { ApplicationWrite } from './use-application-actions';
import { useAssignees, useAssignmentRights } from './use-task-assignment';
import type { ApplicationDetail, ApplicationTask } from './types';

interface Props {
  app: ApplicationDetail;
  task: ApplicationTask;
  pending: boolean;
  onWrite: (write: ApplicationWrite, onDone?: () => void) => void;
}

export function TaskAssignment({ app, task, pending, onWrite }: Props) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const rights = useAssignmentRights(task);
  const [transferring, setTransferring] = useState(false);
  const heldByOther = task.claimedBy !== null && !rights.mine;
  const assignees = useAssignees(app.id, task.taskId, heldByOther && rights.colleagues);
  const holderName = assignees.data?.holder?.id === task.claimedBy ? assignees.data?.holder?.name : undefined;
  const a = (k: keyof typeof applicationsConsoleZh.assignment, values?: Record<string, string | number>) =>
    t(`applicationsConsole.assignment.${k}`, values ?? {});
  const name = task.name;

  const release = () =>
    modal.confirm({
      title: a('releaseConfirm', { task: name }),
      content: rights.mine
        ? a('releaseConfirmMine')
        : a('releaseConfirmOther', { name: holderName ?? t('applicationsConsole.inbox.claimedByOther') }),
      okText: a('release'),
      cancelText: t('common.cancel'),
      onOk: () => onWrite({ kind: 'release', taskId: task.taskId }),
    });

  return (
    <Flex gap="small" wrap align="center" className="task-assignment">
      <Tag>
        {task.claimedBy === null
          ? a('unclaimed')
          : rights.mine
            ? t('applicationsConsole.inbox.claimedByMe')
            : holderName
              ? a('claimedBy', { name: holderName })
              : t('applicationsConsole.inbox.claimedByOther')}
      </Tag>
      {rights.claim && (
        <Button
          size="small"
          type="primary"
          loading={pending}
          aria-label={a('claimLabel', { task: name })}
          onClick={() => onWrite({ kind: 'claim', taskId: task.taskId })}
        >
          {a('claim')}
        </Button>
      )}
      {rights.release && (
        <Button size="small" loading={pending} aria-label={a('releaseLabel', { task: name })} onClick={release}>
          {a('release')}
        </Button>
      )}
      {rights.transfer && (
        <Button size="small" loading={pending} aria-label={a('transferLabel', { task: name })} onClick={() => setTransferring(true)}>
          {a('transfer')}
        </Button>
      )}
      {transferring && rights.transfer && (
        <TaskAssignmentModal
          app={app}
          task={task}
          pending={pending}
          onCancel={() => setTransferring(false)}
          onSubmit={(w) => onWrite(w, () => setTransferring(false))}
        />
      )}
    </Flex>
  );
}

/**
 * The same controls beside an open task the caller does not work on (e.g. the department head looking at a
 * reviewer's task in 由其他人员办理的环节): shown only when the caller may release or transfer it.
 */
export function TaskAssignmentIfAllowed(props: Props) {
  const rights = useAssignmentRights(props.task);
  return rights.release || rights.transfer ? <TaskAssignment {...props} /> : null;
}
