/** The side drawer editing the selected node: move up/down, delete, and the node's own form. */
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Flex, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProcessDefinition, ProcessNode } from '@onewindow/common/process';
import { canMove, canRemove, findNode, moveNode, removeNode, replaceNode } from './definition-tree';
import { GatewayForm } from './GatewayForm';
import { AutomaticForm, CopyToForm } from './StepForms';
import { TaskForm } from './TaskForm';
import type { DefinitionProblem } from './use-process';

interface Props {
  definition: ProcessDefinition;
  selectedId: string | null;
  problems: DefinitionProblem[];
  onChange(next: ProcessDefinition): void;
  onClose(): void;
}

export function NodeDrawer({ definition, selectedId, problems, onChange, onClose }: Props) {
  const { t } = useTranslation();
  const node = selectedId ? findNode(definition, selectedId) : null;
  const open = !!node && node.type !== 'sequence';
  const name = node && 'name' in node ? node.name : '';
  const set = (next: ProcessNode) => onChange(replaceNode(definition, next.id, next));
  const width = typeof window === 'undefined' ? 520 : Math.min(520, window.innerWidth);

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={width}
      title={t('processConsole.designer.editNode', { name })}
      destroyOnHidden
      rootClassName="pd-drawer"
      // keyboard users land in the form (a node added from the "+" menu opens the drawer too)
      afterOpenChange={(isOpen) => {
        if (isOpen) document.querySelector<HTMLElement>('.pd-drawer .ant-drawer-body input')?.focus();
      }}
      footer={
        node && (
          <Flex gap="small" wrap>
            <Button
              icon={<ArrowUpOutlined aria-hidden />}
              disabled={!canMove(definition, node.id, -1)}
              onClick={() => onChange(moveNode(definition, node.id, -1))}
            >
              {t('processConsole.designer.moveUp')}
            </Button>
            <Button
              icon={<ArrowDownOutlined aria-hidden />}
              disabled={!canMove(definition, node.id, 1)}
              onClick={() => onChange(moveNode(definition, node.id, 1))}
            >
              {t('processConsole.designer.moveDown')}
            </Button>
            {canRemove(definition, node.id) ? (
              <Popconfirm
                title={t('processConsole.designer.removeConfirm', { name })}
                okText={t('common.delete')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={() => {
                  onClose();
                  onChange(removeNode(definition, node.id));
                }}
              >
                <Button danger icon={<DeleteOutlined aria-hidden />}>
                  {t('processConsole.designer.remove')}
                </Button>
              </Popconfirm>
            ) : (
              <Button danger icon={<DeleteOutlined aria-hidden />} disabled title={t('processConsole.designer.cannotRemove')}>
                {t('processConsole.designer.remove')}
              </Button>
            )}
          </Flex>
        )
      }
    >
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            <ul className="pd-problem-list">
              {problems.map((p, i) => (
                <li key={i}>{p.message}</li>
              ))}
            </ul>
          }
        />
      )}
      {node?.type === 'task' && <TaskForm node={node} definition={definition} onChange={set} />}
      {(node?.type === 'exclusive' || node?.type === 'parallel') && (
        <GatewayForm node={node} definition={definition} onDefinition={onChange} />
      )}
      {node?.type === 'automatic' && <AutomaticForm node={node} onChange={set} />}
      {node?.type === 'copy_to' && <CopyToForm node={node} onChange={set} />}
    </Drawer>
  );
}
