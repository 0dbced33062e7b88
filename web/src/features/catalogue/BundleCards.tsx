/** 一件事: published bundles as cards (name, description, how many items and departments) → /bundles/:code. */
import { Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { BundleSummary } from './types';

export function BundleCards({ bundles, headingLevel = 3 }: { bundles: readonly BundleSummary[]; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  return (
    <Row gutter={[16, 16]} role="list">
      {bundles.map((b) => (
        <Col key={b.code} xs={24} sm={12} lg={8} role="listitem">
          <Link to={`/bundles/${encodeURIComponent(b.code)}`} className="bundle-card">
            <Card hoverable className="bundle-card__card">
              <Heading className="bundle-card__title">{b.name}</Heading>
              {b.description && (
                <Typography.Paragraph className="bundle-card__desc" ellipsis={{ rows: 2 }}>
                  {b.description}
                </Typography.Paragraph>
              )}
              <Typography.Text type="secondary">
                {t('catalogue.bundleMeta', { items: b.itemCount, departments: b.departmentCount })}
              </Typography.Text>
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
}
