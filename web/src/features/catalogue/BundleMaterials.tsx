/** The merged, de-duplicated materials of a 一件事: each once, with which items need it (a table, cards on a phone). */
import { Card, Grid, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { TableRegion } from '../../components/TableRegion';
import type { BundleMaterial } from './types';

export function BundleMaterials({ materials }: { materials: readonly BundleMaterial[] }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const required = (m: BundleMaterial) => (m.required ? t('catalogue.materials.requiredYes') : t('catalogue.bundle.requiredSometimes'));
  const kinds = (m: BundleMaterial) => m.kinds.join('、');
  const usedBy = (m: BundleMaterial) => m.usedBy.join('、');
  if (screens.sm === false) {
    return (
      <ol className="material-cards" aria-label={t('catalogue.bundle.materials')}>
        {materials.map((m) => (
          <li key={m.name}>
            <Card size="small" title={m.name} className="material-card">
              <p>{t('catalogue.labelled', { label: t('catalogue.materials.required'), value: required(m) })}</p>
              <p>{t('catalogue.labelled', { label: t('catalogue.bundle.kinds'), value: kinds(m) })}</p>
              <p>{t('catalogue.labelled', { label: t('catalogue.bundle.usedBy'), value: usedBy(m) })}</p>
            </Card>
          </li>
        ))}
      </ol>
    );
  }
  return (
    <TableRegion label={t('catalogue.bundle.materials')} minWidth={640}>
      <Table<BundleMaterial>
        rowKey="name"
        size="middle"
        pagination={false}
        dataSource={[...materials]}
        columns={[
          { key: 'index', title: t('catalogue.materials.index'), width: 56, render: (_: unknown, _m, i) => i + 1 },
          { key: 'name', title: t('catalogue.materials.name'), dataIndex: 'name' },
          { key: 'required', title: t('catalogue.materials.required'), width: 110, render: (_: unknown, m) => required(m) },
          { key: 'kinds', title: t('catalogue.bundle.kinds'), width: 160, render: (_: unknown, m) => kinds(m) },
          { key: 'usedBy', title: t('catalogue.bundle.usedBy'), render: (_: unknown, m) => usedBy(m) },
        ]}
      />
    </TableRegion>
  );
}
