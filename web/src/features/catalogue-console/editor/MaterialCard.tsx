/** One 申请材料: every Material field, its files, what replaces it and when it applies. */
import { Form, Input, InputNumber, type FormRule } from 'antd';
import type { FormListFieldData } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MaterialCondition } from '../types';
import { useMaterialLabel } from '../use-field-label';
import { CodeSelect } from './CodeSelect';
import { ConditionsField } from './ConditionsField';
import { useEditorRules } from './editor-rules';
import { EntryCard } from './EntryCard';
import { FieldGrid } from './FieldGrid';
import { FileField } from './FileField';
import { ReplacedByField } from './ReplacedByField';
import { YesNoSwitch } from './YesNoSwitch';

interface Props {
  field: FormListFieldData;
  index: number;
  actions: (name: string) => ReactNode;
}

export function MaterialCard({ field, index, actions }: Props) {
  const { t } = useTranslation();
  const rules = useEditorRules();
  const materialName = (Form.useWatch(['materials', field.name, 'name']) as string | undefined)?.trim();
  const title = t('catalogueConsole.editor.materialN', { n: index + 1 }) + (materialName ? `：${materialName}` : '');
  const label = useMaterialLabel();
  const name = (key: string) => [field.name, key];
  const conditionsComplete: FormRule = {
    validator: async (_rule, value: MaterialCondition[] | undefined) => {
      if ((value ?? []).some((c) => !c.scenario || c.options.length === 0)) throw new Error(t('catalogueConsole.conditions.incomplete'));
    },
  };

  return (
    <EntryCard title={title} actions={actions(title)}>
      <FieldGrid>
        <Form.Item name={name('name')} label={label('name')} rules={[rules.required(label('name')), rules.max(200)]}>
          <Input />
        </Form.Item>
        <Form.Item
          name={name('key')}
          label={label('key')}
          extra={t('catalogueConsole.editor.keyHelp')}
          rules={[rules.required(label('key')), rules.key]}
        >
          <Input />
        </Form.Item>
        <Form.Item name={name('kind')} label={label('kind')} rules={[rules.chosen(label('kind'))]}>
          <CodeSelect list="material_kind" />
        </Form.Item>
        <Form.Item name={name('format')} label={label('format')} rules={[rules.chosen(label('format'))]}>
          <CodeSelect list="material_format" />
        </Form.Item>
        <Form.Item name={name('originalCopies')} label={label('originalCopies')} rules={[rules.chosen(label('originalCopies'))]}>
          <InputNumber min={0} max={99} precision={0} className="full-width" />
        </Form.Item>
        <Form.Item name={name('photocopyCopies')} label={label('photocopyCopies')} rules={[rules.chosen(label('photocopyCopies'))]}>
          <InputNumber min={0} max={99} precision={0} className="full-width" />
        </Form.Item>
        <Form.Item name={name('paperSpec')} label={label('paperSpec')} rules={[rules.max(50)]}>
          <Input placeholder="A4" />
        </Form.Item>
        <Form.Item name={name('required')} label={label('required')} valuePropName="checked">
          <YesNoSwitch />
        </Form.Item>
        <Form.Item name={name('sourceChannel')} label={label('sourceChannel')} rules={[rules.chosen(label('sourceChannel'))]}>
          <CodeSelect list="source_channel" />
        </Form.Item>
        <Form.Item
          name={name('issuedBy')}
          label={label('issuedBy')}
          extra={t('catalogueConsole.editor.issuedByHelp')}
          rules={[rules.max(100)]}
        >
          <Input />
        </Form.Item>
      </FieldGrid>
      <Form.Item name={name('legalBasis')} label={label('legalBasis')} rules={[rules.max(1000)]}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} />
      </Form.Item>
      <Form.Item name={name('fillingNotes')} label={label('fillingNotes')} rules={[rules.max(1000)]}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} />
      </Form.Item>
      <Form.Item name={name('acceptanceStandard')} label={label('acceptanceStandard')} rules={[rules.max(500)]}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} />
      </Form.Item>
      <FieldGrid>
        <Form.Item name={name('blankFormFileId')} label={label('blankFormFileId')}>
          <FileField label={`${title} ${label('blankFormFileId')}`} />
        </Form.Item>
        <Form.Item name={name('sampleFileId')} label={label('sampleFileId')}>
          <FileField label={`${title} ${label('sampleFileId')}`} />
        </Form.Item>
      </FieldGrid>
      <Form.Item name={name('replacedBy')} label={label('replacedBy')} extra={t('catalogueConsole.replacedBy.help')}>
        <ReplacedByField />
      </Form.Item>
      <Form.Item name={name('appliesWhen')} label={label('appliesWhen')} rules={[conditionsComplete]}>
        <ConditionsField materialName={title} />
      </Form.Item>
    </EntryCard>
  );
}
