/** A download link of a catalogue file: its kind (空白表格 / 示例样表 / 结果样本), then the file name as the link text and its size. */
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { fileHref, formatFileSize } from './format';
import type { FileMeta } from './types';

export function FileLink({ id, kind, files }: { id: string | null; kind: string; files: readonly FileMeta[] }) {
  const { t } = useTranslation();
  if (!id) return null;
  const meta = files.find((f) => f.id === id);
  return (
    <span className="file-link">
      <span className="file-link__kind">{t('catalogue.labelled', { label: kind, value: '' })}</span>
      <a href={fileHref(id)} download={meta?.fileName ?? true} type={meta?.mediaType}>
        <DownloadOutlined aria-hidden /> {meta?.fileName ?? kind}
      </a>
      {meta && <span className="file-link__size">{t('catalogue.paren', { text: formatFileSize(meta.size) })}</span>}
    </span>
  );
}
