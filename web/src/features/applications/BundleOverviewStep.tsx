/** ① 办理须知: the bundle's items (each linking to its guide), how shared facts and documents are handled, the joint limit. */
import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { BundleItems } from '../catalogue/BundleItems';
import type { BundleDetail } from '../catalogue/types';
import { useGuideText } from '../catalogue/use-guide-text';
import '../../styles/catalogue.css';

export function BundleOverviewStep({ detail }: { detail: BundleDetail }) {
  const { t } = useTranslation();
  const text = useGuideText();
  return (
    <div className="bundle-overview">
      <Typography.Paragraph>{t('applications.bundle.overviewIntro', { n: detail.items.length })}</Typography.Paragraph>
      <BundleItems items={detail.items} />
      <ul className="bundle-overview__notes">
        <li>{t('applications.bundle.limitLine', { limit: text.limit(detail.promisedLimitDays, 'working_day') })}</li>
        <li>{t('applications.bundle.jointLimit')}</li>
        <li>{t('applications.bundle.sharedFacts')}</li>
        <li>{t('applications.bundle.sharedDocs')}</li>
      </ul>
      <Alert type="info" showIcon title={t('applications.bundle.noDraft')} />
    </div>
  );
}
