/**
 * /console/catalogue — 事项管理: the items in the account's scope, by status, department and keyword;
 * a row opens the item's history. Editors start new items; links to 一件事 and 导入导出.
 */
import { AppstoreOutlined, PlusOutlined, SwapOutlined } from '@ant-design/icons';
import { Flex, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { emptyText } from '../../components/empty-text';
import { formatDateTime } from '../../components/format';
import { LinkButton } from '../../components/LinkButton';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { ItemsFilters } from './ItemsFilters';
import type { ConsoleItem, ListStatus } from './types';
import { useCatalogueActor } from './use-catalogue-actor';
import { useConsoleItems } from './use-items';
import { VersionStatusTag } from './VersionStatusTag';
import './catalogue-console.css';

export function CatalogueItemsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { roles } = useCatalogueActor();
  const [status, setStatus] = useState<ListStatus | 'all'>('all');
  const [departmentId, setDepartmentId] = useState<string | undefined>();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const items = useConsoleItems({
    ...(status !== 'all' ? { status } : {}),
    ...(departmentId ? { departmentId } : {}),
    ...(q ? { q } : {}),
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  const reset =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPage(1);
    };

  return (
    <>
      <PageTitle
        title={t('catalogueConsole.title')}
        extra={
          <Flex gap="small" wrap>
            {roles.editor && (
              <LinkButton type="primary" icon={<PlusOutlined aria-hidden />} to="/console/catalogue/new">
                {t('catalogueConsole.items.create')}
              </LinkButton>
            )}
            <LinkButton icon={<AppstoreOutlined aria-hidden />} to="/console/catalogue/bundles">
              {t('catalogueConsole.bundles.title')}
            </LinkButton>
            <LinkButton icon={<SwapOutlined aria-hidden />} to="/console/catalogue/exchange">
              {t('catalogueConsole.exchange.title')}
            </LinkButton>
          </Flex>
        }
      />
      <ItemsFilters
        status={status}
        onStatus={reset(setStatus)}
        departmentId={departmentId}
        onDepartment={reset(setDepartmentId)}
        onSearch={reset(setQ)}
        showDepartments={roles.allDepartments}
        reviewer={roles.reviewer}
        publisher={roles.publisher}
      />
      {items.isError ? (
        <QueryError error={items.error} onRetry={() => void items.refetch()} />
      ) : (
        <Table<ConsoleItem>
          rowKey="id"
          loading={items.isFetching}
          dataSource={items.data?.items}
          locale={emptyText(t('catalogueConsole.items.empty'))}
          scroll={{ x: 'max-content' }}
          aria-label={t('catalogueConsole.items.tableLabel')}
          onRow={(item) => ({
            className: 'clickable-row',
            onClick: (event) => {
              if ((event.target as HTMLElement).closest('a, button')) return;
              navigate(`/console/catalogue/items/${item.id}`);
            },
          })}
          pagination={{
            current: page,
            pageSize,
            total: items.data?.total ?? 0,
            showTotal: (total) => t('common.total', { total }),
            onChange: (p, size) => {
              setPage(size === pageSize ? p : 1);
              setPageSize(size);
            },
          }}
          columns={[
            { title: t('catalogueConsole.items.code'), dataIndex: 'implementationCode' },
            {
              title: t('catalogueConsole.items.name'),
              dataIndex: 'name',
              render: (name: string, item) => <Link to={`/console/catalogue/items/${item.id}`}>{name || item.implementationCode}</Link>,
            },
            { title: t('catalogueConsole.items.department'), dataIndex: 'departmentName' },
            {
              title: t('catalogueConsole.items.published'),
              dataIndex: 'publishedVersionNo',
              render: (n: number | null) =>
                n === null ? <span className="muted-text">{t('catalogueConsole.item.notPublished')}</span> : `v${n}`,
            },
            {
              title: t('catalogueConsole.items.open'),
              dataIndex: 'openVersion',
              render: (open: ConsoleItem['openVersion']) =>
                open ? (
                  <Flex gap={4} align="center" wrap={false}>
                    <Link to={`/console/catalogue/versions/${open.id}`}>v{open.versionNo}</Link>
                    <VersionStatusTag status={open.status} />
                  </Flex>
                ) : (
                  '—'
                ),
            },
            { title: t('catalogueConsole.items.updated'), dataIndex: 'updatedAt', render: (v: string) => formatDateTime(v, i18n.language) },
          ]}
        />
      )}
    </>
  );
}
