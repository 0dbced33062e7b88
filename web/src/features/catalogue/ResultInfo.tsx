/** 办理结果: the result's name and type, and a sample to download when there is one. */
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { FileLink } from './FileLink';
import type { FileMeta, GuideContent } from './types';
import { useCodeLabel } from './use-code-lists';

export function ResultInfo({ content, files }: { content: GuideContent; files: readonly FileMeta[] }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  return (
    <Descriptions
      size="small"
      column={1}
      items={[
        { key: 'name', label: t('catalogue.result.name'), children: content.resultName || '—' },
        { key: 'type', label: t('catalogue.result.type'), children: label('result_type', content.resultType) },
        ...(content.resultSampleFileId
          ? [
              {
                key: 'sample',
                label: t('catalogue.result.sample'),
                children: <FileLink id={content.resultSampleFileId} kind={t('catalogue.result.sample')} files={files} />,
              },
            ]
          : []),
      ]}
    />
  );
}
