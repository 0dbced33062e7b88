/** The drawer forms of the simple steps: automatic (compute or notify) and copy-to (抄送). */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AutomaticNode, CopyToNode } from '@onewindow/common/process';
import { refsToValues, useFormOptions, valuesToRefs } from './form-options';

export function AutomaticForm({ node, onChange }: { node: AutomaticNode; onChange(node: AutomaticNode): void }) {
  const { t } = useTranslation();
  const op = node.operation;
  const assignments = op.kind === 'compute' ? op.assignments : [];
  const setAssignments = (list: typeof assignments) => onChange({ ...node, operation: { kind: 'compute', assignments: list } });
  return (
    <Form layout="vertical" component="div">
      <Form.Item label={t('processConsole.form.name')} htmlFor="pd-auto-name">
        <Input id="pd-auto-name" value={node.name} maxLength={100} onChange={(e) => onChange({ ...node, name: e.target.value })} />
      </Form.Item>
      <Form.Item label={t('processConsole.form.operation')}>
        <Radio.Group
          aria-label={t('processConsole.form.operation')}
          value={op.kind}
          onChange={(e) =>
            onChange({
              ...node,
              operation:
                e.target.value === 'compute'
                  ? { kind: 'compute', assignments: [{ variable: 'result', expression: 'true' }] }
                  : { kind: 'notify', template: 'progress', to: 'applicant' },
            })
          }
          options={[
            { value: 'notify', label: t('processConsole.form.notify') },
            { value: 'compute', label: t('processConsole.form.compute') },
          ]}
        />
      </Form.Item>
      {op.kind === 'notify' ? (
        <>
          <Form.Item label={t('processConsole.form.template')} htmlFor="pd-auto-template">
            <Input
              id="pd-auto-template"
              value={op.template}
              maxLength={100}
              onChange={(e) => onChange({ ...node, operation: { ...op, template: e.target.value } })}
            />
          </Form.Item>
          <Form.Item label={t('processConsole.form.notifyTo')} htmlFor="pd-auto-to">
            <Select
              id="pd-auto-to"
              value={op.to}
              onChange={(to: 'applicant' | 'handlers') => onChange({ ...node, operation: { ...op, to } })}
              options={[
                { value: 'applicant', label: t('processConsole.diagram.notifyApplicant') },
                { value: 'handlers', label: t('processConsole.diagram.notifyHandlers') },
              ]}
            />
          </Form.Item>
        </>
      ) : (
        <fieldset className="pd-fieldset">
          <legend>{t('processConsole.form.compute')}</legend>
          {assignments.map((a, i) => (
            <div className="pd-subform" key={i}>
              <Form.Item label={t('processConsole.form.variable')} htmlFor={`pd-assign-${i}-variable`}>
                <Input
                  id={`pd-assign-${i}-variable`}
                  className="pd-code"
                  value={a.variable}
                  onChange={(e) => setAssignments(assignments.map((x, j) => (j === i ? { ...x, variable: e.target.value } : x)))}
                />
              </Form.Item>
              <Form.Item label={t('processConsole.form.expression')} htmlFor={`pd-assign-${i}-expression`}>
                <Input
                  id={`pd-assign-${i}-expression`}
                  className="pd-code"
                  value={a.expression}
                  onChange={(e) => setAssignments(assignments.map((x, j) => (j === i ? { ...x, expression: e.target.value } : x)))}
                />
              </Form.Item>
              <Button
                danger
                icon={<DeleteOutlined aria-hidden />}
                disabled={assignments.length <= 1}
                onClick={() => setAssignments(assignments.filter((_, j) => j !== i))}
              >
                {t('common.delete')}
              </Button>
            </div>
          ))}
          <Button
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setAssignments([...assignments, { variable: `result_${assignments.length + 1}`, expression: 'true' }])}
          >
            {t('processConsole.form.addAssignment')}
          </Button>
        </fieldset>
      )}
    </Form>
  );
}

export function CopyToForm({ node, onChange }: { node: CopyToNode; onChange(node: CopyToNode): void }) {
  const { t } = useTranslation();
  const options = useFormOptions();
  return (
    <Form layout="vertical" component="div">
      <Form.Item label={t('processConsole.form.name')} htmlFor="pd-copy-name">
        <Input id="pd-copy-name" value={node.name} maxLength={100} onChange={(e) => onChange({ ...node, name: e.target.value })} />
      </Form.Item>
      <Form.Item label={t('processConsole.form.roles')} htmlFor="pd-copy-roles">
        <Select
          id="pd-copy-roles"
          mode="multiple"
          value={node.roles}
          options={options.roles}
          onChange={(roles: string[]) => onChange({ ...node, roles })}
        />
      </Form.Item>
      <Form.Item label={t('processConsole.form.copyDepartments')} htmlFor="pd-copy-departments">
        <Select
          id="pd-copy-departments"
          mode="multiple"
          optionFilterProp="label"
          value={refsToValues(node.departments)}
          options={options.departments}
          onChange={(values: string[]) => onChange({ ...node, departments: valuesToRefs(values) })}
        />
      </Form.Item>
      <Form.Item label={t('processConsole.form.note')} htmlFor="pd-copy-note">
        <Input.TextArea
          id="pd-copy-note"
          value={node.note}
          maxLength={500}
          autoSize={{ minRows: 2 }}
          onChange={(e) => onChange({ ...node, note: e.target.value })}
        />
      </Form.Item>
    </Form>
  );
}
