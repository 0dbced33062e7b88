/** The downloads of a material: 空白表格 and 示例样表, or 无. */
import { useTranslation } from 'react-i18next';
import { FileLink } from './FileLink';
import type { FileMeta, Material } from './types';

export function MaterialFiles({ material, files }: { material: Material; files: readonly FileMeta[] }) {
  const { t } = useTranslation();
  if (!material.blankFormFileId && !material.sampleFileId) return <span className="muted">{t('catalogue.materials.noDownload')}</span>;
  return (
    <div className="material-files">
      <FileLink id={material.blankFormFileId} kind={t('catalogue.materials.blankForm')} files={files} />
      <FileLink id={material.sampleFileId} kind={t('catalogue.materials.sample')} files={files} />
    </div>
  );
}
