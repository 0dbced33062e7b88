/** 谁查看了我的数据: each time staff looked at this person's data, by whom, in which department, why. */
import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DataAccessEntry } from '../../api/types';
import { formatDateTime } from '../../components/format';
import { QueryError } from '../../components/QueryError';
import { TableRegion } from '../../components/TableRegion';
import { useAccessActionLabel } from '../../components/use-labels';
import { useDataAccess } from './use-data-access';
import { emptyText } from '../../components/empty-text';

export function DataAccessCard() {
  const { t, i18n } = useTranslation();
  const access = useDataAccess();
  const actionLabel = useAccessActionLabel();
  return (
    <Card title={<h2 className="card-title">{t('me.dataAccess')}</h2>}>
      <Typography.Paragraph type="secondary">{t('me.dataAccessIntro')}</Typography.Paragraph>
      {access.isError ? (
        <QueryError error={access.error} onRetry={() => void access.refetch()} />
      ) : access.data?.items.length === 0 ? (
        // Not an empty 640-px table: on a phone its centred message would sit outside the visible part.
        <Typography.Text type="secondary">{t('me.noDataAccess')}</Typography.Text>
      ) : (
        <TableRegion label={t('me.dataAccess')} minWidth={640}>
          <Table<DataAccessEntry>
            size="small"
            loading={access.isPending}
            dataSource={access.data?.items}
            rowKey={(row) => `${row.at}-${row.actorName}-${row.action}`}
            locale={emptyText(t('me.noDataAccess'))}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            columns={[
              { title: t('me.at'), dataIndex: 'at', render: (v: string) => formatDateTime(v, i18n.language) },
              { title: t('me.actor'), dataIndex: 'actorName' },
              { title: t('me.actorDepartment'), dataIndex: 'departmentName' },
              { title: t('me.action'), dataIndex: 'action', render: (a: string) => actionLabel(a) },
              { title: t('me.purpose'), dataIndex: 'purpose' },
            ]}
          />
        </TableRegion>
      )}
    </Card>
  );
}
