/**
 * /console/catalogue/items/:id — one item: its facts, every version (open any), 新建版本, 撤回事项 (publishers,
 * with a reason), and 版本对比 between any two versions.
 */
import { ArrowLeftOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Flex, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { isApiError } from '../../api/errors';
import { formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { NotFound } from '../../components/StatusPages';
import { useShowError } from '../../components/use-show-error';
import { canWithdrawItem, isOpenStatus } from './catalogue-permissions';
import { CommentModal } from './CommentModal';
import { NewVersionButton } from './NewVersionButton';
import type { VersionSummary } from './types';
import { useCatalogueActor } from './use-catalogue-actor';
import { useItem, useWithdrawItem } from './use-items';
import { VersionDiff } from './VersionDiff';
import { VersionStatusTag } from './VersionStatusTag';
import './catalogue-console.css';

export function ItemHistoryPage() {
  const { t, i18n } = useTranslation();
  const id = useParams().id ?? '';
  const item = useItem(id);
  const { actor } = useCatalogueActor();
  const withdraw = useWithdrawItem(id);
  const showError = useShowError();
  const { message } = App.useApp();
  const [withdrawing, setWithdrawing] = useState(false);

  if (item.isPending) return <Loading />;
  if (item.isError) {
    if (isApiError(item.error) && item.error.status === 404) return <NotFound home="/console/catalogue" />;
    return <QueryError error={item.error} onRetry={() => void item.refetch()} />;
  }
  const data = item.data;
  const latest = data.versions[0];
  const open = data.versions.find((v) => isOpenStatus(v.status));
  const published = data.versions.find((v) => v.id === data.publishedVersionId);
  const date = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '—');

  return (
    <>
      <Link to="/console/catalogue" className="back-link">
        <ArrowLeftOutlined aria-hidden /> {t('catalogueConsole.item.back')}
      </Link>
      <PageTitle
        title={latest?.name || data.implementationCode}
        extra={
          <Flex gap="small" wrap>
            <NewVersionButton itemId={data.id} departmentId={data.departmentId} />
            {canWithdrawItem(actor, data) && (
              <Button danger icon={<StopOutlined aria-hidden />} onClick={() => setWithdrawing(true)}>
                {t('catalogueConsole.item.withdraw')}
              </Button>
            )}
          </Flex>
        }
      />
      <Descriptions
        className="section"
        size="small"
        bordered
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'code', label: t('catalogueConsole.items.code'), children: data.implementationCode },
          { key: 'department', label: t('catalogueConsole.items.department'), children: data.departmentName },
          {
            key: 'published',
            label: t('catalogueConsole.items.published'),
            children: published ? (
              <Link to={`/console/catalogue/versions/${published.id}`}>v{published.versionNo}</Link>
            ) : (
              t('catalogueConsole.item.notPublished')
            ),
          },
        ]}
      />
      {open && (
        <Alert
          className="section inline-links"
          type="info"
          showIcon
          title={
            <>
              {t('catalogueConsole.item.openVersion', { version: open.versionNo, status: t(`catalogueConsole.status.${open.status}`) })}{' '}
              <Link to={`/console/catalogue/versions/${open.id}`}>{t('catalogueConsole.item.openIt')}</Link>
            </>
          }
        />
      )}

      <section className="section" aria-labelledby="history-title">
        <h2 id="history-title" className="section-heading">
          {t('catalogueConsole.item.history')}
        </h2>
        <Table<VersionSummary>
          rowKey="id"
          size="small"
          dataSource={data.versions}
          pagination={false}
          scroll={{ x: 'max-content' }}
          aria-label={t('catalogueConsole.item.history')}
          columns={[
            {
              title: t('catalogueConsole.version.number'),
              dataIndex: 'versionNo',
              render: (n: number, v) => <Link to={`/console/catalogue/versions/${v.id}`}>v{n}</Link>,
            },
            { title: t('catalogueConsole.items.name'), dataIndex: 'name' },
            { title: t('common.status'), dataIndex: 'status', render: (s: VersionSummary['status']) => <VersionStatusTag status={s} /> },
            { title: t('catalogueConsole.version.created'), dataIndex: 'createdAt', render: date },
            { title: t('catalogueConsole.version.updated'), dataIndex: 'updatedAt', render: date },
            { title: t('catalogueConsole.version.published'), dataIndex: 'publishedAt', render: date },
            { title: t('catalogueConsole.version.ended'), dataIndex: 'endedAt', render: date },
          ]}
        />
      </section>

      <section className="section" aria-labelledby="diff-title">
        <h2 id="diff-title" className="section-heading">
          {t('catalogueConsole.diff.title')}
        </h2>
        <VersionDiff versions={data.versions} />
      </section>

      {withdrawing && (
        <CommentModal
          title={t('catalogueConsole.item.withdrawTitle', { name: latest?.name ?? data.implementationCode })}
          label={t('catalogueConsole.item.withdrawReason')}
          note={t('catalogueConsole.item.withdrawNote')}
          okText={t('catalogueConsole.item.withdraw')}
          required
          pending={withdraw.isPending}
          onCancel={() => setWithdrawing(false)}
          onSubmit={(reason) =>
            withdraw.mutate(reason, {
              onSuccess: () => {
                void message.success(t('catalogueConsole.item.withdrawn'));
                setWithdrawing(false);
              },
              onError: (e) => showError(e),
            })
          }
        />
      )}
    </>
  );
}
