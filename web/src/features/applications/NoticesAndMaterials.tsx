/** The documents issued (文书, PDF downloads) and the materials submitted, as two short lists. */
import { FilePdfOutlined, PaperClipOutlined } from '@ant-design/icons';
import { List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../components/format';
import type { AppliedMaterial, Notice } from './types';

export function NoticesList({ applicationId, notices }: { applicationId: string; notices: Notice[] }) {
  const { t, i18n } = useTranslation();
  if (notices.length === 0) return <Typography.Text type="secondary">{t('applications.detail.noNotices')}</Typography.Text>;
  return (
    <List
      size="small"
      aria-label={t('applications.detail.notices')}
      dataSource={notices}
      renderItem={(n) => (
        <List.Item>
          <div>
            <a
              href={`/api/applications/${applicationId}/notices/${n.id}`}
              target="_blank"
              rel="noreferrer"
              aria-label={t('applications.detail.downloadLabel', { title: n.title })}
            >
              <FilePdfOutlined aria-hidden /> {n.title}
            </a>
            <div>
              <Typography.Text type="secondary">
                {n.number} · {formatDateTime(n.issuedAt, i18n.language)}
              </Typography.Text>
            </div>
          </div>
        </List.Item>
      )}
    />
  );
}

export function AppliedMaterials({ materials }: { materials: AppliedMaterial[] }) {
  const { t } = useTranslation();
  if (materials.length === 0) return <Typography.Text type="secondary">{t('applications.detail.noMaterials')}</Typography.Text>;
  return (
    <List
      size="small"
      aria-label={t('applications.detail.materials')}
      dataSource={materials}
      renderItem={(m) => (
        <List.Item>
          <div>
            <Typography.Text strong>{m.name}</Typography.Text>
            <div>
              {m.uploadId && m.fileName ? (
                <a href={`/api/uploads/${m.uploadId}`} download={m.fileName}>
                  <PaperClipOutlined aria-hidden /> {m.fileName}
                </a>
              ) : (
                <Typography.Text type="secondary">{t('applications.detail.paper')}</Typography.Text>
              )}
            </div>
          </div>
        </List.Item>
      )}
    />
  );
}
