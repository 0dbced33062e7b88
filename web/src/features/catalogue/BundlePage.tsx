/**
 * 一件事 (/bundles/:code): what it covers, its items (each linking to its guide), the merged material list
 * (each document once, with the items that need it), the promised limit (the longest — the items run in
 * parallel), the departments involved, and 「一件事在线申报」.
 */
import { FormOutlined } from '@ant-design/icons';
import { Breadcrumb, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { isApiError } from '../../api/errors';
import { LinkButton } from '../../components/LinkButton';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { BundleItems } from './BundleItems';
import { BundleMaterials } from './BundleMaterials';
import { GuideNotFound } from './GuideNotFound';
import { GuideSection } from './GuideSection';
import type { BundleDetail } from './types';
import { useBundle } from './use-bundle';
import { useCodeLabel } from './use-code-lists';
import { useGuideText } from './use-guide-text';
import '../../styles/catalogue.css';

export function BundlePage() {
  const { code } = useParams();
  const bundle = useBundle(code);
  if (bundle.isPending) return <Loading />;
  if (bundle.isError) {
    if (isApiError(bundle.error, 'NOT_FOUND') || isApiError(bundle.error, 'VALIDATION_FAILED')) return <GuideNotFound bundle />;
    return (
      <div className="page">
        <QueryError error={bundle.error} onRetry={() => void bundle.refetch()} />
      </div>
    );
  }
  return <BundleView detail={bundle.data} />;
}

function BundleView({ detail }: { detail: BundleDetail }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const text = useGuideText();
  const b = detail.bundle;
  const home = b.audience === 'person' ? { to: '/personal', text: t('nav.personal') } : { to: '/enterprise', text: t('nav.enterprise') };
  const theme = b.theme ? label(b.audience === 'person' ? 'person_theme' : 'enterprise_theme', b.theme) : undefined;
  return (
    <div className="page bundle-page">
      <Breadcrumb
        className="guide-breadcrumb"
        items={[
          { key: 'home', title: <Link to="/">{t('nav.home')}</Link> },
          { key: 'audience', title: <Link to={home.to}>{home.text}</Link> },
          { key: 'bundle', title: b.name },
        ]}
      />
      <PageTitle
        title={b.name}
        extra={
          <LinkButton type="primary" size="large" icon={<FormOutlined aria-hidden />} to={`/apply/bundle-${encodeURIComponent(b.code)}`}>
            {t('catalogue.bundle.apply')}
          </LinkButton>
        }
      />
      {b.description && <Typography.Paragraph className="pre-line bundle-page__desc">{b.description}</Typography.Paragraph>}
      <div className="guide-header">
        <Descriptions
          className="guide-facts"
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={[
            {
              key: 'limit',
              label: t('catalogue.bundle.promisedLimit'),
              children: (
                <div>
                  <strong>{text.limit(detail.promisedLimitDays, 'working_day')}</strong>
                  <Typography.Text type="secondary" className="guide-fact__note">
                    {t('catalogue.bundle.promisedLimitNote')}
                  </Typography.Text>
                </div>
              ),
            },
            { key: 'departments', label: t('catalogue.bundle.departments'), children: detail.departments.join('、') || '—' },
            { key: 'items', label: t('catalogue.bundle.itemCount'), children: t('catalogue.count', { n: detail.items.length }) },
            ...(theme ? [{ key: 'theme', label: t('catalogue.filters.theme'), children: theme }] : []),
          ]}
        />
      </div>
      <GuideSection id="bundle-items" title={t('catalogue.bundle.items')}>
        <BundleItems items={detail.items} />
      </GuideSection>
      <GuideSection id="bundle-materials" title={t('catalogue.bundle.materials')}>
        <Typography.Paragraph>{t('catalogue.bundle.materialsIntro', { n: detail.materials.length })}</Typography.Paragraph>
        <BundleMaterials materials={detail.materials} />
      </GuideSection>
    </div>
  );
}
