/**
 * 办件进度查询 (/progress, public): 办件编号 + 查询码 → status, clock and the timeline (办理过程网上实时展示).
 * The query is kept in the address (?number=&code=) so the page can be bookmarked and refreshed.
 */
import { Alert, Button, Card, Descriptions, Form, Grid, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { isApiError } from '../../api/errors';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { ApplicationStatusTag } from './ApplicationStatusTag';
import { ApplicationTimeline } from './ApplicationTimeline';
import { ClockTag } from './ClockTag';
import type { PublicProgress } from './types';
import { useProgress } from './use-progress';
import './applications.css';

const NUMBER = /^[0-9]{6,40}$/;
const CODE = /^[0-9]{6}$/;

export function ProgressPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const number = params.get('number') ?? '';
  const code = params.get('code') ?? '';
  const valid = NUMBER.test(number) && CODE.test(code);
  const progress = useProgress(valid ? { number, code } : null);
  const [form] = Form.useForm<{ number: string; code: string }>();

  return (
    <div className="page progress">
      <PageTitle title={t('applications.progress.title')} />
      <Typography.Paragraph>{t('applications.progress.intro')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        className="progress-form"
        initialValues={{ number, code }}
        onFinish={(v) => setParams({ number: v.number.trim(), code: v.code.trim() })}
      >
        <Form.Item
          name="number"
          label={t('applications.progress.number')}
          extra={t('applications.progress.numberHint')}
          rules={[
            { required: true, pattern: NUMBER, transform: (v: string) => v?.trim(), message: t('applications.progress.numberInvalid') },
          ]}
        >
          <Input size="large" inputMode="numeric" autoComplete="off" maxLength={40} />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('applications.progress.code')}
          rules={[{ required: true, pattern: CODE, transform: (v: string) => v?.trim(), message: t('applications.progress.codeInvalid') }]}
        >
          <Input size="large" inputMode="numeric" autoComplete="off" maxLength={6} />
        </Form.Item>
        <Button type="primary" size="large" htmlType="submit" loading={progress.isFetching && !progress.data}>
          {t('applications.progress.search')}
        </Button>
      </Form>
      <Typography.Paragraph className="application-section">
        <Link to="/applications">{t('applications.progress.mine')}</Link>
      </Typography.Paragraph>
      {valid && progress.isPending && <Loading />}
      {valid &&
        progress.isError &&
        !progress.data &&
        (isApiError(progress.error, 'NOT_FOUND') ? (
          <Alert type="error" showIcon role="alert" title={t('applications.progress.notFound')} />
        ) : (
          <QueryError error={progress.error} onRetry={() => void progress.refetch()} />
        ))}
      {valid && progress.data && <ProgressResult progress={progress.data} />}
    </div>
  );
}

function ProgressResult({ progress }: { progress: PublicProgress }) {
  const { t } = useTranslation();
  const wide = Grid.useBreakpoint().sm;
  return (
    <section aria-labelledby="progress-result" className="application-section">
      <Typography.Title level={2} id="progress-result" className="application-card-title">
        {progress.itemName}
      </Typography.Title>
      <Descriptions bordered size="small" column={1} layout={wide ? 'horizontal' : 'vertical'} className="application-facts">
        <Descriptions.Item label={t('applications.detail.number')}>{progress.number}</Descriptions.Item>
        <Descriptions.Item label={t('applications.detail.status')}>
          <ApplicationStatusTag status={progress.status} label={progress.statusLabel} />
        </Descriptions.Item>
        <Descriptions.Item label={t('applications.detail.dueDate')}>
          {progress.clock.dueDate ?? '—'} <ClockTag clock={progress.clock} />
        </Descriptions.Item>
        <Descriptions.Item label={t('applications.detail.department')}>{progress.departmentName}</Descriptions.Item>
      </Descriptions>
      <Card
        title={<h3 className="application-card-title">{t('applications.detail.timeline')}</h3>}
        extra={<Typography.Text type="secondary">{t('applications.detail.timelineLive')}</Typography.Text>}
      >
        <ApplicationTimeline entries={progress.timeline} />
      </Card>
    </section>
  );
}
