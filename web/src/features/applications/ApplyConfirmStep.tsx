/** ④ 确认提交: what will be sent — item, limit, answers, the form (read-only) and the files of each material. */
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FormDefinition } from '@onewindow/common/forms';
import { FormRenderer } from '../forms/FormRenderer';
import { MissingAlert, type MissingMaterial } from './ApplyMaterialsStep';
import type { ApplyState } from './apply-state';
import { ItemConfirmFacts } from './ItemConfirmFacts';
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
  return (
    <div className="apply-confirm">
      <Typography.Paragraph>{t('applications.apply.confirmIntro')}</Typography.Paragraph>
      <MissingAlert missing={missing.filter((m) => !(state.files[m.key]?.length ?? 0))} />
      <ItemConfirmFacts
        context={context}
        answers={state.answers}
        materials={applicable}
        files={state.files}
        withItemName
        className="apply-confirm__facts"
      />
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
