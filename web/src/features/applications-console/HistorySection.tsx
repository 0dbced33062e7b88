/**
 * 办理过程: the staff timeline of the application — the steps the applicant also sees, plus who claimed,
 * released (退回待签) or transferred (转办) a task, which only staff see — and every task with who acted, how
 * and with what opinion.
 */
import { Card, Table, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { TableRegion } from '../../components/TableRegion';
import { applicationsConsoleZh } from '../../i18n/applications-console.zh-CN';
import { formatDateTime } from './format';
import { useCodeLabel } from './use-code-labels';
import type { ApplicationDetail, ApplicationTask } from './types';

export function HistorySection({ app }: { app: ApplicationDetail }) {
  const { t } = useTranslation();
  const dash = t('applicationsConsole.none');
  const f = (k: keyof typeof applicationsConsoleZh.fields) => t(`applicationsConsole.fields.${k}`);
  const label = useCodeLabel();
  const columns = [
    { title: f('task'), dataIndex: 'name', key: 'name' },
    { title: f('department'), dataIndex: 'departmentName', key: 'department' },
    {
      title: f('taskStatus'),
      key: 'status',
      render: (_: unknown, task: ApplicationTask) => label('taskStatus', task.status),
    },
    {
      title: f('result'),
      key: 'action',
      render: (_: unknown, task: ApplicationTask) => label('actionKey', task.actionKey),
    },
    { title: f('actor'), key: 'actor', render: (_: unknown, task: ApplicationTask) => task.actorName ?? dash },
    { title: f('opinion'), key: 'opinion', render: (_: unknown, task: ApplicationTask) => task.opinion ?? dash },
    { title: f('taskDue'), key: 'due', render: (_: unknown, task: ApplicationTask) => task.dueDate ?? dash },
    { title: f('finishedAt'), key: 'finished', render: (_: unknown, task: ApplicationTask) => formatDateTime(task.finishedAt) ?? dash },
  ];
  return (
    <Card className="app-section" title={<h2>{t('applicationsConsole.detail.history')}</h2>}>
      <Typography.Title level={3} className="section-subheading">
        {t('applicationsConsole.detail.timeline')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('applicationsConsole.assignment.historyHint')}</Typography.Paragraph>
      <Timeline
        items={app.timeline.map((e, i) => ({
          key: `${e.at}-${i}`,
          content: (
            <div>
              <div>
                <strong>{e.step}</strong>
                {e.department ? ` · ${e.department}` : ''}
              </div>
              <div className="muted-text">{formatDateTime(e.at)}</div>
              {e.note && <div>{e.note}</div>}
            </div>
          ),
        }))}
      />
      <Typography.Title level={3} className="section-subheading">
        {t('applicationsConsole.detail.tasks')}
      </Typography.Title>
      <TableRegion label={t('applicationsConsole.detail.tasks')} minWidth={860}>
        <Table<ApplicationTask>
          rowKey="taskId"
          size="small"
          columns={columns}
          dataSource={app.tasks}
          pagination={false}
          locale={{ emptyText: t('applicationsConsole.detail.noTasks') }}
        />
      </TableRegion>
    </Card>
  );
}
