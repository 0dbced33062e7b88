/** Who did what to a version and when: created, submitted, reviewed (with the comment), published, ended. */
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../components/format';
import type { VersionDetail } from './types';
import { VersionStatusTag } from './VersionStatusTag';

export function VersionFacts({ version: v }: { version: VersionDetail }) {
  const { t, i18n } = useTranslation();
  const when = (person: { name: string } | null, at: string | null) =>
    at ? [person?.name, formatDateTime(at, i18n.language)].filter(Boolean).join(' · ') : '—';
  const items = [
    { key: 'status', label: t('common.status'), children: <VersionStatusTag status={v.status} /> },
    { key: 'version', label: t('catalogueConsole.version.number'), children: `v${v.versionNo}` },
    { key: 'code', label: t('catalogueConsole.items.code'), children: v.implementationCode },
    { key: 'department', label: t('catalogueConsole.items.department'), children: v.departmentName },
    { key: 'created', label: t('catalogueConsole.version.created'), children: when(v.createdBy, v.createdAt) },
    { key: 'updated', label: t('catalogueConsole.version.updated'), children: formatDateTime(v.updatedAt, i18n.language) },
    { key: 'submitted', label: t('catalogueConsole.version.submitted'), children: when(v.submittedBy, v.submittedAt) },
    { key: 'reviewed', label: t('catalogueConsole.version.reviewed'), children: when(v.reviewedBy, v.reviewedAt) },
    { key: 'published', label: t('catalogueConsole.version.published'), children: when(v.publishedBy, v.publishedAt) },
    ...(v.reviewComment ? [{ key: 'comment', label: t('catalogueConsole.version.reviewComment'), children: v.reviewComment }] : []),
    ...(v.endedAt
      ? [
          {
            key: 'ended',
            label: t('catalogueConsole.version.ended'),
            children: [formatDateTime(v.endedAt, i18n.language), v.endedReason].filter(Boolean).join(' · '),
          },
        ]
      : []),
  ];
  return <Descriptions className="section" size="small" bordered column={{ xs: 1, sm: 1, md: 2, xl: 3 }} items={items} />;
}
