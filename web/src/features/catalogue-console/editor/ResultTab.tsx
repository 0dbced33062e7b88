/** 结果: result name and type, and the result sample file. */
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFieldLabel } from '../use-field-label';
import { CodeSelect } from './CodeSelect';
import { useEditorRules } from './editor-rules';
import { FieldGrid } from './FieldGrid';
import { FileField } from './FileField';

export function ResultTab() {
  const { t } = useTranslation();
  const l = useFieldLabel();
  const rules = useEditorRules();
  return (
    <>
      <FieldGrid>
        <Form.Item name="resultName" label={l('resultName')} extra={t('catalogueConsole.editor.resultNameHelp')} rules={[rules.max(100)]}>
          <Input />
        </Form.Item>
        <Form.Item name="resultType" label={l('resultType')} rules={[rules.chosen(l('resultType'))]}>
          <CodeSelect list="result_type" />
        </Form.Item>
      </FieldGrid>
      <Form.Item name="resultSampleFileId" label={l('resultSampleFileId')} extra={t('catalogueConsole.editor.fileHelp')}>
        <FileField label={l('resultSampleFileId')} />
      </Form.Item>
    </>
  );
}
