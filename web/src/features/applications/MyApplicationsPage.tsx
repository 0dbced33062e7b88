/**
 * 我的办件 (/applications): every application of the account, newest first — status, due date and the
 * remaining working days coloured by the clock; drafts as 草稿 with 继续填写; a part of a 一件事 links to
 * the bundle's progress page.
 */
import { Empty, Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LinkButton } from '../../components/LinkButton';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { formatDateTime } from '../../components/format';
import { RequireAuth } from '../auth/RequireAuth';
import { continuePath, isDraft } from './application-status';
import { ApplicationStatusTag } from './ApplicationStatusTag';
import { ClockTag } from './ClockTag';
import type { ApplicationSummary } from './types';
import { useMyApplications } from './use-applications';
import './applications.css';

export function MyApplicationsPage() {
  return (
    <RequireAuth>
      <MyApplications />
    </RequireAuth>
  );
}

function MyApplications() {
  const { t } = useTranslation();
  const list = useMyApplications();
  return (
    <div className="page">
      <PageTitle title={t('applications.mine.title')} extra={<LinkButton to="/progress">{t('applications.mine.progress')}</LinkButton>} />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <Empty description={<Typography.Text type="secondary">{t('applications.mine.empty')}</Typography.Text>}>
          <LinkButton type="primary" to="/catalogue">
            {t('applications.mine.browse')}
          </LinkButton>
        </Empty>
      ) : (
        <List
          aria-label={t('applications.mine.title')}
          itemLayout="vertical"
          dataSource={list.data.items}
          rowKey="id"
          renderItem={(a) => <ApplicationRow application={a} />}
        />
      )}
    </div>
  );
}

function ApplicationRow({ application: a }: { application: ApplicationSummary }) {
  const { t, i18n } = useTranslation();
  const draft = isDraft(a.status);
  const action = draft ? (
    <LinkButton key="go" type="primary" to={continuePath(a)} aria-label={`${t('applications.mine.continue')} ${a.itemName}`}>
      {t('applications.mine.continue')}
    </LinkButton>
  ) : (
    <LinkButton key="go" to={`/applications/${a.id}`} aria-label={`${t('applications.mine.view')} ${a.itemName}`}>
      {t('applications.mine.view')}
    </LinkButton>
  );
  return (
    <List.Item actions={[action]} className="application-row">
      <List.Item.Meta
        title={
          <Flex gap="small" wrap align="center">
            {draft ? <span>{a.itemName}</span> : <Link to={`/applications/${a.id}`}>{a.itemName}</Link>}
            <ApplicationStatusTag status={a.status} label={draft ? t('applications.status.draft') : a.statusLabel} />
            {!draft && <ClockTag clock={a.clock} />}
          </Flex>
        }
        description={
          <Flex vertical gap={2}>
            <span>
              {t('applications.mine.number')}：{draft ? t('applications.mine.draftNumber') : a.number}
            </span>
            <span>
              {t('applications.mine.department')}：{a.departmentName}
            </span>
            {a.bundle && (
              <span>
                {t('applications.mine.bundle')}：
                <Link to={`/applications/bundles/${a.bundle.id}`}>
                  {t('applications.bundleRef', { name: a.bundle.name, number: a.bundle.number })}
                </Link>
              </span>
            )}
            {a.submittedAt && (
              <span>
                {t('applications.mine.submittedAt')}：{formatDateTime(a.submittedAt, i18n.language)}
              </span>
            )}
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
