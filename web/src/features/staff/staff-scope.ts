/**
 * What the current manager may do with staff, mirroring the server's policy: administrators manage
 * everyone with any role; department heads manage their own department and cannot grant
 * 系统管理员 or 效能监察.
 */
import type { DepartmentRef, StaffRole } from '../../api/types';
import { STAFF_ROLES } from '../../api/types';
import { isAdmin } from '../auth/permissions';
import { useSession } from '../auth/use-session';
import { useDepartments } from '../departments/use-departments';

const HEAD_GRANTABLE: readonly StaffRole[] = ['window_clerk', 'reviewer', 'department_head', 'hotline_operator', 'catalogue_editor'];

export interface StaffScope {
  admin: boolean;
  grantableRoles: readonly StaffRole[];
  /** departments the manager may pick; a department head only has their own */
  departments: DepartmentRef[];
  ownDepartment: DepartmentRef | null;
}

export function useStaffScope(): StaffScope {
  const { data: session } = useSession();
  const admin = isAdmin(session?.account);
  const all = useDepartments({ enabled: admin });
  const ownDepartment = session?.account?.department ?? null;
  return {
    admin,
    grantableRoles: admin ? STAFF_ROLES : HEAD_GRANTABLE,
    departments: admin ? (all.data?.items ?? []) : ownDepartment ? [ownDepartment] : [],
    ownDepartment,
  };
}
