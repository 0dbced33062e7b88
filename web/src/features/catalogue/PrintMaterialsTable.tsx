/** 申请材料 on paper: a plain table with a caption (every material, with the 办理情形 it applies to). */
import { useTranslation } from 'react-i18next';
import { formatFileSize } from './format';
import { MaterialName } from './MaterialName';
import type { FileMeta, Material, Scenario } from './types';
import { useMaterialText } from './use-material-text';

export function PrintMaterialsTable({
  materials,
  scenarios,
  files,
}: {
  materials: Material[];
  scenarios: readonly Scenario[];
  files: readonly FileMeta[];
}) {
  const { t } = useTranslation();
  const text = useMaterialText();
  const fileName = (id: string | null, kind: string) => {
    const meta = id ? files.find((f) => f.id === id) : undefined;
    return meta
      ? t('catalogue.labelled', { label: kind, value: meta.fileName + t('catalogue.paren', { text: formatFileSize(meta.size) }) })
      : '';
  };
  return (
    <table className="print-table">
      <caption>{t('catalogue.materials.count', { n: materials.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('catalogue.materials.index')}</th>
          <th scope="col">{t('catalogue.materials.name')}</th>
          <th scope="col">{t('catalogue.materials.required')}</th>
          <th scope="col">{t('catalogue.materials.kindFormat')}</th>
          <th scope="col">{t('catalogue.materials.copies')}</th>
          <th scope="col">{t('catalogue.materials.source')}</th>
          <th scope="col">{t('catalogue.materials.notes')}</th>
        </tr>
      </thead>
      <tbody>
        {materials.map((m, i) => (
          <tr key={m.key}>
            <td>{i + 1}</td>
            <td>
              <MaterialName material={m} scenarios={scenarios} />
              {[fileName(m.blankFormFileId, t('catalogue.materials.blankForm')), fileName(m.sampleFileId, t('catalogue.materials.sample'))]
                .filter(Boolean)
                .map((line) => (
                  <div key={line} className="print-table__file">
                    {line}
                  </div>
                ))}
            </td>
            <td>{text.required(m)}</td>
            <td>{text.kindFormat(m)}</td>
            <td className="pre-line">{text.copies(m)}</td>
            <td>{text.source(m)}</td>
            <td className="pre-line">{text.notes(m) || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
