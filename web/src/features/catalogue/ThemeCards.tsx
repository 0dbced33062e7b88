/** 主题服务: life-event themes (出生…身后 / 准入准营…注销退出) as cards with their item counts → /search. */
import { Card, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { searchPath } from './search-params';
import type { Audience, ThemeCount } from './types';

export function ThemeCards({ themes, audience, big = false }: { themes: readonly ThemeCount[]; audience: Audience; big?: boolean }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[12, 12]} role="list" className={big ? 'theme-cards theme-cards--big' : 'theme-cards'}>
      {themes.map((theme) => (
        <Col key={theme.code} xs={big ? 24 : 12} sm={big ? 12 : 8} md={big ? 12 : 6} lg={big ? 8 : 4} role="listitem">
          <Link to={searchPath({ theme: theme.code, audience })} className="theme-card">
            <Card hoverable size="small" className="theme-card__card">
              <span className="theme-card__label">{theme.label}</span>
              <span className="theme-card__count">{t('catalogue.count', { n: theme.count })}</span>
            </Card>
          </Link>
        </Col>
      ))}
    </Row>
  );
}
