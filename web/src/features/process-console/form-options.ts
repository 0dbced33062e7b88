/** Option lists shared by the node forms: roles, departments (owner first), phases, action kinds. */
import { useTranslation } from 'react-i18next';
import { useRoleLabel } from '../../components/use-labels';
import { useDepartments } from '../departments/use-departments';
import { ACTION_KINDS, PHASES, PROCESS_ROLES, type DepartmentRef } from './definition-types';

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
