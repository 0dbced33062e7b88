/** 上传材料 (一件事): each document the items need for their answers, once, naming the items it goes to; what is missing on top. */
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MaterialUpload } from '../uploads/MaterialUpload';
import type { UploadedFile } from '../uploads/upload-file';
import { MissingAlert, type MissingMaterial } from './ApplyMaterialsStep';
import type { BundleDocument } from './bundle-apply-state';

interface Props {
  docs: BundleDocument[];
  files: Readonly<Record<string, UploadedFile[]>>;
  /** from the last check (next / submit); a document drops off once it has a file */
  missing: MissingMaterial[];
  /** one document's files; uploads of several documents may finish in any order */
  onChange: (documentKey: string, files: UploadedFile[]) => void;
}

export function BundleMaterialsStep({ docs, files, missing, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  if (docs.length === 0) return <Typography.Paragraph>{t('applications.apply.noMaterials')}</Typography.Paragraph>;
  return (
    <div className="apply-materials">
      <Typography.Paragraph>{t('applications.bundle.materialsIntro', { n: docs.length })}</Typography.Paragraph>
      <MissingAlert missing={missing.filter((m) => !(files[m.key]?.length ?? 0))} />
      {docs.map((doc, i) => {
        const usedBy = t('applications.bundle.usedBy', { items: list.format([...new Set(doc.uses.map((u) => u.itemName))]) });
        const replaced = doc.replacedBy ? t('applications.apply.replacedBy', { label: doc.replacedBy }) : null;
        return (
          <MaterialUpload
            key={doc.key}
            material={{ key: `doc-${i}`, name: doc.name, required: doc.required, note: replaced ? `${usedBy} · ${replaced}` : usedBy }}
            value={files[doc.key] ?? []}
            onChange={(value) => onChange(doc.key, value)}
          />
        );
      })}
    </div>
  );
}
