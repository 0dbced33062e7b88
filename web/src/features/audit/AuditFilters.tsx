import { Button, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';

export interface AuditFilterValues {
  action?: string;
  actorId?: string;
  targetType?: string;
  targetId?: string;
}

/** Filters of the audit log; empty fields are left out of the query. */
export function AuditFilters({ onApply }: { onApply: (values: AuditFilterValues) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AuditFilterValues>();
  const apply = (v: AuditFilterValues) =>
    onApply(
      Object.fromEntries(
        Object.entries(v)
          .map(([k, value]) => [k, typeof value === 'string' ? value.trim() : value])
          .filter(([, value]) => !!value),
      ) as AuditFilterValues,
    );
  return (
    <Form form={form} name="audit-filters" layout="inline" onFinish={apply} className="filters">
      <Form.Item name="action" label={t('audit.action')}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="targetType" label={t('audit.targetType')}>
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item name="targetId" label={t('audit.targetId')}>
        <Input maxLength={64} />
      </Form.Item>
      <Form.Item name="actorId" label={t('audit.actorId')} rules={[{ pattern: /^[0-9a-f-]{36}$/i, message: t('errors.field.format') }]}>
        <Input maxLength={36} />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            {t('audit.filter')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              onApply({});
            }}
          >
            {t('common.reset')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
