/** The at-a-glance tags of an item: 全程网办 (网办深度 Ⅳ级) and the number of trips (零跑动 / 跑动 N 次). */
import { Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../components/StatusTag';

export const FULLY_ONLINE_LEVEL = 4;

export function ItemTags({ onlineLevel, visits }: { onlineLevel: number; visits: number }) {
  const { t } = useTranslation();
  return (
    <Space size={[4, 4]} wrap className="item-tags">
      {onlineLevel >= FULLY_ONLINE_LEVEL && <StatusTag tone="ok">{t('catalogue.tags.fullyOnline')}</StatusTag>}
      {visits === 0 ? (
        <StatusTag tone="ok">{t('catalogue.tags.zeroVisits')}</StatusTag>
      ) : (
        <StatusTag tone={visits === 1 ? 'info' : 'neutral'}>{t('catalogue.tags.visits', { n: visits })}</StatusTag>
      )}
    </Space>
  );
}
