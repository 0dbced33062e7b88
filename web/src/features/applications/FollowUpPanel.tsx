/**
 * 提交补正 (status correction_requested → POST /resubmit) and 补齐容缺材料 (POST /supplement): what was asked
 * for, an upload per material (the ones named in the request first, marked), and for 补正 an optional
 * edit of the application form. Sends the version the applicant saw.
 */
import { Alert, App, Button, Card, Checkbox, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { validateFormData, type FieldError, type FormDefinition } from '@onewindow/common/forms';
import { isApiError } from '../../api/errors';
import { materialsFor } from '../catalogue/scenario-filter';
import { FormRenderer } from '../forms/FormRenderer';
import { MaterialUpload } from '../uploads/MaterialUpload';
import type { UploadedFile } from '../uploads/upload-file';
import { correctionNote, namedFirst, toleranceOf } from './follow-up';
import { newKey } from './new-key';
import type { ApplicationDetail, Material } from './types';
import { useActionFeedback } from './use-action-feedback';
import { useApplicantAction } from './use-applicant-action';
import { useApplyContext } from './use-apply-context';

export function FollowUpPanel({ detail, kind }: { detail: ApplicationDetail; kind: 'resubmit' | 'supplement' }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const context = useApplyContext(detail.itemCode);
  const action = useApplicantAction(detail.id, detail.version);
  const feedback = useActionFeedback();
  const [files, setFiles] = useState<Record<string, UploadedFile[]>>({});
  const [editForm, setEditForm] = useState(false);
  const [formData, setFormData] = useState<Record<string, unknown>>(() => detail.formData ?? {});
  const [formErrors, setFormErrors] = useState<FieldError[]>([]);
  const [idempotencyKey] = useState(newKey);
  const form = (context.data?.form ?? null) as FormDefinition | null;

  const tolerance = toleranceOf(detail);
  const note = kind === 'resubmit' ? correctionNote(detail) : null;
  const asked = kind === 'resubmit' ? (note ?? '') : (tolerance?.items.map((i) => i.name).join('、') ?? '');
  const materials: Material[] = context.data
    ? materialsFor(context.data.materials, detail.scenarioAnswers)
    : uniqueByKey(detail.materials).map((m) => ({ key: m.materialKey, name: m.name, required: false }) as Material);
  const rows = namedFirst(materials, asked);
  const prefix = kind === 'resubmit' ? 'correction' : 'supplement';

  const send = () => {
    const payload = Object.entries(files)
      .filter(([, list]) => list.length > 0)
      .map(([materialKey, list]) => ({ materialKey, uploadIds: list.map((f) => f.id) }));
    const withForm = kind === 'resubmit' && editForm && form !== null;
    if (payload.length === 0 && !withForm) return void message.warning(t(`applications.${prefix}.nothing`));
    if (withForm) {
      const errors = validateFormData(form, formData);
      setFormErrors(errors);
      if (errors.length > 0) return;
    }
    action.mutate(
      kind === 'resubmit'
        ? { kind: 'resubmit', materials: payload, formData: withForm ? formData : undefined, idempotencyKey }
        : { kind: 'supplement', materials: payload },
      {
        onSuccess: () => {
          setFiles({});
          feedback.done(t(`applications.${prefix}.done`));
        },
        onError: (error) => {
          if (isApiError(error, 'FORM_INVALID')) setFormErrors((error.details as { errors?: FieldError[] } | undefined)?.errors ?? []);
          feedback.failed(error);
        },
      },
    );
  };

  return (
    <Card title={<h2 className="application-card-title">{t(`applications.${prefix}.title`)}</h2>} className="application-section follow-up">
      <Typography.Paragraph>{t(`applications.${prefix}.intro`)}</Typography.Paragraph>
      {kind === 'resubmit' ? (
        <Alert
          type="warning"
          showIcon
          title={t('applications.correction.items')}
          description={note ?? t('applications.correction.noItems')}
        />
      ) : (
        tolerance && (
          <Alert
            type="warning"
            showIcon
            title={
              tolerance.deadline ? `${t('applications.supplement.title')}（${tolerance.deadline}）` : t('applications.supplement.title')
            }
            description={
              <ul className="apply__list">
                {tolerance.items.map((i) => (
                  <li key={i.name}>
                    {i.name}
                    {i.problem ? `：${i.problem}` : ''}
                  </li>
                ))}
              </ul>
            }
          />
        )
      )}
      <div className="follow-up__uploads">
        {rows.map(({ material, named }) => (
          <MaterialUpload
            key={material.key}
            material={{ key: material.key, name: material.name, required: named }}
            value={files[material.key] ?? []}
            onChange={(list) => setFiles((f) => ({ ...f, [material.key]: list }))}
          />
        ))}
      </div>
      {kind === 'resubmit' && form && (
        <>
          <div className="follow-up__edit">
            <Checkbox checked={editForm} onChange={(e) => setEditForm(e.target.checked)}>
              {t('applications.correction.editForm')}
            </Checkbox>
          </div>
          {editForm && <FormRenderer form={form} value={formData} prefilled={[]} onChange={setFormData} errors={formErrors} />}
        </>
      )}
      <Button type="primary" size="large" onClick={send} loading={action.isPending} disabled={action.isPending}>
        {t(`applications.${prefix}.button`)}
      </Button>
    </Card>
  );
}

function uniqueByKey(list: ApplicationDetail['materials']) {
  const seen = new Set<string>();
  return list.filter((m) => (seen.has(m.materialKey) ? false : (seen.add(m.materialKey), true)));
}
