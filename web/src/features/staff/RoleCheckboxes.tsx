import { Checkbox } from 'antd';
import { STAFF_ROLES, type StaffRole } from '../../api/types';
import { useRoleLabel } from '../../components/use-labels';

interface Props {
  id?: string;
  value?: StaffRole[];
  onChange?: (value: StaffRole[]) => void;
  grantable: readonly StaffRole[];
  /** names the group for assistive technology (the Form.Item label cannot point at a group) */
  label: string;
}

/** The six staff roles as checkboxes; roles the manager may not grant are shown but disabled. */
export function RoleCheckboxes({ id, value, onChange, grantable, label }: Props) {
  const roleLabel = useRoleLabel();
  return (
    <div id={id} role="group" aria-label={label}>
      <Checkbox.Group<StaffRole>
        value={value}
        onChange={onChange}
        options={STAFF_ROLES.map((role) => ({ value: role, label: roleLabel(role), disabled: !grantable.includes(role) }))}
      />
    </div>
  );
}
