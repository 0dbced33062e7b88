/** The drawer form of a task: name, phase, role, departments, time limit and its action buttons. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActionKind, ProcessDefinition, TaskAction, TaskNode } from '@onewindow/common/process';
import { tasksOf } from './definition-tree';
import { refsToValues, useFormOptions, valuesToRefs } from './form-options';

const DEFAULT_LABELS: Record<ActionKind, string> = {
  accept: '受理',
  refuse: '不予受理',
  pass: '通过',
  reject: '不同意',
  return: '退回',
  grant: '准予许可',
  deny: '不予许可',
  complete: '办结',
};

function freeKey(actions: TaskAction[], kind: ActionKind): string {
  const keys = new Set(actions.map((a) => a.key));
  if (!keys.has(kind)) return kind;
  for (let n = 2; ; n++) if (!keys.has(`${kind}_${n}`)) return `${kind}_${n}`;
}

export function TaskForm(props: { node: TaskNode; definition: ProcessDefinition; onChange(node: TaskNode): void }) {
  const { t } = useTranslation();
  const { node, onChange } = props;
  const options = useFormOptions();
  const targets = tasksOf(props.definition)
    .filter((task) => task.id !== node.id)
    .map((task) => ({ value: task.id, label: task.name }));
  const set = (patch: Partial<TaskNode>) => onChange({ ...node, ...patch });
  const setAction = (i: number, action: TaskAction) => set({ actions: node.actions.map((a, j) => (j === i ? action : a)) });
  const changeKind = (i: number, kind: ActionKind) => {
    const { target: _target, ...rest } = node.actions[i]!;
    setAction(i, {
      ...rest,
      kind,
      label: DEFAULT_LABELS[kind],
      key: freeKey(
        node.actions.filter((_, j) => j !== i),
        kind,
      ),
    });
  };

  return (
    <Form layout="vertical" component="div">
      <Form.Item label={t('processConsole.form.name')} htmlFor="pd-task-name">
        <Input id="pd-task-name" value={node.name} maxLength={100} onChange={(e) => set({ name: e.target.value })} />
      </Form.Item>
      <Form.Item label={t('processConsole.form.phase')} htmlFor="pd-task-phase">
        <Select id="pd-task-phase" value={node.phase} options={options.phases} onChange={(phase) => set({ phase })} />
      </Form.Item>
      <Form.Item label={t('processConsole.form.role')} htmlFor="pd-task-role">
        <Select id="pd-task-role" value={node.role} options={options.roles} onChange={(role: string) => set({ role })} />
      </Form.Item>
      <Form.Item
        label={t('processConsole.form.departments')}
        htmlFor="pd-task-departments"
        extra={t('processConsole.form.departmentsHint')}
      >
        <Select
          id="pd-task-departments"
          mode="multiple"
          value={refsToValues(node.departments)}
          options={options.departments}
          optionFilterProp="label"
          onChange={(values: string[]) => set({ departments: valuesToRefs(values) })}
        />
      </Form.Item>
      <Form.Item label={t('processConsole.form.limitDays')} htmlFor="pd-task-limit">
        <InputNumber
          id="pd-task-limit"
          min={0}
          max={999}
          precision={0}
          value={node.limitDays}
          onChange={(v) => set({ limitDays: typeof v === 'number' ? v : 0 })}
        />
      </Form.Item>
      <fieldset className="pd-fieldset">
        <legend>{t('processConsole.form.actions')}</legend>
        {node.actions.map((action, i) => (
          <div className="pd-subform" key={i}>
            <Flex gap="small" wrap align="end">
              <Form.Item label={t('processConsole.form.actionKind')} htmlFor={`pd-action-${i}-kind`} className="pd-grow">
                <Select
                  id={`pd-action-${i}-kind`}
                  value={action.kind}
                  options={options.actionKinds}
                  onChange={(kind: ActionKind) => changeKind(i, kind)}
                />
              </Form.Item>
              <Form.Item label={t('processConsole.form.actionLabel')} htmlFor={`pd-action-${i}-label`} className="pd-grow">
                <Input
                  id={`pd-action-${i}-label`}
                  value={action.label}
                  maxLength={100}
                  onChange={(e) => setAction(i, { ...action, label: e.target.value })}
                />
              </Form.Item>
            </Flex>
            {action.kind === 'return' && (
              <Form.Item label={t('processConsole.form.target')} htmlFor={`pd-action-${i}-target`}>
                <Select
                  id={`pd-action-${i}-target`}
                  allowClear
                  value={action.target}
                  options={targets}
                  onChange={(target?: string) => {
                    const { target: _old, ...rest } = action;
                    setAction(i, target ? { ...rest, target } : rest);
                  }}
                />
              </Form.Item>
            )}
            <Flex justify="space-between" align="center" wrap gap="small">
              <Checkbox checked={action.opinionRequired} onChange={(e) => setAction(i, { ...action, opinionRequired: e.target.checked })}>
                {t('processConsole.form.opinionRequired')}
              </Checkbox>
              <Button
                danger
                icon={<DeleteOutlined aria-hidden />}
                disabled={node.actions.length <= 1}
                onClick={() => set({ actions: node.actions.filter((_, j) => j !== i) })}
              >
                {t('processConsole.form.removeAction', { n: i + 1 })}
              </Button>
            </Flex>
          </div>
        ))}
        <Button
          icon={<PlusOutlined aria-hidden />}
          disabled={node.actions.length >= 10}
          onClick={() =>
            set({ actions: [...node.actions, { key: freeKey(node.actions, 'pass'), kind: 'pass', label: '通过', opinionRequired: false }] })
          }
        >
          {t('processConsole.form.addAction')}
        </Button>
      </fieldset>
    </Form>
  );
}
