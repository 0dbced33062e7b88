/** 版本对比: choose two versions of the item; the changed fields in a table (新增 / 删除 / 修改, before → after). */
import { Flex, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyText } from '../../components/empty-text';
import { QueryError } from '../../components/QueryError';
import { StatusTag, type Tone } from '../../components/StatusTag';
import { diffValue } from './diff-format';
import type { DiffChange, VersionSummary } from './types';
import { useDiff } from './use-version';

const KIND_TONES: Record<DiffChange['kind'], Tone> = { added: 'ok', removed: 'bad', changed: 'info' };

function DiffCell({ value }: { value: unknown }) {
  const { t } = useTranslation();
  const v = diffValue(value);
  switch (v.kind) {
    case 'empty':
      return <Typography.Text type="secondary">{t('catalogueConsole.diff.empty')}</Typography.Text>;
    case 'bool':
      return <>{v.value ? t('common.yes') : t('common.no')}</>;
    case 'text':
      return <span className="diff-text">{v.text}</span>;
    case 'json':
      return <pre className="diff-pre">{v.text}</pre>;
  }
}

export function VersionDiff({ versions }: { versions: readonly VersionSummary[] }) {
  const { t } = useTranslation();
  // versions come newest first: by default compare the previous version with the latest; a choice that
  // no longer exists (a discarded draft) falls back to the default
  const [chosenFrom, setFrom] = useState<string>();
  const [chosenTo, setTo] = useState<string>();
  const exists = (id: string | undefined) => versions.some((v) => v.id === id);
  const from = exists(chosenFrom) ? chosenFrom : versions[1]?.id;
  const to = exists(chosenTo) ? chosenTo : versions[0]?.id;
  const diff = useDiff(from, to);
  const options = versions.map((v) => ({ value: v.id, label: `v${v.versionNo} · ${t(`catalogueConsole.status.${v.status}`)}` }));

  if (versions.length < 2) return <p className="muted-text">{t('catalogueConsole.diff.needTwo')}</p>;

  return (
    <>
      <Flex gap="middle" wrap align="center" className="filters">
        <label className="inline-field">
          <span>{t('catalogueConsole.diff.from')}</span>
          <Select className="inline-field__select" value={from} onChange={setFrom} options={options} />
        </label>
        <span aria-hidden>→</span>
        <label className="inline-field">
          <span>{t('catalogueConsole.diff.to')}</span>
          <Select className="inline-field__select" value={to} onChange={setTo} options={options} />
        </label>
      </Flex>
      {from === to ? (
        <p className="muted-text">{t('catalogueConsole.diff.same')}</p>
      ) : diff.isError ? (
        <QueryError error={diff.error} onRetry={() => void diff.refetch()} />
      ) : (
        <Table<DiffChange>
          rowKey={(c) => `${c.kind}:${c.path}`}
          size="small"
          loading={diff.isFetching}
          dataSource={diff.data?.changes}
          locale={emptyText(t('catalogueConsole.diff.none'))}
          pagination={false}
          scroll={{ x: 'max-content' }}
          aria-label={t('catalogueConsole.diff.tableLabel')}
          columns={[
            { title: t('catalogueConsole.diff.field'), dataIndex: 'label', render: (label: string, c) => label || c.path },
            {
              title: t('catalogueConsole.diff.kind'),
              dataIndex: 'kind',
              render: (kind: DiffChange['kind']) => <StatusTag tone={KIND_TONES[kind]}>{t(`catalogueConsole.diff.${kind}`)}</StatusTag>,
            },
            {
              title: t('catalogueConsole.diff.before'),
              dataIndex: 'before',
              className: 'diff-col',
              render: (v: unknown) => <DiffCell value={v} />,
            },
            {
              title: t('catalogueConsole.diff.after'),
              dataIndex: 'after',
              className: 'diff-col',
              render: (v: unknown) => <DiffCell value={v} />,
            },
          ]}
        />
      )}
    </>
  );
}
