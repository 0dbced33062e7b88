/** 消息: the in-app message box, newest first; unread ones can be marked read. */
import { Badge, Button, Card, Empty, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { useShowError } from '../../components/use-show-error';
import { useMarkMessageRead } from './use-mark-message-read';
import { useMessages } from './use-messages';

const PAGE_SIZE = 10;

export function MessagesCard() {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const messages = useMessages({ limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const markRead = useMarkMessageRead();
  const showError = useShowError();

  const title = (
    <h2 className="card-title">
      {t('me.messages')}{' '}
      {!!messages.data?.unread && <Badge count={messages.data.unread} title={t('me.unreadCount', { count: messages.data.unread })} />}
    </h2>
  );

  return (
    <Card title={title}>
      {messages.isPending && <Loading />}
      {messages.isError && <QueryError error={messages.error} onRetry={() => void messages.refetch()} />}
      {messages.data && messages.data.items.length === 0 && <Empty description={t('me.noMessages')} />}
      {messages.data && messages.data.items.length > 0 && (
        <List
          itemLayout="vertical"
          dataSource={messages.data.items}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: messages.data.total, onChange: setPage, hideOnSinglePage: true }}
          renderItem={(m) => (
            <List.Item
              key={m.id}
              className={m.readAt ? 'message' : 'message message--unread'}
              extra={
                m.readAt ? (
                  <Typography.Text type="secondary">{t('common.read')}</Typography.Text>
                ) : (
                  <Button
                    size="small"
                    loading={markRead.isPending && markRead.variables === m.id}
                    onClick={() => markRead.mutate(m.id, { onError: (e) => showError(e) })}
                    aria-label={`${t('me.markRead')}：${m.title}`}
                  >
                    {t('me.markRead')}
                  </Button>
                )
              }
            >
              <List.Item.Meta
                title={
                  <h3 className="message__title">
                    {!m.readAt && <Badge status="processing" text={<span className="visually-hidden">{t('common.unread')}</span>} />}
                    {m.title}
                  </h3>
                }
                description={formatDateTime(m.createdAt, i18n.language)}
              />
              <Typography.Paragraph className="message__body">{m.body}</Typography.Paragraph>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
