/** The application's process drawn read-only: open tasks highlighted as 当前环节, finished ones marked 已完成. */
import { Card } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { ProcessDiagram } from '../process-console/ProcessDiagram';
import { useProcessDefinition } from './use-console-applications';
import type { ApplicationDetail } from './types';

export function ProcessSection({ app }: { app: ApplicationDetail }) {
  const { t } = useTranslation();
  const definition = useProcessDefinition(app.definitionId);
  const { active, done } = useMemo(() => {
    const open = app.tasks.filter((task) => task.status === 'open').map((task) => task.nodeId);
    const finished = app.tasks.filter((task) => task.status === 'done').map((task) => task.nodeId);
    return { active: [...new Set(open)], done: [...new Set(finished)].filter((id) => !open.includes(id)) };
  }, [app.tasks]);
  if (!app.definitionId) return null;
  return (
    <Card className="app-section" title={<h2>{t('applicationsConsole.detail.process')}</h2>}>
      {definition.error ? (
        <QueryError error={definition.error} onRetry={() => void definition.refetch()} />
      ) : definition.data ? (
        <ProcessDiagram definition={definition.data.definition} activeNodeIds={active} doneNodeIds={done} />
      ) : (
        <Loading />
      )}
    </Card>
  );
}
