/** 申请材料 as a table (名称, 必要性, 类型/形式, 份数, 来源/出具机构, 填报须知, 下载) in a keyboard-scrollable region. */
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { TableRegion } from '../../components/TableRegion';
import { MaterialFiles } from './MaterialFiles';
import { MaterialName } from './MaterialName';
import type { FileMeta, Material, Scenario } from './types';
import { useMaterialText } from './use-material-text';

interface Props {
  materials: Material[];
  scenarios: readonly Scenario[];
  files: readonly FileMeta[];
}

export function MaterialsTable({ materials, scenarios, files }: Props) {
  const { t } = useTranslation();
  const text = useMaterialText();
  return (
    <TableRegion label={t('catalogue.materials.tableLabel')} minWidth={840}>
      <Table<Material>
        rowKey="key"
        size="middle"
        pagination={false}
        dataSource={materials}
        columns={[
          { key: 'index', title: t('catalogue.materials.index'), width: 48, render: (_: unknown, _m, i) => i + 1 },
          {
            key: 'name',
            title: t('catalogue.materials.name'),
            width: 160,
            render: (_: unknown, m) => <MaterialName material={m} scenarios={scenarios} />,
          },
          { key: 'required', title: t('catalogue.materials.required'), width: 64, render: (_: unknown, m) => text.required(m) },
          { key: 'kind', title: t('catalogue.materials.kindFormat'), width: 88, render: (_: unknown, m) => text.kindFormat(m) },
          {
            key: 'copies',
            title: t('catalogue.materials.copies'),
            width: 88,
            render: (_: unknown, m) => <span className="pre-line">{text.copies(m)}</span>,
          },
          { key: 'source', title: t('catalogue.materials.source'), width: 104, render: (_: unknown, m) => text.source(m) },
          {
            key: 'notes',
            title: t('catalogue.materials.notes'),
            render: (_: unknown, m) => <span className="pre-line">{text.notes(m) || '—'}</span>,
          },
          {
            key: 'files',
            title: t('catalogue.materials.downloads'),
            width: 160,
            render: (_: unknown, m) => <MaterialFiles material={m} files={files} />,
          },
        ]}
      />
    </TableRegion>
  );
}
