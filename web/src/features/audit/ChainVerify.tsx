/** The "校验审计链" button and its report: intact, or where the hash chain first breaks. */
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../components/QueryError';
import { useVerifyAuditChain } from './use-audit';

export function ChainVerify() {
  const { t } = useTranslation();
  const [requested, setRequested] = useState(false);
  const verify = useVerifyAuditChain(requested);
  const report = verify.data;

  const onClick = () => (requested ? void verify.refetch() : setRequested(true));

  return (
    <Flex vertical gap="small" className="section">
      <Flex gap="middle" align="center" wrap>
        <Button icon={<SafetyCertificateOutlined aria-hidden />} loading={verify.isFetching} onClick={onClick}>
          {t('audit.verify')}
        </Button>
        <Typography.Text type="secondary">{t('audit.verifyIntro')}</Typography.Text>
      </Flex>
      <div aria-live="polite">
        {verify.isError && <QueryError error={verify.error} />}
        {report && !verify.isFetching && (
          <Alert
            type={report.ok ? 'success' : 'error'}
            showIcon
            title={
              report.ok
                ? t('audit.verifyOk', { checked: report.checked })
                : t('audit.verifyBroken', {
                    seq: report.firstBroken?.seq ?? '?',
                    checked: report.checked,
                    reason: report.firstBroken?.reason ?? '',
                  })
            }
          />
        )}
      </div>
    </Flex>
  );
}
