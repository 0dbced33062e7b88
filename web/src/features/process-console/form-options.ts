/** Option lists shared by the node forms: roles, departments (owner first), phases, action kinds. */
import { useTranslation } from 'react-i18next';
import { ACTION_KINDS, PHASES, type DepartmentRef } from '@onewindow/common/process';
import { useRoleLabel } from '../../components/use-labels';
import { useDepartments } from '../departments/use-departments';

/** Staff roles a task or copy-to may name (server: STAFF_ROLES in identity/principal.ts). */
export const PROCESS_ROLES = ['window_clerk', 'reviewer', 'department_head', 'supervisor', 'admin'] as const;

export const OWNER = 'owner';

export const refsToValues = (refs: DepartmentRef[]) => refs.map((d) => (d.kind === 'owner' ? OWNER : d.departmentId));
export const valuesToRefs = (values: string[]): DepartmentRef[] =>
  values.map((v) => (v === OWNER ? { kind: 'owner' } : { kind: 'department', departmentId: v }));

export function useFormOptions() {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const departments = useDepartments();
  return {
    roles: PROCESS_ROLES.map((r) => ({ value: r, label: roleLabel(r) })),
    departments: [
      { value: OWNER, label: t('processConsole.form.ownerOption') },
      ...(departments.data?.items ?? []).map((d) => ({ value: d.id, label: d.name })),
    ],
    phases: PHASES.map((p) => ({ value: p, label: t(`processConsole.phase.${p}`) })),
    actionKinds: ACTION_KINDS.map((k) => ({ value: k, label: t(`processConsole.actionKind.${k}`) })),
  };
}
