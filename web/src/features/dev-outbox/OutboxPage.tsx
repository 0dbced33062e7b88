/** 开发消息箱: what the development SMS / e-mail adapters would have sent. Clearly labelled as such. */
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxItem } from '../../api/types';
import { formatDateTime } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { useOutbox } from './use-outbox';
import { emptyText } from '../../components/empty-text';

const PAGE_SIZE = 50;

export function OutboxPage() {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const outbox = useOutbox({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });

  return (
    <>
      <PageTitle
        title={t('outbox.title')}
        extra={
          <Button icon={<ReloadOutlined aria-hidden />} loading={outbox.isFetching} onClick={() => void outbox.refetch()}>
            {t('common.refresh')}
          </Button>
        }
      />
      <Alert
        type="warning"
        showIcon
        className="section"
        title={t('outbox.adapterNotice')}
        description={
          <>
            {t('outbox.adapterText')}
            {outbox.data && (
              <>
                <br />
                {t('outbox.adapters', { mailer: outbox.data.adapters.mailer, sms: outbox.data.adapters.sms })}
              </>
            )}
          </>
        }
      />
      {outbox.isError ? (
        <QueryError error={outbox.error} onRetry={() => void outbox.refetch()} />
      ) : (
        <Table<OutboxItem>
          rowKey="id"
          size="small"
          loading={outbox.isPending}
          dataSource={outbox.data?.items}
          locale={emptyText(t('outbox.empty'))}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: outbox.data?.total ?? 0,
            showTotal: (total) => t('common.total', { total }),
            showSizeChanger: false,
            onChange: setPage,
          }}
          columns={[
            { title: t('outbox.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v, i18n.language) },
            {
              title: t('outbox.channel'),
              dataIndex: 'channel',
              render: (c: OutboxItem['channel']) => <Tag color={c === 'sms' ? 'cyan' : 'purple'}>{t(`outbox.${c}`)}</Tag>,
            },
            { title: t('outbox.recipient'), dataIndex: 'recipient' },
            { title: t('outbox.subject'), dataIndex: 'subject' },
            {
              title: t('outbox.body'),
              dataIndex: 'body',
              render: (v: string) => <Typography.Paragraph className="outbox-body">{v}</Typography.Paragraph>,
            },
          ]}
        />
      )}
    </>
  );
}
