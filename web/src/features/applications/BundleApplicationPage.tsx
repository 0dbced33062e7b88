/**
 * 一件事办理进度 (/applications/bundles/:id): the bundle's overall state — it completes when all its
 * applications have — the joint limit (行政许可法第四十二条第二款: 45 working days, +15 on approval), and
 * each item's application with its number, status and clock, linking to its own page. Right after
 * submitting it names the application numbers first. Refreshed every 15 s like an application's page.
 */
import { Card, Descriptions, Flex, List, Progress, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { LinkButton } from '../../components/LinkButton';
import { PageTitle } from '../../components/PageTitle';
import { StatusTag } from '../../components/StatusTag';
import { formatDateTime } from '../../components/format';
import { RequireAuth } from '../auth/RequireAuth';
import { ApplicationStatusTag } from './ApplicationStatusTag';
import { bundleProgress, bundleStatus, bundleTone } from './bundle-status';
import { ClockTag } from './ClockTag';
import { CopyableCode, FactsTable } from './FactsTable';
import { useBundleApplication, type BundleApplication, type BundleApplicationEntry } from './use-bundle-apply';
import { QueryOr404 } from './QueryOr404';
import './applications.css';
import './bundle-apply.css';

export function BundleApplicationPage() {
  const { id = '' } = useParams();
  return (
    <RequireAuth>
      <BundleApplicationLoader key={id} id={id} />
    </RequireAuth>
  );
}

function BundleApplicationLoader({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useBundleApplication(id);
  return (
    <QueryOr404
      query={query}
      notFoundTitle={t('applications.bundle.detail.notFound')}
      notFoundText={t('applications.bundle.detail.notFoundText')}
    >
      {(bundle) => <BundleApplicationView bundle={bundle} />}
    </QueryOr404>
  );
}

function BundleApplicationView({ bundle }: { bundle: BundleApplication }) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const justSubmitted = (location.state as { submitted?: boolean } | null)?.submitted === true;
  const progress = bundleProgress(bundle.applications);
  return (
    <div className="page application bundle-application">
      <PageTitle title={bundle.bundleName} extra={<LinkButton to="/applications">{t('applications.detail.back')}</LinkButton>} />
      {justSubmitted && <BundleSubmitted bundle={bundle} />}
      <FactsTable>
        <Descriptions.Item label={t('applications.bundle.detail.number')}>
          <CopyableCode>{bundle.number}</CopyableCode>
        </Descriptions.Item>
        <Descriptions.Item label={t('applications.bundle.detail.status')}>
          <StatusTag tone={bundleTone(bundle.status)}>{t(`applications.bundle.status.${bundleStatus(bundle.status)}`)}</StatusTag>
        </Descriptions.Item>
        <Descriptions.Item label={t('applications.bundle.detail.submittedAt')}>
          {formatDateTime(bundle.submittedAt, i18n.language)}
        </Descriptions.Item>
        {bundle.completedAt ? (
          <Descriptions.Item label={t('applications.bundle.detail.completedAt')}>
            {formatDateTime(bundle.completedAt, i18n.language)}
          </Descriptions.Item>
        ) : (
          <Descriptions.Item label={t('applications.bundle.detail.legalDue')}>
            <Flex vertical gap={2}>
              <strong>{bundle.legalDueDate ?? '—'}</strong>
              <Typography.Text type="secondary">{t('applications.bundle.detail.legalDueNote')}</Typography.Text>
            </Flex>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('applications.bundle.detail.progress')} span={{ xs: 1, sm: 1, md: 2 }}>
          <Flex vertical gap={4}>
            <span>{t('applications.bundle.detail.progressText', { done: progress.done, total: progress.total })}</span>
            <Progress percent={progress.percent} showInfo={false} aria-label={t('applications.bundle.detail.progressLabel')} />
            <Typography.Text type="secondary">{t('applications.bundle.detail.rule')}</Typography.Text>
          </Flex>
        </Descriptions.Item>
      </FactsTable>
      <Card
        className="application-section"
        title={<h2 className="application-card-title">{t('applications.bundle.detail.applications')}</h2>}
        extra={<Typography.Text type="secondary">{t('applications.bundle.detail.live')}</Typography.Text>}
      >
        <List
          aria-label={t('applications.bundle.detail.applications')}
          itemLayout="vertical"
          dataSource={bundle.applications}
          rowKey="id"
          renderItem={(a) => <BundleApplicationRow application={a} />}
        />
      </Card>
    </div>
  );
}

function BundleApplicationRow({ application: a }: { application: BundleApplicationEntry }) {
  const { t } = useTranslation();
  return (
    <List.Item
      className="application-row"
      actions={[
        <LinkButton key="go" to={`/applications/${a.id}`} aria-label={`${t('applications.bundle.detail.view')} ${a.itemName}`}>
          {t('applications.bundle.detail.view')}
        </LinkButton>,
      ]}
    >
      <List.Item.Meta
        title={
          <Flex gap="small" wrap align="center">
            <Link to={`/applications/${a.id}`}>{a.itemName}</Link>
            <ApplicationStatusTag status={a.status} label={a.statusLabel} />
            <ClockTag clock={a.clock} />
          </Flex>
        }
        description={
          <Flex vertical gap={2}>
            <span>
              {t('applications.mine.number')}：<span className="bundle-application__number">{a.number}</span>
            </span>
            <span>
              {t('applications.mine.department')}：{a.departmentName}
            </span>
            {a.clock.dueDate && (
              <span>
                {t('applications.mine.dueDate')}：{a.clock.dueDate}
              </span>
            )}
          </Flex>
        }
      />
    </List.Item>
  );
}

/** Shown once, right after submitting: each item's 办件编号, large, linking to its application (the bundle's number follows below). */
function BundleSubmitted({ bundle }: { bundle: BundleApplication }) {
  const { t } = useTranslation();
  return (
    <Result
      status="success"
      className="submitted-result bundle-submitted"
      title={<h2 className="result-title">{t('applications.bundle.submitted.title')}</h2>}
      subTitle={
        <div role="status">
          <p>{t('applications.bundle.submitted.text', { n: bundle.applications.length })}</p>
          <ol className="bundle-submitted__list">
            {bundle.applications.map((a) => (
              <li key={a.id}>
                <Link to={`/applications/${a.id}`} className="bundle-submitted__item">
                  {a.itemName}
                </Link>
                <span className="application-codes">{a.number}</span>
              </li>
            ))}
          </ol>
        </div>
      }
    />
  );
}
