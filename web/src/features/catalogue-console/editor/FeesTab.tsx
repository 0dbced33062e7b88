/** 收费: whether the item is charged, and its fee items (name, standard, basis, reductions). */
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { emptyFee } from '../content-draft';
import { useFieldLabel } from '../use-field-label';
import { useEditorRules } from './editor-rules';
import { EditableList } from './EditableList';
import { YesNoSwitch } from './YesNoSwitch';

export function FeesTab() {
  const { t } = useTranslation();
  const l = useFieldLabel();
  const rules = useEditorRules();
  return (
    <>
      <Form.Item name="charged" label={l('charged')} valuePropName="checked" extra={t('catalogueConsole.editor.chargedHelp')}>
        <YesNoSwitch />
      </Form.Item>
      <div id="editor-list-fees">
        <EditableList
          name="fees"
          title={(n) => t('catalogueConsole.editor.feeN', { n })}
          addLabel={t('catalogueConsole.editor.addFee')}
          max={20}
          newEntry={emptyFee}
        >
          {(field) => (
            <>
              <Form.Item name={[field.name, 'name']} label={t('catalogueConsole.fee.name')} rules={[rules.max(200)]}>
                <Input />
              </Form.Item>
              <Form.Item name={[field.name, 'standard']} label={t('catalogueConsole.fee.standard')} rules={[rules.max(500)]}>
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'basis']} label={t('catalogueConsole.fee.basis')} rules={[rules.max(1000)]}>
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'reductions']}
                label={t('catalogueConsole.fee.reductions')}
                extra={t('catalogueConsole.editor.emptyMeansNone')}
                rules={[rules.max(1000)]}
              >
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} />
              </Form.Item>
            </>
          )}
        </EditableList>
      </div>
    </>
  );
}
