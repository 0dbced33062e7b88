/** ⑤ 登记完成: the 办件编号 and 查询码 to tell the visitor, and the 收件凭证 to print. */
import { PrinterOutlined } from '@ant-design/icons';
import { Button, Descriptions, Flex, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { applicationsConsoleZh } from '../../i18n/applications-console.zh-CN';
import { noticeUrl } from './NoticesSection';
import type { ApplicationDetail } from './types';

export function IntakeResult({ app, onNext }: { app: ApplicationDetail; onNext: () => void }) {
  const { t } = useTranslation();
  const receipt = app.notices.find((n) => n.kind === 'receipt');
  const r = (k: keyof typeof applicationsConsoleZh.intake.result) => t(`applicationsConsole.intake.result.${k}`);
  return (
    <Result
      status="success"
      title={r('title')}
      subTitle={r('subtitle')}
      extra={
        <Flex gap="small" wrap justify="center">
          {receipt && (
            <Button
              type="primary"
              icon={<PrinterOutlined aria-hidden />}
              href={noticeUrl(app.id, receipt.id)}
              target="_blank"
              rel="noopener"
            >
              {r('print')}
            </Button>
          )}
          <Button onClick={onNext}>{r('next')}</Button>
        </Flex>
      }
    >
      <Descriptions
        column={1}
        bordered
        size="small"
        items={[
          {
            key: 'number',
            label: t('applicationsConsole.fields.number'),
            children: <span className="intake-result__code">{app.number}</span>,
          },
          {
            key: 'code',
            label: t('applicationsConsole.fields.queryCode'),
            children: <span className="intake-result__code">{app.queryCode}</span>,
          },
          { key: 'item', label: t('applicationsConsole.fields.item'), children: app.itemName },
          { key: 'department', label: t('applicationsConsole.fields.department'), children: app.departmentName },
          { key: 'applicant', label: t('applicationsConsole.fields.applicant'), children: app.applicantName },
          { key: 'status', label: t('applicationsConsole.fields.status'), children: app.statusLabel },
        ]}
      />
    </Result>
  );
}
