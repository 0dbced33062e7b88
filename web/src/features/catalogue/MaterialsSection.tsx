/**
 * 申请材料: how many materials the chosen 办理情形 need (announced as it changes), then the list — a table
 * on wider screens, cards on a phone.
 */
import { Grid, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MaterialCards } from './MaterialCards';
import { MaterialsTable } from './MaterialsTable';
import type { FileMeta, Material, Scenario } from './types';

interface Props {
  materials: Material[];
  total: number;
  answered: boolean;
  scenarios: readonly Scenario[];
  files: readonly FileMeta[];
}

export function MaterialsSection({ materials, total, answered, scenarios, files }: Props) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const phone = screens.sm === false;
  const count = answered
    ? t('catalogue.materials.countForChoice', { n: materials.length })
    : scenarios.length > 0
      ? t('catalogue.materials.countAll', { n: total })
      : t('catalogue.materials.count', { n: total });
  return (
    <>
      <Typography.Paragraph role="status" className="materials-count">
        <strong>{count}</strong>
      </Typography.Paragraph>
      {materials.length === 0 ? null : phone ? (
        <MaterialCards materials={materials} scenarios={scenarios} files={files} />
      ) : (
        <MaterialsTable materials={materials} scenarios={scenarios} files={files} />
      )}
    </>
  );
}
