/** 办理过程: the public timeline (step, department, time, note), oldest first, the latest step highlighted. */
import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../components/format';
import type { TimelineEntry } from './types';

export function ApplicationTimeline({ entries }: { entries: TimelineEntry[] }) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) return <Typography.Text type="secondary">{t('applications.detail.noTimeline')}</Typography.Text>;
  return (
    <Timeline
      className="application-timeline"
      items={entries.map((e, i) => ({
        key: `${e.at}-${i}`,
        color: i === entries.length - 1 ? 'blue' : 'gray',
        content: (
          <div>
            <Typography.Text strong>{e.step}</Typography.Text>
            <div>
              <Typography.Text type="secondary">
                <time dateTime={e.at}>{formatDateTime(e.at, i18n.language)}</time>
                {e.department ? ` · ${e.department}` : ''}
              </Typography.Text>
            </div>
            {e.note && <div className="application-timeline__note">{e.note}</div>}
          </div>
        ),
      }))}
    />
  );
}
