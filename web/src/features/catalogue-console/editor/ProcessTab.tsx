/** 办理流程: the steps (环节) in order — add, remove, move up and down. */
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { emptyStep } from '../content-draft';
import { useEditorRules } from './editor-rules';
import { EditableList } from './EditableList';
import { FieldGrid } from './FieldGrid';

export function ProcessTab() {
  const { t } = useTranslation();
  const rules = useEditorRules();
  return (
    <div id="editor-list-processSteps">
      <p className="muted-text">{t('catalogueConsole.editor.processHelp')}</p>
      <EditableList
        name="processSteps"
        title={(n) => t('catalogueConsole.editor.stepN', { n })}
        addLabel={t('catalogueConsole.editor.addStep')}
        max={30}
        newEntry={emptyStep}
      >
        {(field) => (
          <>
            <FieldGrid>
              <Form.Item
                name={[field.name, 'name']}
                label={t('catalogueConsole.step.name')}
                rules={[rules.required(t('catalogueConsole.step.name')), rules.max(50)]}
              >
                <Input placeholder={t('catalogueConsole.step.namePlaceholder')} />
              </Form.Item>
              <Form.Item name={[field.name, 'timeLimit']} label={t('catalogueConsole.step.timeLimit')} rules={[rules.max(50)]}>
                <Input placeholder={t('catalogueConsole.step.timeLimitPlaceholder')} />
              </Form.Item>
            </FieldGrid>
            <Form.Item name={[field.name, 'description']} label={t('catalogueConsole.step.description')} rules={[rules.max(1000)]}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
            </Form.Item>
          </>
        )}
      </EditableList>
    </div>
  );
}
