/** The items of a 一件事: each with its department, promised and legal limits, online or not, linking to its guide. */
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { StatusTag } from '../../components/StatusTag';
import type { BundleItem } from './types';
import { useGuideText } from './use-guide-text';

export function BundleItems({ items }: { items: readonly BundleItem[] }) {
  const { t } = useTranslation();
  const text = useGuideText();
  return (
    <ol className="item-list bundle-items">
      {items.map((item) => (
        <li key={item.implementationCode}>
          <article className="item-card">
            <h3 className="item-card__title">
              <Link to={`/guide/${encodeURIComponent(item.implementationCode)}`}>{item.name}</Link>
            </h3>
            <div className="item-card__meta">
              <Typography.Text type="secondary">{item.departmentName}</Typography.Text>
              <Typography.Text>
                {t('catalogue.labelled', {
                  label: t('catalogue.guide.promisedLimit'),
                  value: text.limit(item.promisedLimitDays, 'working_day'),
                })}
                <span aria-hidden> · </span>
                <span className="visually-hidden">，</span>
                {t('catalogue.labelled', { label: t('catalogue.guide.legalLimit'), value: text.limit(item.legalLimitDays, 'working_day') })}
              </Typography.Text>
              {item.isOnline ? (
                <StatusTag tone="ok">{t('catalogue.bundle.online')}</StatusTag>
              ) : (
                <StatusTag tone="neutral">{t('catalogue.bundle.offline')}</StatusTag>
              )}
            </div>
          </article>
        </li>
      ))}
    </ol>
  );
}
