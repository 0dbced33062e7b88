/**
 * 适用情形 of a material: all conditions must hold; each names a scenario and the answers for which the
 * material is needed. Scenarios and options come from the 办理情形 tab as it is being edited.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MaterialCondition, Scenario } from '../types';
import { useEditorContext } from './editor-context';

interface Props {
  id?: string;
  value?: MaterialCondition[];
  onChange?: (value: MaterialCondition[]) => void;
  /** the material's name, for accessible labels */
  materialName: string;
}

export function ConditionsField({ id, value = [], onChange, materialName }: Props) {
  const { t } = useTranslation();
  const { readOnly } = useEditorContext();
  const form = Form.useFormInstance();
  const scenarios = ((Form.useWatch('scenarios', form) as Array<Partial<Scenario> | undefined> | undefined) ?? []).filter(
    (s): s is Partial<Scenario> => !!s?.key,
  );
  const update = (index: number, patch: Partial<MaterialCondition>) =>
    onChange?.(value.map((c, i) => (i === index ? { ...c, ...patch } : c)));

  return (
    <div id={id} className="conditions">
      {value.length === 0 && <p className="muted-text">{t('catalogueConsole.conditions.always')}</p>}
      {value.map((condition, index) => {
        const scenario = scenarios.find((s) => s.key === condition.scenario);
        const n = index + 1;
        return (
          <Flex key={index} gap="small" wrap align="start" className="conditions__row">
            <Select
              className="conditions__scenario"
              disabled={readOnly}
              aria-label={t('catalogueConsole.conditions.scenarioLabel', { n, material: materialName })}
              placeholder={t('catalogueConsole.conditions.scenario')}
              value={condition.scenario || undefined}
              onChange={(key: string) => update(index, { scenario: key, options: [] })}
              options={scenarios.map((s) => ({ value: s.key!, label: s.question ? `${s.question}（${s.key}）` : s.key }))}
            />
            <Select
              className="conditions__options"
              mode="multiple"
              disabled={readOnly || !scenario}
              aria-label={t('catalogueConsole.conditions.optionsLabel', { n, material: materialName })}
              placeholder={t('catalogueConsole.conditions.options')}
              value={condition.options}
              onChange={(options: string[]) => update(index, { options })}
              options={(scenario?.options ?? [])
                .filter((o) => !!o?.key)
                .map((o) => ({ value: o.key, label: o.label ? `${o.label}（${o.key}）` : o.key }))}
            />
            {!readOnly && (
              <Button
                icon={<DeleteOutlined aria-hidden />}
                onClick={() => onChange?.(value.filter((_, i) => i !== index))}
                aria-label={t('catalogueConsole.conditions.removeLabel', { n, material: materialName })}
              >
                {t('common.delete')}
              </Button>
            )}
          </Flex>
        );
      })}
      {!readOnly && (
        <Button
          icon={<PlusOutlined aria-hidden />}
          disabled={scenarios.length === 0 || value.length >= 10}
          onClick={() => onChange?.([...value, { scenario: scenarios[0]?.key ?? '', options: [] }])}
        >
          {t('catalogueConsole.conditions.add')}
        </Button>
      )}
      {!readOnly && scenarios.length === 0 && <p className="muted-text">{t('catalogueConsole.conditions.noScenarios')}</p>}
    </div>
  );
}
