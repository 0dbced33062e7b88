/** Who may manage which staff: administrators everyone; department heads their own department, without granting cross-department roles. */
import { DomainError } from '../../errors.js';
import { departmentScope, inScope, type Principal, type StaffRole } from '../identity/principal.js';

const HEAD_GRANTABLE: readonly StaffRole[] = ['window_clerk', 'reviewer', 'department_head', 'hotline_operator', 'catalogue_editor'];

export function assertCanManageStaff(p: Principal, departmentId: string, roles?: readonly StaffRole[]) {
  const isAdmin = p.roles.includes('admin');
  if (!isAdmin && !p.roles.includes('department_head')) throw new DomainError('FORBIDDEN');
  if (!isAdmin && !inScope(departmentScope(p), departmentId)) throw new DomainError('OUT_OF_SCOPE');
  if (!isAdmin && roles?.some((r) => !HEAD_GRANTABLE.includes(r))) {
    throw new DomainError('FORBIDDEN', '部门负责人不能授予系统管理员或效能监察角色');
  }
}
