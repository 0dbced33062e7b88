/** Entry cards of the portal home: a grid in the standard theme, one large column in 长辈版. */
import {
  AuditOutlined,
  BankOutlined,
  CalendarOutlined,
  FileSearchOutlined,
  LikeOutlined,
  PhoneOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Card, Col, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePreferences } from '../preferences/use-preferences';
import { ELDER_ENTRIES, PATH_OF, STANDARD_ENTRIES, type Entry } from './entries';

const ICONS: Record<Entry, ReactNode> = {
  personal: <UserOutlined />,
  enterprise: <BankOutlined />,
  applications: <FileSearchOutlined />,
  appointments: <CalendarOutlined />,
  hotline: <PhoneOutlined />,
  ratings: <LikeOutlined />,
  me: <AuditOutlined />,
};

export function ServiceCards() {
  const { t } = useTranslation();
  const { elder } = usePreferences();
  const entries = elder ? ELDER_ENTRIES : STANDARD_ENTRIES;
  return (
    <section aria-labelledby="services-title" className="services">
      <Typography.Title level={2} id="services-title" className="section-title">
        {elder ? t('portal.elderServicesTitle') : t('portal.servicesTitle')}
      </Typography.Title>
      <Row gutter={[16, 16]} role="list">
        {entries.map((entry) => (
          <Col key={entry} xs={24} sm={elder ? 24 : 12} lg={elder ? 24 : 8} role="listitem">
            <Link to={PATH_OF[entry]} className="service-card">
              <Card hoverable className="service-card__card">
                <span className="service-card__icon" aria-hidden>
                  {ICONS[entry]}
                </span>
                <span className="service-card__text">
                  <h3 className="service-card__title">{t(`nav.${entry}`)}</h3>
                  <span className="service-card__desc">{t(`portal.cards.${entry}`)}</span>
                </span>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
      {elder && <Typography.Paragraph className="services__hint">{t('portal.showAllHint')}</Typography.Paragraph>}
    </section>
  );
}
