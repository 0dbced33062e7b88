/**
 * /console/catalogue/bundles — 一件事: every bundle with its status and items; administrators create and
 * edit, publishers publish and withdraw (a bundle with an unpublished item cannot be published: 409).
 */
import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { isApiError } from '../../api/errors';
import { emptyText } from '../../components/empty-text';
import { formatDateTime } from '../../components/format';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { StatusTag, type Tone } from '../../components/StatusTag';
import { useShowError } from '../../components/use-show-error';
import { BundleFormModal } from './BundleFormModal';
import type { BundleStatus, ConsoleBundle } from './types';
import { useBundleStatus, useConsoleBundles } from './use-bundles';
import { useCatalogueActor } from './use-catalogue-actor';
import { useCodeLabel } from '../catalogue/use-code-lists';
import './catalogue-console.css';

const TONES: Record<BundleStatus, Tone> = { draft: 'neutral', published: 'ok', withdrawn: 'bad' };

type Editing = { mode: 'create' } | { mode: 'edit'; bundle: ConsoleBundle } | null;

export function BundlesPage() {
  const { t, i18n } = useTranslation();
  const bundles = useConsoleBundles();
  const setStatus = useBundleStatus();
  const { roles } = useCatalogueActor();
  const codeLabel = useCodeLabel();
  const showError = useShowError();
  const { message, modal } = App.useApp();
  const [editing, setEditing] = useState<Editing>(null);

  const change = (bundle: ConsoleBundle, action: 'publish' | 'withdraw') =>
    setStatus.mutateAsync({ id: bundle.id, action }).then(
      () => void message.success(t(action === 'publish' ? 'catalogueConsole.bundles.published' : 'catalogueConsole.bundles.withdrawn')),
      (e: unknown) => {
        const unpublished = isApiError(e) ? (e.details as { items?: unknown } | undefined)?.items : undefined;
        if (isApiError(e) && Array.isArray(unpublished)) {
          modal.error({
            title: e.message,
            content: (
              <>
                <p>{t('catalogueConsole.bundles.unpublishedItems')}</p>
                <ul>
                  {unpublished.map((code) => (
                    <li key={String(code)}>
                      {bundle.items.find((i) => i.implementationCode === code)?.name ?? String(code)}（{String(code)}）
                    </li>
                  ))}
                </ul>
              </>
            ),
          });
        } else showError(e);
      },
    );

  return (
    <>
      <Link to="/console/catalogue" className="back-link">
        <ArrowLeftOutlined aria-hidden /> {t('catalogueConsole.item.back')}
      </Link>
      <PageTitle
        title={t('catalogueConsole.bundles.title')}
        extra={
          roles.admin && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing({ mode: 'create' })}>
              {t('catalogueConsole.bundles.create')}
            </Button>
          )
        }
      />
      {bundles.isError ? (
        <QueryError error={bundles.error} onRetry={() => void bundles.refetch()} />
      ) : (
        <Table<ConsoleBundle>
          rowKey="id"
          loading={bundles.isPending}
          dataSource={bundles.data?.items}
          locale={emptyText(t('catalogueConsole.bundles.empty'))}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          aria-label={t('catalogueConsole.bundles.title')}
          columns={[
            { title: t('catalogueConsole.bundles.code'), dataIndex: 'code' },
            { title: t('catalogueConsole.bundles.name'), dataIndex: 'name' },
            {
              title: t('catalogueConsole.bundles.audience'),
              dataIndex: 'audience',
              render: (a: ConsoleBundle['audience'], b) =>
                [
                  t(`catalogueConsole.bundles.${a}`),
                  b.theme ? codeLabel(a === 'person' ? 'person_theme' : 'enterprise_theme', b.theme) : null,
                ]
                  .filter(Boolean)
                  .join(' · '),
            },
            {
              title: t('catalogueConsole.bundles.items'),
              dataIndex: 'items',
              render: (items: ConsoleBundle['items']) => (
                <ul className="compact-list">
                  {items.map((i) => (
                    <li key={i.implementationCode}>
                      {i.name}
                      {!i.published && <span className="muted-text">（{t('catalogueConsole.item.notPublished')}）</span>}
                    </li>
                  ))}
                </ul>
              ),
            },
            {
              title: t('common.status'),
              dataIndex: 'status',
              render: (s: BundleStatus) => <StatusTag tone={TONES[s]}>{t(`catalogueConsole.bundles.status.${s}`)}</StatusTag>,
            },
            { title: t('catalogueConsole.items.updated'), dataIndex: 'updatedAt', render: (v: string) => formatDateTime(v, i18n.language) },
            ...(roles.admin || roles.publisher
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    render: (_: unknown, b: ConsoleBundle) => (
                      <Space size={0} wrap>
                        {roles.admin && (
                          <Button
                            type="link"
                            onClick={() => setEditing({ mode: 'edit', bundle: b })}
                            aria-label={`${t('common.edit')} ${b.name}`}
                          >
                            {t('common.edit')}
                          </Button>
                        )}
                        {roles.publisher && b.status !== 'published' && (
                          <Popconfirm
                            title={t('catalogueConsole.bundles.publishConfirm', { name: b.name })}
                            okText={t('catalogueConsole.bundles.publish')}
                            cancelText={t('common.cancel')}
                            onConfirm={() => change(b, 'publish')}
                          >
                            <Button type="link" aria-label={`${t('catalogueConsole.bundles.publish')} ${b.name}`}>
                              {t('catalogueConsole.bundles.publish')}
                            </Button>
                          </Popconfirm>
                        )}
                        {roles.publisher && b.status === 'published' && (
                          <Popconfirm
                            title={t('catalogueConsole.bundles.withdrawConfirm', { name: b.name })}
                            okText={t('catalogueConsole.bundles.withdraw')}
                            okButtonProps={{ danger: true }}
                            cancelText={t('common.cancel')}
                            onConfirm={() => change(b, 'withdraw')}
                          >
                            <Button type="link" danger aria-label={`${t('catalogueConsole.bundles.withdraw')} ${b.name}`}>
                              {t('catalogueConsole.bundles.withdraw')}
                            </Button>
                          </Popconfirm>
                        )}
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {editing && <BundleFormModal bundle={editing.mode === 'edit' ? editing.bundle : undefined} onClose={() => setEditing(null)} />}
    </>
  );
}
