/** 收费: whether the item is charged, and its fee items (name, standard, basis, reductions). */
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { emptyFee } from '../content-draft';
import { useFieldLabel } from '../use-field-label';
import { AddButton } from './AddButton';
import { useEditorRules } from './editor-rules';
import { EntryCard } from './EntryCard';
import { ListItemActions } from './ListItemActions';
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
        <Form.List name="fees">
          {(fields, { add, remove, move }) => (
            <>
              {fields.map((field, index) => {
                const name = t('catalogueConsole.editor.feeN', { n: index + 1 });
                return (
                  <EntryCard
                    key={field.key}
                    title={name}
                    actions={<ListItemActions index={index} count={fields.length} name={name} move={move} remove={remove} />}
                  >
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
                  </EntryCard>
                );
              })}
              <AddButton label={t('catalogueConsole.editor.addFee')} count={fields.length} max={20} onAdd={() => add(emptyFee())} />
            </>
          )}
        </Form.List>
      </div>
    </>
  );
}
