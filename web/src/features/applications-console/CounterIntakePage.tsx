/**
 * 一窗受理 (counter intake) for window clerks: ① identify the visitor, ② choose the item and answer its
 * scenarios, ③ fill the application form (prefilled from the visitor's identity), ④ receive the materials
 * (paper original and/or scan), ⑤ submit — the number and query code are shown with the 收件凭证 to print.
 * The application then waits in the department's inbox like an online one (channel 1 窗口).
 */
import { Alert, Button, Card, Flex, Steps } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors';
import { prefillForm, validateFormData, type FieldError, type FormDefinition } from '@onewindow/common/forms';
import { PageTitle } from '../../components/PageTitle';
import { applicationsConsoleZh } from '../../i18n/applications-console.zh-CN';
import { useErrorText } from '../../components/use-error-text';
import { FormRenderer } from '../forms/FormRenderer';
import { materialsFor, type Answers } from '../catalogue/scenario-filter';
import type { Material } from '../catalogue/types';
import { newKey } from './format';
import { applicantOf, materialInputs, missingMaterials, visitorFacts, type MaterialState, type Visitor } from './intake-helpers';
import { IntakeMaterials } from './IntakeMaterials';
import { IntakeResult } from './IntakeResult';
import { ItemStep } from './ItemStep';
import { VisitorStep } from './VisitorStep';
import { useApplyContext } from './use-console-applications';
import { useIntake } from './use-intake';
import type { ApplicationDetail } from './types';
import './applications-console.css';

const EMPTY_VISITOR: Visitor = { kind: 'person', name: '', idNumber: '', uscc: '', mobile: '' };

export function CounterIntakePage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [step, setStep] = useState(0);
  const [visitor, setVisitor] = useState<Visitor>(EMPTY_VISITOR);
  const [itemCode, setItemCode] = useState<string | null>(null);
  const [answers, setAnswers] = useState<Answers>({});
  const [formData, setFormData] = useState<Record<string, unknown>>({});
  const [prefilled, setPrefilled] = useState<string[]>([]);
  const [formErrors, setFormErrors] = useState<FieldError[] | undefined>();
  const [materials, setMaterials] = useState<Record<string, MaterialState>>({});
  const [missingShown, setMissingShown] = useState(false);
  const [submitKey, setSubmitKey] = useState(newKey);
  const [done, setDone] = useState<ApplicationDetail | null>(null);
  const context = useApplyContext(itemCode);
  const intake = useIntake();
  const form = (context.data?.form ?? null) as FormDefinition | null;
  const needs = useMemo(() => materialsFor((context.data?.materials ?? []) as Material[], answers), [context.data, answers]);
  const missing = missingMaterials(needs, materials);
  const s = (k: keyof typeof applicationsConsoleZh.intake.steps) => t(`applicationsConsole.intake.steps.${k}`);

  const reset = () => {
    setStep(0);
    setVisitor(EMPTY_VISITOR);
    setItemCode(null);
    setAnswers({});
    setFormData({});
    setFormErrors(undefined);
    setMaterials({});
    setMissingShown(false);
    setSubmitKey(newKey());
    setDone(null);
    intake.reset();
  };

  const toForm = () => {
    if (form) {
      const filled = prefillForm(form, visitorFacts(visitor), formData);
      setFormData(filled.data);
      setPrefilled(filled.prefilled);
    }
    setStep(2);
  };
  const checkForm = () => {
    const errors = form ? validateFormData(form, formData) : [];
    setFormErrors(errors);
    if (errors.length === 0) setStep(3);
  };
  const submit = () => {
    setMissingShown(true);
    if (missing.length > 0 || !itemCode) return;
    intake.mutate(
      {
        itemCode,
        applicant: applicantOf(visitor),
        formData,
        scenarioAnswers: { ...answers },
        materials: materialInputs(needs, materials),
        submitKey,
      },
      {
        onSuccess: (app) => setDone(app),
        onError: (error) => {
          if (isApiError(error, 'FORM_INVALID')) {
            setFormErrors((error.details as { errors?: FieldError[] } | undefined)?.errors);
            setStep(2);
          }
        },
      },
    );
  };

  return (
    <>
      <PageTitle
        title={t('applicationsConsole.intake.title')}
        extra={done ? undefined : <Button onClick={reset}>{t('applicationsConsole.intake.restart')}</Button>}
      />
      {done ? (
        <IntakeResult app={done} onNext={reset} />
      ) : (
        <>
          <Steps
            className="intake-steps"
            current={step}
            responsive
            size="small"
            items={[{ title: s('visitor') }, { title: s('item') }, { title: s('form') }, { title: s('materials') }]}
          />
          <Card>
            {step === 0 && (
              <VisitorStep
                initial={visitor}
                onNext={(v) => {
                  setVisitor(v);
                  setStep(1);
                }}
              />
            )}
            {step === 1 && (
              <ItemStep
                itemCode={itemCode}
                context={context.data}
                contextError={context.error}
                answers={answers}
                onPick={(code) => {
                  if (code !== itemCode) {
                    setItemCode(code);
                    setAnswers({});
                    setFormData({});
                    setMaterials({});
                  }
                }}
                onAnswers={setAnswers}
                onBack={() => setStep(0)}
                onNext={toForm}
              />
            )}
            {step === 2 && (
              <Flex vertical gap="middle">
                {form ? (
                  <FormRenderer form={form} value={formData} prefilled={prefilled} onChange={setFormData} errors={formErrors} />
                ) : (
                  <Alert type="info" showIcon title={t('applicationsConsole.intake.noForm')} />
                )}
                <Flex gap="small">
                  <Button onClick={() => setStep(1)}>{t('applicationsConsole.intake.back')}</Button>
                  <Button type="primary" onClick={checkForm}>
                    {t('applicationsConsole.intake.next')}
                  </Button>
                </Flex>
              </Flex>
            )}
            {step === 3 && (
              <Flex vertical gap="middle">
                <IntakeMaterials needs={needs} state={materials} onChange={setMaterials} missing={missingShown ? missing : null} />
                {intake.error && !isApiError(intake.error, 'FORM_INVALID') && (
                  <Alert type="error" showIcon role="alert" title={errorText(intake.error)} />
                )}
                <Flex gap="small">
                  <Button onClick={() => setStep(2)}>{t('applicationsConsole.intake.back')}</Button>
                  <Button type="primary" loading={intake.isPending} onClick={submit}>
                    {t('applicationsConsole.intake.submit')}
                  </Button>
                </Flex>
              </Flex>
            )}
          </Card>
        </>
      )}
    </>
  );
}
