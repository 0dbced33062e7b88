/** 工作台首页: who you are (roles, department) and the tools your roles open. */
import { Card, Col, Descriptions, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageTitle } from '../../components/PageTitle';
import { RoleTags } from '../../components/RoleTags';
import { useConsoleAreas } from '../../layouts/ConsoleMenu';
import { useSession } from '../auth/use-session';

export function ConsoleHomePage() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const areas = useConsoleAreas();
  const account = session?.account;
  if (!account) return null;
  return (
    <>
      <PageTitle title={t('console.welcome', { name: account.displayName })} />
      <Card className="section">
        <Descriptions
          column={1}
          items={[
            { key: 'roles', label: t('console.yourRoles'), children: <RoleTags roles={account.roles} /> },
            { key: 'dept', label: t('console.yourDepartment'), children: account.department?.name ?? t('common.none') },
          ]}
        />
      </Card>
      <section aria-labelledby="quick-links" className="section">
        <Typography.Title level={2} id="quick-links" className="section-title">
          {t('console.quickLinks')}
        </Typography.Title>
        {areas.length === 0 ? (
          <Typography.Paragraph>{t('console.noTools')}</Typography.Paragraph>
        ) : (
          <Row gutter={[16, 16]}>
            {areas.map((area) => (
              <Col key={area} xs={24} sm={12} xl={8}>
                <Link to={`/console/${area}`} className="service-card">
                  <Card hoverable>
                    <h3 className="service-card__title">{t(`console.${area}`)}</h3>
                  </Card>
                </Link>
              </Col>
            ))}
          </Row>
        )}
      </section>
    </>
  );
}
