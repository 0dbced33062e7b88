/**
 * 办件 (staff view): the facts and clocks, the actions panel (what the caller may do now), the form data,
 * materials with preview, notices, history and the process drawing. On a phone the actions follow the facts.
 */
import { Alert, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { LinkButton } from '../../components/LinkButton';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { ActionsPanel } from './ActionsPanel';
import { ApplicationFacts } from './ApplicationFacts';
import { FormDataSection } from './FormDataSection';
import { HistorySection } from './HistorySection';
import { MaterialsSection } from './MaterialsSection';
import { NoticesSection } from './NoticesSection';
import { ProcessSection } from './ProcessSection';
import { useConsoleApplication } from './use-console-applications';
import './applications-console.css';

export function ConsoleApplicationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useConsoleApplication(id);
  const app = query.data;
  const back = <LinkButton to="/console/inbox">{t('applicationsConsole.detail.back')}</LinkButton>;

  if (query.error) {
    return (
      <>
        <PageTitle title={t('applicationsConsole.detail.title')} extra={back} />
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  if (!app) return <Loading />;
  return (
    <>
      <PageTitle title={t('applicationsConsole.detail.heading', { item: app.itemName, number: app.number })} extra={back} />
      {app.calendarWarning && <Alert type="warning" showIcon title={app.calendarWarning} className="app-section" />}
      <ApplicationFacts app={app} />
      <Row gutter={16}>
        <Col xs={{ span: 24, order: 1 }} lg={{ span: 16, order: 1 }}>
          <FormDataSection app={app} />
          <MaterialsSection app={app} />
          <NoticesSection app={app} />
          <HistorySection app={app} />
          <ProcessSection app={app} />
        </Col>
        <Col xs={{ span: 24, order: 0 }} lg={{ span: 8, order: 2 }}>
          <ActionsPanel app={app} />
        </Col>
      </Row>
    </>
  );
}
