import { Space, Tag } from 'antd';
import { useRoleLabel } from './use-labels';

export function RoleTags({ roles }: { roles: readonly string[] }) {
  const roleLabel = useRoleLabel();
  return (
    <Space size={[4, 4]} wrap>
      {roles.map((role) => (
        <Tag key={role} color="blue">
          {roleLabel(role)}
        </Tag>
      ))}
    </Space>
  );
}
