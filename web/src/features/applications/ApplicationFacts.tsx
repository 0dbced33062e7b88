/**
 * The application's header facts: 办件编号, 查询码, status, due date with the remaining days, department, and
 * for a part of a 一件事 the bundle, linked to its progress page.
 */
import { Descriptions, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../components/format';
import { ApplicationStatusTag } from './ApplicationStatusTag';
import { ClockTag } from './ClockTag';
import { CopyableCode, FactsTable } from './FactsTable';
import type { ApplicationDetail } from './types';

export function ApplicationFacts({ detail }: { detail: ApplicationDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <FactsTable>
      <Descriptions.Item label={t('applications.detail.number')}>
        <CopyableCode>{detail.number}</CopyableCode>
      </Descriptions.Item>
      <Descriptions.Item label={t('applications.detail.queryCode')}>
        <CopyableCode>{detail.queryCode}</CopyableCode>
      </Descriptions.Item>
      <Descriptions.Item label={t('applications.detail.status')}>
        <ApplicationStatusTag status={detail.status} label={detail.statusLabel} />
      </Descriptions.Item>
      <Descriptions.Item label={t('applications.detail.dueDate')}>
        <Flex gap="small" wrap align="center">
          <span>{detail.clock.dueDate ?? '—'}</span>
          <ClockTag clock={detail.clock} />
        </Flex>
      </Descriptions.Item>
      <Descriptions.Item label={t('applications.detail.department')}>{detail.departmentName}</Descriptions.Item>
      <Descriptions.Item label={t('applications.detail.submittedAt')}>
        {detail.submittedAt ? formatDateTime(detail.submittedAt, i18n.language) : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('applications.detail.applicant')}>{detail.applicantName}</Descriptions.Item>
      {detail.bundle && (
        <Descriptions.Item label={t('applications.detail.bundle')}>
          <Link to={`/applications/bundles/${detail.bundle.id}`}>
            {t('applications.bundleRef', { name: detail.bundle.name, number: detail.bundle.number })}
          </Link>
        </Descriptions.Item>
      )}
    </FactsTable>
  );
}
