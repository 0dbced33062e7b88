/** 审计日志 (administrators, supervisors): filterable, paged, with the chain verification. */
import { Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/types';
import { formatDateTime } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { AuditFilters, type AuditFilterValues } from './AuditFilters';
import { ChainVerify } from './ChainVerify';
import { useAuditLog } from './use-audit';
import { emptyText } from '../../components/empty-text';

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<AuditFilterValues>({});
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const audit = useAuditLog({ ...filters, limit: pageSize, offset: (page - 1) * pageSize });

  return (
    <>
      <PageTitle title={t('audit.title')} />
      <ChainVerify />
      <AuditFilters
        onApply={(values) => {
          setFilters(values);
          setPage(1);
        }}
      />
      {audit.isError ? (
        <QueryError error={audit.error} onRetry={() => void audit.refetch()} />
      ) : (
        <Table<AuditEntry>
          rowKey="id"
          size="small"
          loading={audit.isFetching}
          dataSource={audit.data?.items}
          locale={emptyText(t('audit.empty'))}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: page,
            pageSize,
            total: audit.data?.total ?? 0,
            showTotal: (total) => t('common.total', { total }),
            onChange: (p, size) => {
              setPage(size === pageSize ? p : 1);
              setPageSize(size);
            },
          }}
          expandable={{
            columnTitle: <span className="visually-hidden">{t('audit.detail')}</span>,
            rowExpandable: (row) => row.detail !== null && row.detail !== undefined,
            expandedRowRender: (row) => <pre className="audit-detail">{JSON.stringify(row.detail, null, 2)}</pre>,
          }}
          columns={[
            { title: t('audit.seq'), dataIndex: 'seq', render: (v: number | null) => v ?? t('audit.unsealed') },
            { title: t('audit.at'), dataIndex: 'at', render: (v: string) => formatDateTime(v, i18n.language) },
            { title: t('audit.actor'), dataIndex: 'actorLabel' },
            { title: t('audit.action'), dataIndex: 'action', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
            {
              title: t('audit.target'),
              key: 'target',
              render: (_: unknown, row) => (row.targetId ? `${row.targetType} · ${row.targetId}` : row.targetType),
            },
            { title: t('audit.requestId'), dataIndex: 'requestId' },
          ]}
        />
      )}
    </>
  );
}
