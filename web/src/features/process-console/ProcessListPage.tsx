/**
 * /console/process — 流程设计: the items the account may design (administrators: all; department heads:
 * their department's, as the catalogue list is already scoped), with their process status.
 */
import { BranchesOutlined } from '@ant-design/icons';
import { Flex, Input, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LinkButton } from '../../components/LinkButton';
import { PageTitle } from '../../components/PageTitle';
import { StatusTag } from '../../components/StatusTag';
import { QueryError } from '../../components/QueryError';
import type { ConsoleItem } from '../catalogue-console/types';
import { useConsoleItems } from '../catalogue-console/use-items';
import { useProcessDefinitions } from './use-process';

function ProcessStatus({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const versions = useProcessDefinitions(itemId);
  if (!versions.data) return <Typography.Text type="secondary">{t('processConsole.list.loading')}</Typography.Text>;
  const published = versions.data.find((v) => v.status === 'published');
  const draft = versions.data.find((v) => v.status === 'draft');
  return (
    <Flex gap={4} wrap>
      {published ? (
        <StatusTag tone="ok">{t('processConsole.list.published', { version: published.versionNo })}</StatusTag>
      ) : (
        <StatusTag tone="neutral">{t('processConsole.list.notPublished')}</StatusTag>
      )}
      {draft && <StatusTag tone="warn">{t('processConsole.list.draft', { version: draft.versionNo })}</StatusTag>}
    </Flex>
  );
}

export function ProcessListPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const pageSize = 20;
  const items = useConsoleItems({ ...(q ? { q } : {}), limit: pageSize, offset: (page - 1) * pageSize });
  const designLink = (item: ConsoleItem) => `/console/process/items/${item.id}`;

  return (
    <>
      <PageTitle title={t('processConsole.title')} />
      <Typography.Paragraph type="secondary">{t('processConsole.intro')}</Typography.Paragraph>
      <Input.Search
        allowClear
        aria-label={t('processConsole.list.search')}
        placeholder={t('processConsole.list.search')}
        onSearch={(value) => {
          setQ(value.trim());
          setPage(1);
        }}
        style={{ maxWidth: 420, marginBottom: 16 }}
      />
      {items.isError ? (
        <QueryError error={items.error} onRetry={() => void items.refetch()} />
      ) : (
        <Table<ConsoleItem>
          rowKey="id"
          loading={items.isFetching}
          dataSource={items.data?.items}
          aria-label={t('processConsole.title')}
          pagination={{
            current: page,
            pageSize,
            total: items.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => t('common.total', { total }),
            onChange: setPage,
          }}
          columns={[
            {
              title: t('processConsole.list.item'),
              dataIndex: 'name',
              render: (name: string, item) => (
                <Flex vertical>
                  <Link to={designLink(item)}>{name || item.implementationCode}</Link>
                  <Typography.Text type="secondary">{item.implementationCode}</Typography.Text>
                </Flex>
              ),
            },
            { title: t('processConsole.list.department'), dataIndex: 'departmentName', responsive: ['md'] },
            { title: t('processConsole.list.process'), key: 'process', render: (_, item) => <ProcessStatus itemId={item.id} /> },
            {
              title: t('common.actions'),
              key: 'actions',
              responsive: ['sm'],
              render: (_, item) => (
                <LinkButton size="small" icon={<BranchesOutlined aria-hidden />} to={designLink(item)}>
                  {t('processConsole.list.design')}
                </LinkButton>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
