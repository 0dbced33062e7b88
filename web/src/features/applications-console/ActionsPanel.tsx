/**
 * 办理: what the caller may do now, built from the detail's `allowed` — one card per open task of their
 * role and department (others' open tasks are listed, not offered), then the application-level actions.
 * A 409 (someone acted first, or the action is no longer allowed) is explained, and the page reloads.
 */
import { Alert, Button, Card, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors';
import { useErrorText } from '../../components/use-error-text';
import { useRoleLabel } from '../../components/use-labels';
import { useShowError } from '../../components/use-show-error';
import { useSession } from '../auth/use-session';
import { ApplicationActionModal } from './ApplicationActionModal';
import { TaskActionCard } from './TaskActionCard';
import { TaskAssignmentIfAllowed } from './TaskAssignment';
import { isConflict, useApplicationWrite, type ApplicationWrite } from './use-application-actions';
import { APPLICATION_ACTIONS, type AllowedTaskAction, type ApplicationActionKind, type ApplicationDetail } from './types';

export function ActionsPanel({ app }: { app: ApplicationDetail }) {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const roleLabel = useRoleLabel();
  const write = useApplicationWrite(app.id);
  const showError = useShowError();
  const errorText = useErrorText();
  const [open, setOpen] = useState<ApplicationActionKind | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const account = session?.account;

  const run = (w: ApplicationWrite, onDone?: () => void) => {
    setProblem(null);
    write.mutate(w, {
      onSuccess: () => {
        setOpen(null);
        onDone?.();
      },
      onError: (error) => {
        if (isConflict(error)) {
          setOpen(null);
          setProblem(errorText(error));
        } else if (isApiError(error) && error.status === 403) {
          setProblem(errorText(error));
        }
        showError(error);
      },
    });
  };

  // Group the allowed task actions by task; offer only the tasks of the caller's role and department.
  const byTask = new Map<string, AllowedTaskAction[]>();
  for (const a of app.allowed.tasks) byTask.set(a.taskId, [...(byTask.get(a.taskId) ?? []), a]);
  const mine = (taskId: string) => {
    const task = app.tasks.find((x) => x.taskId === taskId);
    if (!task || !account) return false;
    return account.roles.includes(task.role) && (!account.department || account.department.name === task.departmentName);
  };
  const myTasks = [...byTask.keys()].filter(mine);
  const otherTasks = app.tasks.filter((x) => x.status === 'open' && !myTasks.includes(x.taskId));
  // 补正 and 容缺受理 belong to whoever holds the acceptance task; the rest the server decides (延期 answers
  // 403 with its reason for anyone but the head, which the panel shows).
  const holdsAcceptance = myTasks.some((id) => app.tasks.find((x) => x.taskId === id)?.phase === 'acceptance');
  const appActions = APPLICATION_ACTIONS.filter(
    (k) => app.allowed.actions.includes(k) && (holdsAcceptance || (k !== 'request_correction' && k !== 'tolerate')),
  );

  return (
    <Card className="app-section" title={<h2>{t('applicationsConsole.detail.actions')}</h2>}>
      <Flex vertical gap="middle">
        {problem && <Alert type="warning" showIcon role="alert" title={problem} description={t('applicationsConsole.detail.refreshed')} />}
        {myTasks.map((taskId) => (
          <TaskActionCard key={taskId} app={app} taskId={taskId} actions={byTask.get(taskId)!} pending={write.isPending} onWrite={run} />
        ))}
        {otherTasks.length > 0 && (
          <div>
            <Typography.Text strong>{t('applicationsConsole.detail.othersTasks')}</Typography.Text>
            <ul className="others-tasks">
              {otherTasks.map((x) => (
                <li key={x.taskId}>
                  {t('applicationsConsole.detail.otherTask', { task: x.name, department: x.departmentName, role: roleLabel(x.role) })}
                  <TaskAssignmentIfAllowed app={app} task={x} pending={write.isPending} onWrite={run} />
                </li>
              ))}
            </ul>
          </div>
        )}
        {appActions.length > 0 && (
          <div>
            <Typography.Text strong>{t('applicationsConsole.detail.appActions')}</Typography.Text>
            <Flex gap="small" wrap className="app-actions">
              {appActions.map((k) => (
                <Button key={k} onClick={() => setOpen(k)}>
                  {t(`applicationsConsole.appAction.${k}`)}
                </Button>
              ))}
            </Flex>
          </div>
        )}
        {myTasks.length === 0 && appActions.length === 0 && <Empty description={t('applicationsConsole.detail.nothingToDo')} />}
      </Flex>
      {open && (
        <ApplicationActionModal kind={open} app={app} pending={write.isPending} onCancel={() => setOpen(null)} onSubmit={(w) => run(w)} />
      )}
    </Card>
  );
}
