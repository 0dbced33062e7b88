/** ③ 上传材料: one upload per material the answers call for, required ones marked; what is still missing on top. */
import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MaterialUpload } from '../uploads/MaterialUpload';
import type { UploadedFile } from '../uploads/upload-file';
import type { Material } from './types';

export interface MissingMaterial {
  key: string;
  name: string;
}

interface Props {
  materials: Material[];
  files: Readonly<Record<string, UploadedFile[]>>;
  /** from the last check (next / submit); a material drops off once it has a file */
  missing: MissingMaterial[];
  onChange: (files: Record<string, UploadedFile[]>) => void;
  disabled?: boolean;
}

export function ApplyMaterialsStep({ materials, files, missing, onChange, disabled }: Props) {
  const { t } = useTranslation();
  const stillMissing = missing.filter((m) => !(files[m.key]?.length ?? 0));
  if (materials.length === 0) return <Typography.Paragraph>{t('applications.apply.noMaterials')}</Typography.Paragraph>;
  return (
    <div className="apply-materials">
      <Typography.Paragraph>{t('applications.apply.materialsIntro', { n: materials.length })}</Typography.Paragraph>
      <MissingAlert missing={stillMissing} />
      {materials.map((m) => (
        <MaterialUpload
          key={m.key}
          material={{
            key: m.key,
            name: m.name,
            required: m.required,
            note: m.replacedBy ? t('applications.apply.replacedBy', { label: m.replacedBy.label }) : undefined,
          }}
          value={files[m.key] ?? []}
          onChange={(list) => onChange({ ...files, [m.key]: list })}
          disabled={disabled}
        />
      ))}
    </div>
  );
}

export function MissingAlert({ missing }: { missing: MissingMaterial[] }) {
  const { t } = useTranslation();
  if (missing.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      className="apply__alert"
      title={t('applications.apply.missingTitle')}
      description={
        <ul className="apply__list">
          {missing.map((m) => (
            <li key={m.key}>{m.name}</li>
          ))}
        </ul>
      }
    />
  );
}
