/**
 * The application form as submitted, read-only: rendered with the item's form (labels, sections) when it
 * can be loaded, otherwise as plain key / value pairs. The chosen 办理情形 are listed above it.
 */
import { Card, Descriptions, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FormDefinition } from '@onewindow/common/forms';
import { FormRenderer } from '../forms/FormRenderer';
import type { Scenario } from '../catalogue/types';
import { useApplyContext } from './use-console-applications';
import type { ApplicationDetail } from './types';

const noop = () => undefined;

function plain(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function FormDataSection({ app }: { app: ApplicationDetail }) {
  const { t } = useTranslation();
  const context = useApplyContext(app.itemCode);
  const form = (context.data?.form ?? null) as FormDefinition | null;
  const scenarios = (context.data?.scenarios ?? []) as Scenario[];
  const data = app.formData ?? {};
  const answers = Object.entries(app.scenarioAnswers).map(([key, option]) => {
    const s = scenarios.find((x) => x.key === key);
    return { key, label: s?.question ?? key, children: s?.options.find((o) => o.key === option)?.label ?? option };
  });

  return (
    <Card className="app-section" title={<h2>{t('applicationsConsole.detail.form')}</h2>}>
      {answers.length > 0 && <Descriptions size="small" column={1} title={t('applicationsConsole.detail.scenarios')} items={answers} />}
      {form ? (
        <FormRenderer form={form} value={data} prefilled={[]} onChange={noop} disabled />
      ) : Object.keys(data).length === 0 ? (
        <Empty description={t('applicationsConsole.detail.noForm')} />
      ) : (
        <Descriptions
          size="small"
          bordered
          column={1}
          className="kv-list"
          items={Object.entries(data).map(([key, value]) => ({ key, label: key, children: plain(value) }))}
        />
      )}
    </Card>
  );
}
