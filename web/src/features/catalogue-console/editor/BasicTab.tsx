/** 基本信息: name, aliases, basic code, item type, legal basis, level, power source, subject, audiences, themes. */
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFieldLabel } from '../use-field-label';
import { CodeSelect } from './CodeSelect';
import { useEditorRules } from './editor-rules';
import { FieldGrid } from './FieldGrid';

export function BasicTab() {
  const { t } = useTranslation();
  const rules = useEditorRules();
  const l = useFieldLabel();
  return (
    <>
      <FieldGrid>
        <Form.Item name="name" label={l('name')} rules={[rules.required(l('name')), rules.max(200)]}>
          <Input />
        </Form.Item>
        <Form.Item name="basicCode" label={l('basicCode')} rules={[rules.required(l('basicCode')), rules.basicCode]}>
          <Input inputMode="numeric" />
        </Form.Item>
      </FieldGrid>
      <Form.Item name="aliases" label={l('aliases')} extra={t('catalogueConsole.editor.aliasesHelp')} rules={[rules.maxItems(20)]}>
        <Select mode="tags" tokenSeparators={[',', '，', '、']} open={false} suffixIcon={null} />
      </Form.Item>
      <FieldGrid>
        <Form.Item name="itemType" label={l('itemType')} rules={[rules.chosen(l('itemType'))]}>
          <CodeSelect list="item_type" />
        </Form.Item>
        <Form.Item name="exerciseLevel" label={l('exerciseLevel')} rules={[rules.chosen(l('exerciseLevel'))]}>
          <CodeSelect list="exercise_level" />
        </Form.Item>
        <Form.Item name="powerSource" label={l('powerSource')} rules={[rules.chosen(l('powerSource'))]}>
          <CodeSelect list="power_source" />
        </Form.Item>
        <Form.Item name="subjectNature" label={l('subjectNature')} rules={[rules.chosen(l('subjectNature'))]}>
          <CodeSelect list="subject_nature" />
        </Form.Item>
      </FieldGrid>
      <Form.Item name="legalBasis" label={l('legalBasis')} rules={[rules.max(4000)]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} />
      </Form.Item>
      <Form.Item
        name="entrustedBody"
        label={l('entrustedBody')}
        extra={t('catalogueConsole.editor.emptyMeansNone')}
        rules={[rules.max(100)]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="audiences" label={l('audiences')}>
        <CodeSelect list="audience" multiple />
      </Form.Item>
      <FieldGrid>
        <Form.Item name="personThemes" label={l('personThemes')} extra={t('catalogueConsole.editor.personThemesHelp')}>
          <CodeSelect list="person_theme" multiple />
        </Form.Item>
        <Form.Item name="enterpriseThemes" label={l('enterpriseThemes')} extra={t('catalogueConsole.editor.enterpriseThemesHelp')}>
          <CodeSelect list="enterprise_theme" multiple />
        </Form.Item>
      </FieldGrid>
    </>
  );
}
