/** 申请材料 on a phone (< 576 px): one card per material, the table's columns as labelled lines. */
import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { MaterialFiles } from './MaterialFiles';
import { MaterialName } from './MaterialName';
import type { FileMeta, Material, Scenario } from './types';
import { useMaterialText } from './use-material-text';

export function MaterialCards({
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
  return (
    <ol className="material-cards" aria-label={t('catalogue.materials.tableLabel')}>
      {materials.map((m) => (
        <li key={m.key}>
          <Card size="small" title={<MaterialName material={m} scenarios={scenarios} />} className="material-card">
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'required', label: t('catalogue.materials.required'), children: text.required(m) },
                { key: 'kind', label: t('catalogue.materials.kindFormat'), children: text.kindFormat(m) },
                { key: 'copies', label: t('catalogue.materials.copies'), children: <span className="pre-line">{text.copies(m)}</span> },
                { key: 'source', label: t('catalogue.materials.source'), children: text.source(m) },
                ...(text.notes(m)
                  ? [{ key: 'notes', label: t('catalogue.materials.notes'), children: <span className="pre-line">{text.notes(m)}</span> }]
                  : []),
                { key: 'files', label: t('catalogue.materials.downloads'), children: <MaterialFiles material={m} files={files} /> },
              ]}
            />
          </Card>
        </li>
      ))}
    </ol>
  );
}
