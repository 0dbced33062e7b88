/** 部门管理 (administrators): list, create, edit. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../api/types';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { StatusTag } from '../../components/StatusTag';
import { useDivisionName } from '../divisions/use-divisions';
import { DepartmentFormModal } from './DepartmentFormModal';
import { useDepartments } from './use-departments';
import { emptyText } from '../../components/empty-text';

type Editing = { mode: 'create' } | { mode: 'edit'; department: Department } | null;

export function DepartmentsPage() {
  const { t } = useTranslation();
  const departments = useDepartments();
  const divisionName = useDivisionName();
  const [editing, setEditing] = useState<Editing>(null);

  return (
    <>
      <PageTitle
        title={t('departments.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({ mode: 'create' })}>
            {t('departments.create')}
          </Button>
        }
      />
      {departments.isError ? (
        <QueryError error={departments.error} onRetry={() => void departments.refetch()} />
      ) : (
        <Table<Department>
          rowKey="id"
          loading={departments.isPending}
          dataSource={departments.data?.items}
          locale={emptyText(t('departments.empty'))}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('departments.sortOrder'), dataIndex: 'sortOrder', width: 80 },
            { title: t('departments.name'), dataIndex: 'name' },
            { title: t('departments.shortName'), dataIndex: 'shortName' },
            { title: t('departments.uscc'), dataIndex: 'uscc' },
            { title: t('departments.division'), dataIndex: 'divisionCode', render: (code: string) => divisionName(code) },
            { title: t('departments.phone'), dataIndex: 'phone' },
            {
              title: t('departments.status'),
              dataIndex: 'status',
              render: (s: Department['status']) =>
                s === 'active' ? (
                  <StatusTag tone="ok">{t('departments.active')}</StatusTag>
                ) : (
                  <StatusTag tone="neutral">{t('departments.inactive')}</StatusTag>
                ),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_: unknown, d) => (
                <Button
                  type="link"
                  onClick={() => setEditing({ mode: 'edit', department: d })}
                  aria-label={`${t('common.edit')} ${d.name}`}
                >
                  {t('common.edit')}
                </Button>
              ),
            },
          ]}
        />
      )}
      {editing && (
        <DepartmentFormModal department={editing.mode === 'edit' ? editing.department : undefined} onClose={() => setEditing(null)} />
      )}
    </>
  );
}
