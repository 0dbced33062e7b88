/**
 * One item's part of 确认提交, shared by a single application and each item of a 一件事: department,
 * promised limit for the answers, the chosen 办理情形 and the files each material will receive.
 */
import { Descriptions, Grid, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { chosenOptions, promisedDaysFor, type Answers } from '../catalogue/scenario-filter';
import { useGuideText, type LimitUnit } from '../catalogue/use-guide-text';
import type { UploadedFile } from '../uploads/upload-file';
import type { ApplyContext } from './types';

/** A material as the summary lists it; `required` decides how a missing file reads. */
export interface SummaryMaterial {
  key: string;
  name: string;
  required: boolean;
}

interface Props {
  context: ApplyContext;
  answers: Answers;
  materials: readonly SummaryMaterial[];
  /** material key → its uploaded files */
  files: Readonly<Record<string, readonly UploadedFile[]>>;
  /** lead with the item's name (a 一件事 names each item in a heading instead) */
  withItemName?: boolean;
  className?: string;
}

export function ItemConfirmFacts({ context, answers, materials, files, withItemName = false, className }: Props) {
  const { t } = useTranslation();
  const text = useGuideText();
  const wide = Grid.useBreakpoint().sm;
  const chosen = chosenOptions(context.scenarios, answers);
  const days = promisedDaysFor(context.promisedLimitDays, context.scenarios, answers);
  return (
    <Descriptions bordered column={1} size="small" layout={wide ? 'horizontal' : 'vertical'} className={className}>
      {withItemName && <Descriptions.Item label={t('applications.apply.summaryItem')}>{context.itemName}</Descriptions.Item>}
      <Descriptions.Item label={t('applications.apply.summaryDepartment')}>{context.departmentName}</Descriptions.Item>
      <Descriptions.Item label={t('applications.apply.summaryLimit')}>{text.limit(days, context.limitUnit as LimitUnit)}</Descriptions.Item>
      {chosen.length > 0 && (
        <Descriptions.Item label={t('applications.apply.summaryScenarios')}>
          <ul className="apply__list">
            {chosen.map(({ scenario, option }) => (
              <li key={scenario.key}>
                {scenario.question} {option.label}
              </li>
            ))}
          </ul>
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('applications.apply.summaryMaterials')}>
        {materials.length === 0 ? (
          t('applications.apply.noMaterials')
        ) : (
          <ul className="apply__list">
            {materials.map((m) => (
              <MaterialFilesLine key={m.key} material={m} files={files[m.key] ?? []} />
            ))}
          </ul>
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** 材料名：its file names, or — when there are none — 未上传 (required) / 未上传（选交） (optional). */
function MaterialFilesLine({ material, files }: { material: SummaryMaterial; files: readonly UploadedFile[] }) {
  const { t } = useTranslation();
  return (
    <li>
      {material.name}：
      {files.length > 0 ? (
        files.map((f) => f.fileName).join('、')
      ) : (
        <Typography.Text type={material.required ? 'danger' : 'secondary'}>
          {material.required ? t('applications.apply.notUploaded') : t('applications.apply.notRequiredEmpty')}
        </Typography.Text>
      )}
    </li>
  );
}
