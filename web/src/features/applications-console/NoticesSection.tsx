/** 办件文书 (收件凭证、受理通知书、补正告知书、决定书…): each opens as a PDF in a new tab. */
import { FilePdfOutlined } from '@ant-design/icons';
import { Card, List } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from './format';
import type { ApplicationDetail } from './types';

export const noticeUrl = (applicationId: string, noticeId: string) => `/api/console/applications/${applicationId}/notices/${noticeId}`;

export function NoticesSection({ app }: { app: ApplicationDetail }) {
  const { t } = useTranslation();
  return (
    <Card className="app-section" title={<h2>{t('applicationsConsole.detail.notices')}</h2>}>
      <List
        dataSource={app.notices}
        locale={{ emptyText: t('applicationsConsole.detail.noNotices') }}
        renderItem={(n) => (
          <List.Item key={n.id}>
            <List.Item.Meta
              title={
                <a href={noticeUrl(app.id, n.id)} target="_blank" rel="noopener">
                  <FilePdfOutlined aria-hidden /> {n.title}
                  <span className="visually-hidden">{t('applicationsConsole.detail.pdfNewTab')}</span>
                </a>
              }
              description={`${n.number} · ${formatDateTime(n.issuedAt) ?? ''}`}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
