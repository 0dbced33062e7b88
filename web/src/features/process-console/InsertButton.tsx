/** The "+" on a connector of the designer: a menu of the kinds of step that can be added there. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NewNodeType } from './node-factory';

const KINDS: { type: NewNodeType; key: 'addTask' | 'addExclusive' | 'addParallel' | 'addAutomatic' | 'addCopyTo' }[] = [
  { type: 'task', key: 'addTask' },
  { type: 'exclusive', key: 'addExclusive' },
  { type: 'parallel', key: 'addParallel' },
  { type: 'automatic', key: 'addAutomatic' },
  { type: 'copy_to', key: 'addCopyTo' },
];

export function InsertButton({ label, onInsert }: { label: string; onInsert(type: NewNodeType): void }) {
  const { t } = useTranslation();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: KINDS.map(({ type, key }) => ({ key: type, label: t(`processConsole.designer.${key}`) })),
        onClick: ({ key }) => onInsert(key as NewNodeType),
      }}
    >
      <Button
        shape="circle"
        size="small"
        type="primary"
        icon={<PlusOutlined aria-hidden />}
        aria-label={label}
        title={label}
        className="pd-insert"
      />
    </Dropdown>
  );
}
