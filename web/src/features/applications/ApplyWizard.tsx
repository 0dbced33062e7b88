/**
 * The apply page's four steps — ① 办理情形 ② 填写申请表 ③ 上传材料 ④ 确认提交 — with autosave to a draft
 * and one submission per page: the submitKey is made once, so a double click or a retry never makes two
 * applications. The form is checked in the browser (all problems at once) before moving on; the server's
 * FORM_INVALID / MATERIALS_INCOMPLETE answers are shown the same way.
 */
import { Alert, App, Button, Flex, Grid, Steps, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { validateFormData, type FieldError } from '@onewindow/common/forms';
import { isApiError } from '../../api/errors';
import { PageTitle } from '../../components/PageTitle';
import { useErrorText } from '../../components/use-error-text';
import { ScenarioPicker } from '../catalogue/ScenarioPicker';
import type { LimitUnit } from '../catalogue/use-guide-text';
import { FormRenderer } from '../forms/FormRenderer';
import { ApplyConfirmStep } from './ApplyConfirmStep';
import { ApplyMaterialsStep, type MissingMaterial } from './ApplyMaterialsStep';
import { applicableMaterials, initialState, knownAnswers, materialsPayload, missingMaterials, type ApplyState } from './apply-state';
import { AutosaveNote } from './AutosaveNote';
import { newKey } from './new-key';
import type { ApplyContext, DraftView } from './types';
import { useDraftAutosave } from './use-draft-autosave';
import { useSubmitApplication } from './use-submit-application';
import './applications.css';

const STEPS = ['scenarios', 'form', 'materials', 'confirm'] as const;

export function ApplyWizard({ context, draft }: { context: ApplyContext; draft: DraftView | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [state, setState] = useState<ApplyState>(() => initialState(context, draft));
  const [step, setStep] = useState(0);
  const [formErrors, setFormErrors] = useState<FieldError[]>([]);
  const [missing, setMissing] = useState<MissingMaterial[]>([]);
  const [submitKey] = useState(newKey);
  // a ref as well as state: a second click can come before the re-render that disables the button
  const submitting = useRef(false);
  const [busy, setBusy] = useState(false);
  const autosave = useDraftAutosave(context.itemCode, draft?.id ?? null);
  const submit = useSubmitApplication();
  const form = context.form as Parameters<typeof FormRenderer>[0]['form'] | null;
  const applicable = applicableMaterials(context.materials, state.answers);
  const top = useRef<HTMLDivElement>(null);
  // on a phone the four steps stay in one row; only the current one is named (the heading below names it too)
  const narrow = !Grid.useBreakpoint().sm;

  const update = (change: Partial<ApplyState>) => {
    const next = { ...state, ...change };
    setState(next);
    autosave.changed(next);
  };

  const go = (to: number) => {
    setStep(to);
    top.current?.scrollIntoView({ block: 'start' });
  };

  const checkForm = (): boolean => {
    const errors = form ? validateFormData(form, state.formData) : [];
    setFormErrors(errors);
    if (errors.length > 0) go(1);
    return errors.length === 0;
  };
  const checkMaterials = (): boolean => {
    const lacking = missingMaterials(context.materials, state);
    setMissing(lacking.map((m) => ({ key: m.key, name: m.name })));
    if (lacking.length > 0) go(2);
    return lacking.length === 0;
  };

  const next = () => {
    if (step === 1 && !checkForm()) return;
    if (step === 2 && !checkMaterials()) return;
    go(step + 1);
  };

  const onSubmit = async () => {
    if (submitting.current) return;
    if (!checkForm() || !checkMaterials()) return;
    submitting.current = true;
    setBusy(true);
    const draftId = await autosave.settle();
    submit.mutate(
      {
        itemCode: context.itemCode,
        formData: state.formData,
        scenarioAnswers: knownAnswers(context.scenarios, state.answers),
        materials: materialsPayload(state, applicable),
        channel: window.matchMedia?.('(max-width: 767px)').matches ? '3' : '2',
        submitKey,
        draftId: draftId ?? undefined,
      },
      {
        onSuccess: (detail) => navigate(`/applications/${detail.id}`, { state: { submitted: true } }),
        onError: (error) => {
          submitting.current = false;
          setBusy(false);
          autosave.resume();
          if (isApiError(error, 'FORM_INVALID')) {
            setFormErrors(((error.details as { errors?: FieldError[] } | undefined)?.errors ?? []) as FieldError[]);
            go(1);
          } else if (isApiError(error, 'MATERIALS_INCOMPLETE')) {
            setMissing((error.details as { missing?: MissingMaterial[] } | undefined)?.missing ?? []);
            go(2);
          }
          void message.error(errorText(error));
        },
      },
    );
  };

  const pending = busy || submit.isPending || submit.isSuccess;
  return (
    <div className="page apply" ref={top}>
      <PageTitle title={context.itemName} extra={<AutosaveNote status={autosave.status} />} />
      <Typography.Paragraph type="secondary">{t('applications.apply.department', { name: context.departmentName })}</Typography.Paragraph>
      {draft && <Alert type="info" showIcon className="apply__resumed" title={t('applications.autosave.resumed')} />}
      <nav aria-label={t('applications.apply.stepsLabel')}>
        <Steps
          current={step}
          size="small"
          responsive={false}
          titlePlacement={narrow ? 'vertical' : 'horizontal'}
          className="apply__steps"
          items={STEPS.map((name, i) => ({
            title:
              narrow && i !== step ? (
                <span className="visually-hidden">{t(`applications.apply.steps.${name}`)}</span>
              ) : (
                t(`applications.apply.steps.${name}`)
              ),
          }))}
        />
      </nav>
      <section className="apply__body" aria-labelledby="apply-step-title">
        <Typography.Title level={2} id="apply-step-title" className="apply__step-title">
          {`${step + 1}. ${t(`applications.apply.steps.${STEPS[step]!}`)}`}
        </Typography.Title>
        {step === 0 &&
          (context.scenarios.length > 0 ? (
            <ScenarioPicker
              scenarios={context.scenarios}
              limitUnit={context.limitUnit as LimitUnit}
              answers={state.answers}
              onChange={(answers) => update({ answers })}
            />
          ) : (
            <Typography.Paragraph>{t('applications.apply.noScenarios')}</Typography.Paragraph>
          ))}
        {step === 1 &&
          (form ? (
            <>
              <Typography.Paragraph type="secondary">{t('applications.apply.formHint')}</Typography.Paragraph>
              <FormRenderer
                form={form}
                value={state.formData}
                prefilled={context.prefill.prefilled}
                onChange={(formData) => update({ formData })}
                errors={formErrors}
              />
            </>
          ) : (
            <Typography.Paragraph>{t('applications.apply.noForm')}</Typography.Paragraph>
          ))}
        {step === 2 && (
          <ApplyMaterialsStep materials={applicable} files={state.files} missing={missing} onChange={(files) => update({ files })} />
        )}
        {step === 3 && <ApplyConfirmStep context={context} form={form} state={state} applicable={applicable} missing={missing} />}
      </section>
      <Flex gap="middle" wrap className="apply__nav">
        {step > 0 && (
          <Button size="large" onClick={() => go(step - 1)} disabled={pending}>
            {t('applications.apply.prev')}
          </Button>
        )}
        {step < STEPS.length - 1 ? (
          <Button size="large" type="primary" onClick={next}>
            {t('applications.apply.next')}
          </Button>
        ) : (
          <Button size="large" type="primary" onClick={() => void onSubmit()} loading={pending} disabled={pending}>
            {pending ? t('applications.apply.submitting') : t('applications.apply.submit')}
          </Button>
        )}
      </Flex>
    </div>
  );
}
