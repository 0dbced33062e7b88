/**
 * 办理情形: questions a person answers (您办理的是哪种情形？), each with two or more options; an option may
 * override the promised time limit. Materials refer to scenarios and options by key (申请材料 tab).
 */
import { Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { emptyOption, emptyScenario, nextKey } from '../content-draft';
import type { Scenario, ScenarioOption } from '../types';
import { useEditorRules } from './editor-rules';
import { EditableList } from './EditableList';
import { FieldGrid } from './FieldGrid';

const orNull = (v: unknown) => (v === undefined ? null : v);

export function ScenariosTab() {
  const { t } = useTranslation();
  const rules = useEditorRules();
  const form = Form.useFormInstance();
  const scenarioKeys = () => ((form.getFieldValue('scenarios') as Array<Partial<Scenario>> | undefined) ?? []).map((s) => s?.key);
  const optionKeys = (index: number) =>
    ((form.getFieldValue(['scenarios', index, 'options']) as Array<Partial<ScenarioOption>> | undefined) ?? []).map((o) => o?.key);
  const keyLabel = t('catalogueConsole.scenario.key');

  return (
    <div id="editor-list-scenarios">
      <p className="muted-text">{t('catalogueConsole.editor.scenariosHelp')}</p>
      <EditableList
        name="scenarios"
        title={(n) => t('catalogueConsole.editor.scenarioN', { n })}
        addLabel={t('catalogueConsole.editor.addScenario')}
        max={10}
        newEntry={() => emptyScenario(nextKey('s', scenarioKeys()))}
      >
        {(field, name) => (
          <>
            <FieldGrid>
              <Form.Item
                name={[field.name, 'question']}
                label={t('catalogueConsole.scenario.question')}
                rules={[rules.required(t('catalogueConsole.scenario.question')), rules.max(200)]}
              >
                <Input placeholder={t('catalogueConsole.scenario.questionPlaceholder')} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'key']}
                label={keyLabel}
                extra={t('catalogueConsole.editor.keyHelp')}
                rules={[rules.required(keyLabel), rules.key]}
              >
                <Input />
              </Form.Item>
            </FieldGrid>
            <EditableList
              name={[field.name, 'options']}
              className="scenario-options"
              title={(n) => t('catalogueConsole.editor.optionN', { n })}
              actionName={(optionTitle) => `${name} · ${optionTitle}`}
              addLabel={t('catalogueConsole.editor.addOption')}
              max={20}
              min={2}
              newEntry={() => emptyOption(nextKey('o', optionKeys(field.name)))}
            >
              {(option) => (
                <FieldGrid>
                  <Form.Item
                    name={[option.name, 'label']}
                    label={t('catalogueConsole.option.label')}
                    rules={[rules.required(t('catalogueConsole.option.label')), rules.max(100)]}
                  >
                    <Input />
                  </Form.Item>
                  <Form.Item
                    name={[option.name, 'key']}
                    label={t('catalogueConsole.option.key')}
                    rules={[rules.required(t('catalogueConsole.option.key')), rules.key]}
                  >
                    <Input />
                  </Form.Item>
                  <Form.Item
                    name={[option.name, 'promisedLimitDays']}
                    label={t('catalogueConsole.option.promisedLimitDays')}
                    extra={t('catalogueConsole.editor.optionLimitHelp')}
                    normalize={orNull}
                  >
                    <InputNumber min={0} max={999} precision={0} className="full-width" />
                  </Form.Item>
                  <Form.Item name={[option.name, 'note']} label={t('catalogueConsole.option.note')} rules={[rules.max(500)]}>
                    <Input />
                  </Form.Item>
                </FieldGrid>
              )}
            </EditableList>
          </>
        )}
      </EditableList>
    </div>
  );
}
