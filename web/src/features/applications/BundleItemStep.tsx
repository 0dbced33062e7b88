/**
 * One item of the 一件事: its 办理情形 questions and its 申请表 on one page. What an earlier item's form
 * already answered is carried in and named on top, so the applicant checks it instead of typing it again.
 * One item at a time: the form's field ids are the item's own field names.
 */
import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '@onewindow/common/forms';
import type { Answers } from '../catalogue/scenario-filter';
import { ScenarioPicker } from '../catalogue/ScenarioPicker';
import type { LimitUnit } from '../catalogue/use-guide-text';
import { FormRenderer } from '../forms/FormRenderer';
import { carriedFields, formOf, type BundleApplyState } from './bundle-apply-state';
import type { ApplyContext } from './types';

interface Props {
  items: readonly ApplyContext[];
  index: number;
  state: BundleApplyState;
  errors: FieldError[];
  onAnswers: (answers: Answers) => void;
  onForm: (formData: Record<string, unknown>) => void;
}

export function BundleItemStep({ items, index, state, errors, onAnswers, onForm }: Props) {
  const { t } = useTranslation();
  const item = items[index]!;
  const part = state.parts[item.itemCode] ?? { answers: {}, formData: {} };
  const form = formOf(item);
  const carried = carriedFields(items, state, index);
  const headingId = `bundle-item-${index}`;
  return (
    <div className="bundle-item">
      <section aria-labelledby={`${headingId}-scenarios`} className="bundle-item__part">
        <Typography.Title level={3} id={`${headingId}-scenarios`} className="bundle-item__title">
          {t('applications.bundle.scenarios')}
        </Typography.Title>
        {item.scenarios.length > 0 ? (
          <ScenarioPicker scenarios={item.scenarios} limitUnit={item.limitUnit as LimitUnit} answers={part.answers} onChange={onAnswers} />
        ) : (
          <Typography.Paragraph>{t('applications.bundle.noScenarios')}</Typography.Paragraph>
        )}
      </section>
      <section aria-labelledby={`${headingId}-form`} className="bundle-item__part">
        <Typography.Title level={3} id={`${headingId}-form`} className="bundle-item__title">
          {t('applications.bundle.form')}
        </Typography.Title>
        {form ? (
          <>
            <Typography.Paragraph type="secondary">{t('applications.apply.formHint')}</Typography.Paragraph>
            {carried.length > 0 && (
              <Alert
                type="info"
                showIcon
                className="apply__alert"
                title={t('applications.bundle.carried')}
                description={
                  <ul className="apply__list">
                    {carried.map((c) => (
                      <li key={c.key}>{t('applications.bundle.carriedField', { label: c.label, from: c.from })}</li>
                    ))}
                  </ul>
                }
              />
            )}
            <FormRenderer form={form} value={part.formData} prefilled={item.prefill.prefilled} onChange={onForm} errors={errors} />
          </>
        ) : (
          <Typography.Paragraph>{t('applications.bundle.noForm')}</Typography.Paragraph>
        )}
      </section>
    </div>
  );
}
