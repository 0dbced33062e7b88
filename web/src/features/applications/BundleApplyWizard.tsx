/**
 * The 一件事 apply steps: ① 办理须知 (the items, the joint limit) → one step per item (its 办理情形 and its
 * 申请表, answers carried forward into later items asking the same) → 上传材料 (the merged documents, each
 * once) → 确认提交. One submission per page: the submitKey is made once, so a double click or a retry
 * never makes a second bundle. Every form is checked in the browser (all problems at once) before moving on.
 */
import { App, Button, Flex, Grid, Steps, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { validateFormData, type FieldError } from '@onewindow/common/forms';
import { isApiError } from '../../api/errors';
import { PageTitle } from '../../components/PageTitle';
import { useErrorText } from '../../components/use-error-text';
import type { BundleDetail } from '../catalogue/types';
import { UnsavedChangesGuard } from '../catalogue-console/UnsavedChangesGuard';
import type { MissingMaterial } from './ApplyMaterialsStep';
import { BundleConfirmStep } from './BundleConfirmStep';
import { BundleItemStep } from './BundleItemStep';
import { BundleMaterialsStep } from './BundleMaterialsStep';
import { BundleOverviewStep } from './BundleOverviewStep';
import {
  bundleDocuments,
  bundleParts,
  changeForm,
  documentOfMaterial,
  formOf,
  initialBundleState,
  missingDocuments,
  type BundleApplyState,
} from './bundle-apply-state';
import { newKey } from './new-key';
import type { ApplyContext } from './types';
import { useSubmitBundle } from './use-bundle-apply';
import './applications.css';
import './bundle-apply.css';

type Step = { kind: 'overview' } | { kind: 'item'; index: number } | { kind: 'materials' } | { kind: 'confirm' };

export function BundleApplyWizard({ detail, items }: { detail: BundleDetail; items: ApplyContext[] }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [state, setState] = useState<BundleApplyState>(() => initialBundleState(items));
  const [at, setAt] = useState(0);
  const [formErrors, setFormErrors] = useState<Readonly<Record<string, FieldError[]>>>({});
  const [missing, setMissing] = useState<MissingMaterial[]>([]);
  const [submitKey] = useState(newKey);
  // a ref as well as state: a second click can come before the re-render that disables the button
  const submitting = useRef(false);
  const [busy, setBusy] = useState(false);
  const [dirty, setDirty] = useState(false);
  const submit = useSubmitBundle(detail.bundle.code);
  const top = useRef<HTMLDivElement>(null);
  const wide = Grid.useBreakpoint().lg ?? false;

  const steps: Step[] = [
    { kind: 'overview' },
    ...items.map((_, index) => ({ kind: 'item' as const, index })),
    { kind: 'materials' },
    { kind: 'confirm' },
  ];
  const step = steps[at]!;
  const titleOf = (s: Step) => (s.kind === 'item' ? items[s.index]!.itemName : t(`applications.bundle.steps.${s.kind}`));
  const docs = bundleDocuments(items, state);

  // functional updates: an upload may finish after the applicant moved on, and must not undo anything
  const update = (change: (s: BundleApplyState) => BundleApplyState) => {
    setState(change);
    setDirty(true);
  };

  const go = (to: number) => {
    setAt(to);
    top.current?.scrollIntoView({ block: 'start' });
  };

  /** Checks item `index`'s form; shows its problems (and goes there) when there are any. */
  const checkItem = (index: number): boolean => {
    const item = items[index]!;
    const form = formOf(item);
    const errors = form ? validateFormData(form, state.parts[item.itemCode]?.formData ?? {}) : [];
    setFormErrors((all) => ({ ...all, [item.itemCode]: errors }));
    if (errors.length > 0) go(index + 1);
    return errors.length === 0;
  };
  const checkMaterials = (): boolean => {
    const lacking = missingDocuments(docs, state.files);
    setMissing(lacking.map((d) => ({ key: d.key, name: d.name })));
    if (lacking.length > 0) go(steps.findIndex((s) => s.kind === 'materials'));
    return lacking.length === 0;
  };

  const next = () => {
    if (step.kind === 'item' && !checkItem(step.index)) return;
    if (step.kind === 'materials' && !checkMaterials()) return;
    go(at + 1);
  };

  const onSubmit = () => {
    if (submitting.current) return;
    for (let i = 0; i < items.length; i += 1) if (!checkItem(i)) return;
    if (!checkMaterials()) return;
    submitting.current = true;
    setBusy(true);
    submit.mutate(
      { parts: bundleParts(items, state), submitKey },
      {
        // `force` passes the unsaved-changes guard: everything entered has just been sent
        onSuccess: (bundle) => navigate(`/applications/bundles/${bundle.id}`, { state: { submitted: true, force: true } }),
        onError: (error) => {
          submitting.current = false;
          setBusy(false);
          if (isApiError(error, 'MATERIALS_INCOMPLETE')) {
            const named = (error.details as { missing?: MissingMaterial[] } | undefined)?.missing ?? [];
            const lacking = named.map((m) => documentOfMaterial(docs, m.name) ?? { key: m.key, name: m.name });
            setMissing([...new Map(lacking.map((d) => [d.key, { key: d.key, name: d.name }])).values()]);
            go(steps.findIndex((s) => s.kind === 'materials'));
          }
          void message.error(errorText(error));
        },
      },
    );
  };

  const pending = busy || submit.isPending || submit.isSuccess;
  const departments = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(detail.departments);
  return (
    <div className="page apply bundle-apply" ref={top}>
      {/* nothing is saved as a draft: ask before what was entered is left behind */}
      <UnsavedChangesGuard dirty={dirty && !submit.isSuccess} />
      <PageTitle title={detail.bundle.name} extra={<Tag color="#0b4fbf">{t('applications.bundle.badge')}</Tag>} />
      <Typography.Paragraph type="secondary">{t('applications.bundle.intro', { n: items.length, departments })}</Typography.Paragraph>
      <div className="bundle-apply__layout">
        <nav aria-label={t('applications.apply.stepsLabel')} className="bundle-apply__nav">
          <Steps
            current={at}
            size="small"
            responsive={false}
            orientation={wide ? 'vertical' : 'horizontal'}
            titlePlacement={wide ? undefined : 'vertical'}
            className="apply__steps"
            // on a phone the steps are numbered dots in one row; the heading and 第 n 步 below name the current one
            items={steps.map((s) => ({ title: wide ? titleOf(s) : <span className="visually-hidden">{titleOf(s)}</span> }))}
          />
        </nav>
        <section className="apply__body bundle-apply__body" aria-labelledby="apply-step-title">
          <Typography.Title level={2} id="apply-step-title" className="apply__step-title">
            {`${at + 1}. ${titleOf(step)}`}
          </Typography.Title>
          <Typography.Paragraph type="secondary" className="bundle-apply__where">
            {step.kind === 'item'
              ? t('applications.bundle.itemOf', {
                  n: step.index + 1,
                  total: items.length,
                  department: items[step.index]!.departmentName,
                })
              : t('applications.bundle.stepOf', { n: at + 1, total: steps.length })}
          </Typography.Paragraph>
          {step.kind === 'overview' && <BundleOverviewStep detail={detail} />}
          {step.kind === 'item' && (
            <BundleItemStep
              key={items[step.index]!.itemCode}
              items={items}
              index={step.index}
              state={state}
              errors={formErrors[items[step.index]!.itemCode] ?? []}
              onAnswers={(answers) => {
                const code = items[step.index]!.itemCode;
                update((s) => ({ ...s, parts: { ...s.parts, [code]: { ...s.parts[code]!, answers } } }));
              }}
              onForm={(formData) => update((s) => changeForm(items, s, step.index, formData))}
            />
          )}
          {step.kind === 'materials' && (
            <BundleMaterialsStep
              docs={docs}
              files={state.files}
              missing={missing}
              onChange={(key, files) => update((s) => ({ ...s, files: { ...s.files, [key]: files } }))}
            />
          )}
          {step.kind === 'confirm' && <BundleConfirmStep detail={detail} items={items} state={state} docs={docs} missing={missing} />}
          <Flex gap="middle" wrap className="apply__nav">
            {at > 0 && (
              <Button size="large" onClick={() => go(at - 1)} disabled={pending}>
                {t('applications.apply.prev')}
              </Button>
            )}
            {at < steps.length - 1 ? (
              <Button size="large" type="primary" onClick={next}>
                {t('applications.apply.next')}
              </Button>
            ) : (
              <Button size="large" type="primary" onClick={onSubmit} loading={pending} disabled={pending}>
                {pending ? t('applications.apply.submitting') : t('applications.bundle.submit')}
              </Button>
            )}
          </Flex>
        </section>
      </div>
    </div>
  );
}
