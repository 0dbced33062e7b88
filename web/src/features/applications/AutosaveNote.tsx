/** The autosave status beside the title: 正在保存… / 已自动保存 hh:mm / failed. Read out politely by screen readers. */
import { CheckCircleOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AutosaveStatus } from './use-draft-autosave';

const hhmm = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;

export function AutosaveNote({ status }: { status: AutosaveStatus }) {
  const { t } = useTranslation();
  return (
    <div aria-live="polite" className="autosave-note">
      {status.kind === 'saving' && (
        <Typography.Text type="secondary">
          <LoadingOutlined aria-hidden /> {t('applications.autosave.saving')}
        </Typography.Text>
      )}
      {status.kind === 'saved' && (
        <Typography.Text type="success">
          <CheckCircleOutlined aria-hidden /> {t('applications.autosave.saved', { time: hhmm(status.at) })}
        </Typography.Text>
      )}
      {status.kind === 'failed' && (
        <Typography.Text type="danger">
          <ExclamationCircleOutlined aria-hidden /> {t('applications.autosave.failed')}
        </Typography.Text>
      )}
    </div>
  );
}
