/** The drawer form of a gateway: exclusive (branches with FEEL conditions, otherwise) or parallel (join rule). */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExclusiveNode, JoinPolicy, ParallelNode, ProcessDefinition } from '@onewindow/common/process';
import { insertNode, removeNode, replaceNode } from './definition-tree';
import { addBranch, createNode, removeBranch } from './node-factory';

interface Props<N> {
  node: N;
  definition: ProcessDefinition;
  onDefinition(next: ProcessDefinition): void;
}

export function GatewayForm(props: Props<ExclusiveNode | ParallelNode>) {
  const { t } = useTranslation();
  const { node, definition, onDefinition } = props;
  return (
    <Form layout="vertical" component="div">
      <Form.Item label={t('processConsole.form.name')} htmlFor="pd-gateway-name">
        <Input
          id="pd-gateway-name"
          value={node.name}
          maxLength={100}
          onChange={(e) => onDefinition(replaceNode(definition, node.id, { ...node, name: e.target.value }))}
        />
      </Form.Item>
      {node.type === 'exclusive' ? <ExclusiveFields {...props} node={node} /> : <ParallelFields {...props} node={node} />}
      <Button
        icon={<PlusOutlined aria-hidden />}
        disabled={node.branches.length >= 20}
        onClick={() => onDefinition(addBranch(definition, node.id))}
      >
        {t('processConsole.form.addBranch')}
      </Button>
    </Form>
  );
}

function RemoveBranch(props: {
  gateway: ExclusiveNode | ParallelNode;
  index: number;
  definition: ProcessDefinition;
  onDefinition(d: ProcessDefinition): void;
}) {
  const { t } = useTranslation();
  return (
    <Button
      danger
      icon={<DeleteOutlined aria-hidden />}
      disabled={props.gateway.branches.length <= 1}
      onClick={() => props.onDefinition(removeBranch(props.definition, props.gateway.id, props.index))}
    >
      {t('processConsole.form.removeBranch', { n: props.index + 1 })}
    </Button>
  );
}

function ExclusiveFields({ node, definition, onDefinition }: Props<ExclusiveNode>) {
  const { t } = useTranslation();
  const setBranch = (i: number, patch: Partial<ExclusiveNode['branches'][number]>) =>
    onDefinition(replaceNode(definition, node.id, { ...node, branches: node.branches.map((b, j) => (j === i ? { ...b, ...patch } : b)) }));
  return (
    <fieldset className="pd-fieldset">
      <legend>{t('processConsole.form.branches')}</legend>
      {node.branches.map((branch, i) => (
        <div className="pd-subform" key={branch.id}>
          <Form.Item label={t('processConsole.form.branchName')} htmlFor={`pd-branch-${i}-name`}>
            <Input
              id={`pd-branch-${i}-name`}
              value={branch.name}
              maxLength={100}
              onChange={(e) => setBranch(i, { name: e.target.value })}
            />
          </Form.Item>
          <Form.Item
            label={t('processConsole.form.condition')}
            htmlFor={`pd-branch-${i}-condition`}
            extra={t('processConsole.form.conditionHint')}
          >
            <Input
              id={`pd-branch-${i}-condition`}
              className="pd-code"
              value={branch.condition}
              maxLength={500}
              onChange={(e) => setBranch(i, { condition: e.target.value })}
            />
          </Form.Item>
          <RemoveBranch gateway={node} index={i} definition={definition} onDefinition={onDefinition} />
        </div>
      ))}
      <Flex gap="small" wrap style={{ marginBottom: 12 }}>
        {node.otherwise ? (
          <Button danger onClick={() => onDefinition(removeNode(definition, node.otherwise!.id))}>
            {t('processConsole.designer.removeOtherwise')}
          </Button>
        ) : (
          <Button onClick={() => onDefinition(insertNode(definition, { otherwiseOf: node.id }, createNode(definition, 'task')))}>
            {t('processConsole.designer.addOtherwise')}
          </Button>
        )}
      </Flex>
    </fieldset>
  );
}

function ParallelFields({ node, definition, onDefinition }: Props<ParallelNode>) {
  const { t } = useTranslation();
  const set = (patch: Partial<ParallelNode>) => onDefinition(replaceNode(definition, node.id, { ...node, ...patch }));
  const setPolicy = (policy: JoinPolicy) => set({ join: policy === 'ratio' ? { policy, ratio: node.join.ratio ?? 0.5 } : { policy } });
  return (
    <>
      <Form.Item label={t('processConsole.form.joinPolicy')}>
        <Radio.Group
          value={node.join.policy}
          onChange={(e) => setPolicy(e.target.value as JoinPolicy)}
          aria-label={t('processConsole.form.joinPolicy')}
          options={[
            { value: 'all', label: t('processConsole.diagram.joinAll') },
            { value: 'any', label: t('processConsole.diagram.joinAny') },
            { value: 'ratio', label: t('processConsole.diagram.joinRatio', { percent: Math.round((node.join.ratio ?? 0.5) * 100) }) },
          ]}
        />
      </Form.Item>
      {node.join.policy === 'ratio' && (
        <Form.Item label={t('processConsole.form.ratio')} htmlFor="pd-parallel-ratio">
          <InputNumber
            id="pd-parallel-ratio"
            min={0.01}
            max={1}
            step={0.1}
            value={node.join.ratio}
            onChange={(v) => set({ join: { policy: 'ratio', ratio: typeof v === 'number' ? v : 0.5 } })}
          />
        </Form.Item>
      )}
      <Form.Item label={t('processConsole.form.resultVariable')} htmlFor="pd-parallel-variable">
        <Input
          id="pd-parallel-variable"
          className="pd-code"
          value={node.resultVariable}
          maxLength={64}
          onChange={(e) => set({ resultVariable: e.target.value })}
        />
      </Form.Item>
      <fieldset className="pd-fieldset">
        <legend>{t('processConsole.form.branches')}</legend>
        {node.branches.map((branch, i) => (
          <Flex key={branch.id} justify="space-between" align="center" gap="small" wrap className="pd-subform">
            <span>
              {t('processConsole.diagram.branch', { n: i + 1 })}：{'name' in branch ? branch.name : branch.id}
            </span>
            <RemoveBranch gateway={node} index={i} definition={definition} onDefinition={onDefinition} />
          </Flex>
        ))}
      </fieldset>
    </>
  );
}
