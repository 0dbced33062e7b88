/** /console/halls/:hallId — the windows of one hall: create, edit, delete. */
import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { HallWindow } from '../../api/types';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { StatusTag } from '../../components/StatusTag';
import { NotFound } from '../../components/StatusPages';
import { useShowError } from '../../components/use-show-error';
import { useDepartments } from '../departments/use-departments';
import { useHalls } from './use-halls';
import { useDeleteWindow, useWindows } from './use-windows';
import { WindowFormModal } from './WindowFormModal';
import { emptyText } from '../../components/empty-text';

type Editing = { mode: 'create' } | { mode: 'edit'; hallWindow: HallWindow } | null;

export function HallWindowsPage() {
  const { t } = useTranslation();
  const hallId = useParams().hallId ?? '';
  const halls = useHalls();
  const windows = useWindows(hallId);
  const departments = useDepartments();
  const remove = useDeleteWindow(hallId);
  const showError = useShowError();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Editing>(null);
  const hall = halls.data?.items.find((h) => h.id === hallId);
  const departmentName = (id: string | null) => departments.data?.items.find((d) => d.id === id)?.name ?? id ?? '—';

  if (halls.data && !hall) return <NotFound home="/console/halls" />;

  return (
    <>
      <Link to="/console/halls" className="back-link">
        <ArrowLeftOutlined aria-hidden /> {t('windows.back')}
      </Link>
      <PageTitle
        title={t('windows.title', { hall: hall?.name ?? '' })}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({ mode: 'create' })}>
            {t('windows.create')}
          </Button>
        }
      />
      {windows.isError ? (
        <QueryError error={windows.error} onRetry={() => void windows.refetch()} />
      ) : (
        <Table<HallWindow>
          rowKey="id"
          loading={windows.isPending}
          dataSource={windows.data?.items}
          locale={emptyText(t('windows.empty'))}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('windows.number'), dataIndex: 'number' },
            { title: t('windows.name'), dataIndex: 'name' },
            { title: t('windows.kind'), dataIndex: 'kind', render: (k: HallWindow['kind']) => t(`windows.${k}`) },
            { title: t('windows.department'), dataIndex: 'departmentId', render: departmentName },
            {
              title: t('windows.status'),
              dataIndex: 'status',
              render: (s: HallWindow['status']) => <StatusTag tone={s === 'open' ? 'ok' : 'neutral'}>{t(`windows.${s}`)}</StatusTag>,
            },
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_: unknown, w) => (
                <Space size={0} wrap>
                  <Button
                    type="link"
                    onClick={() => setEditing({ mode: 'edit', hallWindow: w })}
                    aria-label={`${t('common.edit')} ${w.name}`}
                  >
                    {t('common.edit')}
                  </Button>
                  <Popconfirm
                    title={t('windows.deleteConfirm', { name: w.name })}
                    okText={t('common.delete')}
                    okButtonProps={{ danger: true }}
                    cancelText={t('common.cancel')}
                    onConfirm={() =>
                      remove.mutateAsync(w.id).then(
                        () => void message.success(t('common.deleted')),
                        (e: unknown) => showError(e),
                      )
                    }
                  >
                    <Button type="link" danger aria-label={`${t('common.delete')} ${w.name}`}>
                      {t('common.delete')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      )}
      {editing && (
        <WindowFormModal
          hallId={hallId}
          hallWindow={editing.mode === 'edit' ? editing.hallWindow : undefined}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  );
}
