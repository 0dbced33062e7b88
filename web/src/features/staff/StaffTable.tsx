/** The staff list with its row actions: 编辑, 重置密码, 重置动态口令. */
import { App, Button, Popconfirm, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Paged, StaffMember } from '../../api/types';
import { RoleTags } from '../../components/RoleTags';
import { StatusTag } from '../../components/StatusTag';
import { useShowError } from '../../components/use-show-error';
import { useResetStaffTotp } from './use-reset-staff-credentials';
import { emptyText } from '../../components/empty-text';

interface Props {
  data: Paged<StaffMember> | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
  onEdit: (member: StaffMember) => void;
  onResetPassword: (member: StaffMember) => void;
}

export function StaffTable({ data, loading, page, pageSize, onPage, onEdit, onResetPassword }: Props) {
  const { t } = useTranslation();
  const resetTotp = useResetStaffTotp();
  const showError = useShowError();
  const { message } = App.useApp();

  return (
    <Table<StaffMember>
      rowKey="id"
      loading={loading}
      dataSource={data?.items}
      locale={emptyText(t('staff.empty'))}
      scroll={{ x: 'max-content' }}
      pagination={{
        current: page,
        pageSize,
        total: data?.total ?? 0,
        showTotal: (total) => t('common.total', { total }),
        onChange: onPage,
      }}
      columns={[
        { title: t('staff.username'), dataIndex: 'username' },
        { title: t('staff.name'), dataIndex: 'name' },
        { title: t('staff.department'), dataIndex: ['department', 'name'] },
        { title: t('staff.roles'), dataIndex: 'roles', render: (roles: string[]) => <RoleTags roles={roles} /> },
        {
          title: t('staff.status'),
          dataIndex: 'status',
          render: (s: StaffMember['status']) => <StatusTag tone={s === 'active' ? 'ok' : 'bad'}>{t(`staff.${s}`)}</StatusTag>,
        },
        { title: t('staff.mobile'), dataIndex: 'mobileMasked' },
        {
          title: t('staff.mfa'),
          dataIndex: 'mfaEnrolled',
          render: (enrolled: boolean) => (enrolled ? t('staff.mfaEnrolled') : t('staff.mfaNotEnrolled')),
        },
        {
          title: t('common.actions'),
          key: 'actions',
          render: (_: unknown, m) => (
            <Space size={0} wrap>
              <Button type="link" onClick={() => onEdit(m)} aria-label={`${t('common.edit')} ${m.name}`}>
                {t('common.edit')}
              </Button>
              <Button type="link" onClick={() => onResetPassword(m)} aria-label={`${t('staff.resetPassword')} ${m.name}`}>
                {t('staff.resetPassword')}
              </Button>
              <Popconfirm
                title={t('staff.resetTotp')}
                description={t('staff.resetTotpConfirm', { name: m.name })}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={() =>
                  resetTotp.mutateAsync(m.id).then(
                    () => void message.success(t('staff.totpReset')),
                    (e: unknown) => showError(e),
                  )
                }
              >
                <Button type="link" aria-label={`${t('staff.resetTotp')} ${m.name}`}>
                  {t('staff.resetTotp')}
                </Button>
              </Popconfirm>
            </Space>
          ),
        },
      ]}
    />
  );
}
