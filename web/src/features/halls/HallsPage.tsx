/** 大厅与窗口 (administrators): halls list with create/edit; each hall opens its windows. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Hall } from '../../api/types';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { useDivisionName } from '../divisions/use-divisions';
import { HallFormModal } from './HallFormModal';
import { useHalls } from './use-halls';
import { emptyText } from '../../components/empty-text';

type Editing = { mode: 'create' } | { mode: 'edit'; hall: Hall } | null;

export function HallsPage() {
  const { t } = useTranslation();
  const halls = useHalls();
  const divisionName = useDivisionName();
  const [editing, setEditing] = useState<Editing>(null);

  return (
    <>
      <PageTitle
        title={t('halls.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({ mode: 'create' })}>
            {t('halls.create')}
          </Button>
        }
      />
      {halls.isError ? (
        <QueryError error={halls.error} onRetry={() => void halls.refetch()} />
      ) : (
        <Table<Hall>
          rowKey="id"
          loading={halls.isPending}
          dataSource={halls.data?.items}
          locale={emptyText(t('halls.empty'))}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('halls.name'), dataIndex: 'name', render: (name: string, h) => <Link to={`/console/halls/${h.id}`}>{name}</Link> },
            { title: t('halls.division'), dataIndex: 'divisionCode', render: (code: string) => divisionName(code) },
            { title: t('halls.address'), dataIndex: 'address' },
            { title: t('halls.openingHours'), dataIndex: 'openingHours' },
            { title: t('halls.phone'), dataIndex: 'phone' },
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_: unknown, h) => (
                <Space size={0} wrap>
                  <Button type="link" onClick={() => setEditing({ mode: 'edit', hall: h })} aria-label={`${t('common.edit')} ${h.name}`}>
                    {t('common.edit')}
                  </Button>
                  <Link to={`/console/halls/${h.id}`} aria-label={`${t('halls.manageWindows')} ${h.name}`}>
                    {t('halls.manageWindows')}
                  </Link>
                </Space>
              ),
            },
          ]}
        />
      )}
      {editing && <HallFormModal hall={editing.mode === 'edit' ? editing.hall : undefined} onClose={() => setEditing(null)} />}
    </>
  );
}
