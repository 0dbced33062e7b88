/** ④ 确认提交: what will be sent — item, limit, answers, the form (read-only) and the files of each material. */
import { Descriptions, Grid, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FormDefinition } from '@onewindow/common/forms';
import { chosenOptions, promisedDaysFor } from '../catalogue/scenario-filter';
import { useGuideText, type LimitUnit } from '../catalogue/use-guide-text';
import { FormRenderer } from '../forms/FormRenderer';
import { MissingAlert, type MissingMaterial } from './ApplyMaterialsStep';
import type { ApplyState } from './apply-state';
import type { ApplyContext, Material } from './types';

interface Props {
  context: ApplyContext;
  form: FormDefinition | null;
  state: ApplyState;
  applicable: Material[];
  missing: MissingMaterial[];
}

export function ApplyConfirmStep({ context, form, state, applicable, missing }: Props) {
  const { t } = useTranslation();
  const text = useGuideText();
  const wide = Grid.useBreakpoint().sm;
  const answers = chosenOptions(context.scenarios, state.answers);
  const days = promisedDaysFor(context.promisedLimitDays, context.scenarios, state.answers);
  return (
    <div className="apply-confirm">
      <Typography.Paragraph>{t('applications.apply.confirmIntro')}</Typography.Paragraph>
      <MissingAlert missing={missing.filter((m) => !(state.files[m.key]?.length ?? 0))} />
      <Descriptions bordered column={1} size="small" layout={wide ? 'horizontal' : 'vertical'} className="apply-confirm__facts">
        <Descriptions.Item label={t('applications.apply.summaryItem')}>{context.itemName}</Descriptions.Item>
        <Descriptions.Item label={t('applications.apply.summaryDepartment')}>{context.departmentName}</Descriptions.Item>
        <Descriptions.Item label={t('applications.apply.summaryLimit')}>
          {text.limit(days, context.limitUnit as LimitUnit)}
        </Descriptions.Item>
        {answers.length > 0 && (
          <Descriptions.Item label={t('applications.apply.summaryScenarios')}>
            <ul className="apply__list">
              {answers.map(({ scenario, option }) => (
                <li key={scenario.key}>
                  {scenario.question} {option.label}
                </li>
              ))}
            </ul>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('applications.apply.summaryMaterials')}>
          {applicable.length === 0 ? (
            t('applications.apply.noMaterials')
          ) : (
            <ul className="apply__list">
              {applicable.map((m) => {
                const files = state.files[m.key] ?? [];
                return (
                  <li key={m.key}>
                    {m.name}：
                    {files.length > 0 ? (
                      files.map((f) => f.fileName).join('、')
                    ) : (
                      <Typography.Text type={m.required ? 'danger' : 'secondary'}>
                        {m.required ? t('applications.apply.notUploaded') : t('applications.apply.notRequiredEmpty')}
                      </Typography.Text>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </Descriptions.Item>
      </Descriptions>
      {form && (
        <section aria-labelledby="apply-confirm-form" className="apply-confirm__form">
          <Typography.Title level={3} id="apply-confirm-form">
            {t('applications.apply.summaryForm')}
          </Typography.Title>
          <FormRenderer form={form} value={state.formData} prefilled={[]} onChange={() => undefined} disabled />
        </section>
      )}
    </div>
  );
}
