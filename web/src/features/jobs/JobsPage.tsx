/** 任务队列 (administrators): background jobs by status, refreshed every 15 seconds. */
import { ReloadOutlined } from '@ant-design/icons';
import { Button, Flex, Segmented, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { JOB_STATUSES, type Job, type JobStatus } from '../../api/types';
import { formatDateTime } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { StatusTag, type Tone } from '../../components/StatusTag';
import { TableRegion } from '../../components/TableRegion';
import { useJobStatusLabel } from '../../components/use-labels';
import { useJobs } from './use-jobs';
import { emptyText } from '../../components/empty-text';

const TONES: Record<JobStatus, Tone> = { pending: 'info', running: 'warn', done: 'ok', dead: 'bad' };
const PAGE_SIZE = 50;

export function JobsPage() {
  const { t, i18n } = useTranslation();
  const statusLabel = useJobStatusLabel();
  const [status, setStatus] = useState<JobStatus | 'all'>('all');
  const [page, setPage] = useState(1);
  const jobs = useJobs({ ...(status === 'all' ? {} : { status }), limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const when = (v: string | null) => formatDateTime(v, i18n.language);

  return (
    <>
      <PageTitle
        title={t('jobs.title')}
        extra={
          <Button icon={<ReloadOutlined aria-hidden />} loading={jobs.isFetching} onClick={() => void jobs.refetch()}>
            {t('common.refresh')}
          </Button>
        }
      />
      <Typography.Paragraph type="secondary">{t('jobs.intro')}</Typography.Paragraph>
      <Flex className="filters" role="group" aria-label={t('jobs.statusFilterLabel')}>
        <Segmented<JobStatus | 'all'>
          value={status}
          onChange={(value) => {
            setStatus(value);
            setPage(1);
          }}
          options={[{ value: 'all', label: t('common.all') }, ...JOB_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))]}
        />
      </Flex>
      {jobs.isError ? (
        <QueryError error={jobs.error} onRetry={() => void jobs.refetch()} />
      ) : (
        <TableRegion label={t('jobs.title')} minWidth={900}>
          <Table<Job>
            rowKey="id"
            size="small"
            loading={jobs.isPending}
            dataSource={jobs.data?.items}
            locale={emptyText(t('jobs.empty'))}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: jobs.data?.total ?? 0,
              showTotal: (total) => t('common.total', { total }),
              showSizeChanger: false,
              onChange: setPage,
            }}
            columns={[
              { title: t('jobs.kind'), dataIndex: 'kind', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
              {
                title: t('jobs.status'),
                dataIndex: 'status',
                render: (s: JobStatus) => <StatusTag tone={TONES[s]}>{statusLabel(s)}</StatusTag>,
              },
              { title: t('jobs.attempts'), key: 'attempts', render: (_: unknown, j) => `${j.attempts} / ${j.maxAttempts}` },
              { title: t('jobs.runAt'), dataIndex: 'runAt', render: when },
              { title: t('jobs.createdAt'), dataIndex: 'createdAt', render: when },
              { title: t('jobs.finishedAt'), dataIndex: 'finishedAt', render: when },
              {
                title: t('jobs.lastError'),
                dataIndex: 'lastError',
                render: (v: string | null) => (v ? <Typography.Text type="danger">{v}</Typography.Text> : null),
              },
            ]}
          />
        </TableRegion>
      )}
    </>
  );
}
