/**
 * 待办: the open tasks of the caller's roles in their department, the most urgent first (as the server
 * sorts them), with the task's and the application's time limits. 我签收的 shows the tasks the caller
 * claimed. A wide table on a desktop; one card per task on a phone.
 */
import { Card, Empty, Flex, Grid, List, Pagination, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { ClockTag } from './ClockTag';
import { useCodeLabel } from './use-code-labels';
import { InboxActions } from './InboxActions';
import { INBOX_PAGE_SIZE, useInbox } from './use-console-applications';
import type { InboxEntry } from './types';
import './applications-console.css';

export function InboxPage() {
  const { t } = useTranslation();
  const [mine, setMine] = useState(false);
  const [page, setPage] = useState(1);
  const wide = Grid.useBreakpoint().lg ?? true;
  const inbox = useInbox(mine, page);
  const label = useCodeLabel();
  const phase = (p: string) => label('phase', p);

  const columns = [
    { title: t('applicationsConsole.fields.number'), dataIndex: 'number', key: 'number' },
    { title: t('applicationsConsole.fields.item'), dataIndex: 'itemName', key: 'item' },
    { title: t('applicationsConsole.fields.applicant'), dataIndex: 'applicantName', key: 'applicant', className: 'nowrap' },
    { title: t('applicationsConsole.fields.task'), dataIndex: 'taskName', key: 'task', className: 'nowrap' },
    {
      title: t('applicationsConsole.fields.phase'),
      key: 'phase',
      className: 'nowrap',
      render: (_: unknown, e: InboxEntry) => phase(e.phase),
    },
    { title: t('applicationsConsole.fields.status'), dataIndex: 'statusLabel', key: 'status' },
    { title: t('applicationsConsole.fields.taskClock'), key: 'clock', render: (_: unknown, e: InboxEntry) => <ClockTag clock={e.clock} /> },
    {
      title: t('applicationsConsole.fields.applicationClock'),
      key: 'appClock',
      render: (_: unknown, e: InboxEntry) => <ClockTag clock={e.applicationClock} />,
    },
    { title: t('applicationsConsole.fields.actions'), key: 'actions', render: (_: unknown, e: InboxEntry) => <InboxActions entry={e} /> },
  ];

  const items = inbox.data?.items ?? [];
  const list = wide ? (
    <Table<InboxEntry>
      rowKey={(e) => `${e.applicationId}/${e.taskId}`}
      columns={columns}
      dataSource={items}
      loading={inbox.isFetching && !inbox.data}
      pagination={false}
      locale={{ emptyText: t('applicationsConsole.inbox.empty') }}
      aria-label={t('applicationsConsole.inbox.title')}
    />
  ) : (
    <List
      dataSource={items}
      loading={inbox.isFetching && !inbox.data}
      locale={{ emptyText: <Empty description={t('applicationsConsole.inbox.empty')} /> }}
      renderItem={(e) => (
        <List.Item key={`${e.applicationId}/${e.taskId}`} className="inbox-card-item">
          <Card size="small" className="inbox-card" title={e.itemName}>
            <dl className="inbox-card__facts">
              <dt>{t('applicationsConsole.fields.number')}</dt>
              <dd>{e.number}</dd>
              <dt>{t('applicationsConsole.fields.applicant')}</dt>
              <dd>{e.applicantName}</dd>
              <dt>{t('applicationsConsole.fields.task')}</dt>
              <dd>
                {e.taskName}（{phase(e.phase)}）
              </dd>
              <dt>{t('applicationsConsole.fields.status')}</dt>
              <dd>{e.statusLabel}</dd>
              <dt>{t('applicationsConsole.fields.taskClock')}</dt>
              <dd>
                <ClockTag clock={e.clock} />
              </dd>
              <dt>{t('applicationsConsole.fields.applicationClock')}</dt>
              <dd>
                <ClockTag clock={e.applicationClock} />
              </dd>
            </dl>
            <InboxActions entry={e} />
          </Card>
        </List.Item>
      )}
    />
  );

  return (
    <>
      <PageTitle title={t('applicationsConsole.inbox.title')} />
      <Typography.Paragraph className="muted-text">{t('applicationsConsole.inbox.intro')}</Typography.Paragraph>
      <Tabs
        activeKey={mine ? 'mine' : 'all'}
        onChange={(key) => {
          setMine(key === 'mine');
          setPage(1);
        }}
        items={[
          { key: 'all', label: t('applicationsConsole.inbox.all') },
          { key: 'mine', label: t('applicationsConsole.inbox.mine') },
        ]}
      />
      {inbox.error ? <QueryError error={inbox.error} onRetry={() => void inbox.refetch()} /> : list}
      {(inbox.data?.total ?? 0) > INBOX_PAGE_SIZE && (
        <Flex justify="end" className="inbox-pagination">
          <Pagination current={page} pageSize={INBOX_PAGE_SIZE} total={inbox.data?.total ?? 0} onChange={setPage} showSizeChanger={false} />
        </Flex>
      )}
    </>
  );
}
