/**
 * 办件详情 (/applications/:id): header facts, the live timeline (refetched every 15 s), documents with PDF
 * downloads, materials, and the applicant's actions the server allows now (撤回申请, 提交补正, 补齐容缺材料).
 * Right after submitting it shows the 办件编号 and 查询码 large. A draft forwards to its apply page.
 */
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useParams } from 'react-router-dom';
import { LinkButton } from '../../components/LinkButton';
import { PageTitle } from '../../components/PageTitle';
import { RequireAuth } from '../auth/RequireAuth';
import { ApplicationFacts } from './ApplicationFacts';
import { ApplicationTimeline } from './ApplicationTimeline';
import { FollowUpPanel } from './FollowUpPanel';
import { AppliedMaterials, NoticesList } from './NoticesAndMaterials';
import { SubmittedResult } from './SubmittedResult';
import type { ApplicationDetail } from './types';
import { useApplication } from './use-applications';
import { WithdrawButton } from './WithdrawButton';
import { QueryOr404 } from './QueryOr404';
import './applications.css';

export function ApplicationPage() {
  const { id = '' } = useParams();
  return (
    <RequireAuth>
      <ApplicationLoader key={id} id={id} />
    </RequireAuth>
  );
}

function ApplicationLoader({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useApplication(id);
  return (
    <QueryOr404 query={query} notFoundTitle={t('applications.detail.notFound')} notFoundText={t('applications.detail.notFoundText')}>
      {(detail) =>
        detail.status === 'draft' ? (
          <Navigate to={`/apply/${encodeURIComponent(detail.itemCode)}`} replace />
        ) : (
          <ApplicationView detail={detail} />
        )
      }
    </QueryOr404>
  );
}

function ApplicationView({ detail }: { detail: ApplicationDetail }) {
  const { t } = useTranslation();
  const location = useLocation();
  const justSubmitted = (location.state as { submitted?: boolean } | null)?.submitted === true;
  const allowed = detail.allowed.actions;
  const canWithdraw = allowed.includes('withdraw');
  return (
    <div className="page application">
      <PageTitle title={detail.itemName} extra={<LinkButton to="/applications">{t('applications.detail.back')}</LinkButton>} />
      {justSubmitted && <SubmittedResult number={detail.number} queryCode={detail.queryCode} />}
      <ApplicationFacts detail={detail} />
      {allowed.includes('resubmit') && <FollowUpPanel detail={detail} kind="resubmit" />}
      {allowed.includes('tolerance_fulfilled') && <FollowUpPanel detail={detail} kind="supplement" />}
      <Card
        className="application-section"
        title={<h2 className="application-card-title">{t('applications.detail.timeline')}</h2>}
        extra={<Typography.Text type="secondary">{t('applications.detail.timelineLive')}</Typography.Text>}
      >
        <ApplicationTimeline entries={detail.timeline} />
      </Card>
      <Card className="application-section" title={<h2 className="application-card-title">{t('applications.detail.notices')}</h2>}>
        <NoticesList applicationId={detail.id} notices={detail.notices} />
      </Card>
      <Card className="application-section" title={<h2 className="application-card-title">{t('applications.detail.materials')}</h2>}>
        <AppliedMaterials materials={detail.materials} />
      </Card>
      {canWithdraw && (
        <section className="application-section" aria-labelledby="application-actions">
          <Typography.Title level={2} id="application-actions" className="application-card-title application-actions-title">
            {t('applications.detail.actions')}
          </Typography.Title>
          <Flex gap="middle" wrap>
            <WithdrawButton detail={detail} />
          </Flex>
        </section>
      )}
    </div>
  );
}
