/** 工作人员: administrators see everyone, department heads their own department (the server enforces it). */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../api/types';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { CreateStaffModal } from './CreateStaffModal';
import { EditStaffModal } from './EditStaffModal';
import { ResetPasswordModal } from './ResetPasswordModal';
import { useStaffScope } from './staff-scope';
import { StaffTable } from './StaffTable';
import { useStaffList } from './use-staff';

type Dialog = { kind: 'create' } | { kind: 'edit'; member: StaffMember } | { kind: 'password'; member: StaffMember } | null;

export function StaffPage() {
  const { t } = useTranslation();
  const scope = useStaffScope();
  const [departmentId, setDepartmentId] = useState<string | undefined>();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [dialog, setDialog] = useState<Dialog>(null);
  const staff = useStaffList({
    ...(departmentId ? { departmentId } : {}),
    ...(q ? { q } : {}),
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });

  return (
    <>
      <PageTitle
        title={t('staff.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDialog({ kind: 'create' })}>
            {t('staff.create')}
          </Button>
        }
      />
      {!scope.admin && scope.ownDepartment && (
        <Alert type="info" showIcon className="section" title={t('staff.ownDepartmentOnly', { department: scope.ownDepartment.name })} />
      )}
      <Flex gap="middle" wrap className="filters">
        {scope.admin && (
          <Select
            aria-label={t('staff.departmentFilterLabel')}
            className="filters__select"
            allowClear
            placeholder={t('staff.allDepartments')}
            value={departmentId}
            onChange={(value?: string) => {
              setDepartmentId(value);
              setPage(1);
            }}
            options={scope.departments.map((d) => ({ value: d.id, label: d.name }))}
            showSearch={{ optionFilterProp: 'label' }}
          />
        )}
        <Input.Search
          aria-label={t('staff.searchLabel')}
          className="filters__search"
          placeholder={t('staff.searchPlaceholder')}
          allowClear
          maxLength={50}
          enterButton={t('common.search')}
          onSearch={(value) => {
            setQ(value.trim());
            setPage(1);
          }}
        />
      </Flex>
      {staff.isError ? (
        <QueryError error={staff.error} onRetry={() => void staff.refetch()} />
      ) : (
        <StaffTable
          data={staff.data}
          loading={staff.isFetching}
          page={page}
          pageSize={pageSize}
          onPage={(p, size) => {
            setPage(size === pageSize ? p : 1);
            setPageSize(size);
          }}
          onEdit={(member) => setDialog({ kind: 'edit', member })}
          onResetPassword={(member) => setDialog({ kind: 'password', member })}
        />
      )}
      {dialog?.kind === 'create' && <CreateStaffModal scope={scope} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <EditStaffModal member={dialog.member} scope={scope} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'password' && <ResetPasswordModal member={dialog.member} onClose={() => setDialog(null)} />}
    </>
  );
}
