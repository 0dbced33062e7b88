/** 时限计算: n working days after a date (受理当日不计入), optionally with one hall's closures. */
import { Alert, Button, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Hall } from '../../api/types';
import { useErrorText } from '../../components/use-error-text';
import { useDueDate } from './use-calendar';

interface Values {
  start: string;
  days: number;
  hallId?: string;
}

export function DueDateTool({ halls, today }: { halls: Hall[]; today: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const due = useDueDate();
  const [form] = Form.useForm<Values>();

  return (
    <section aria-labelledby="calendar-due">
      <Typography.Title level={2} id="calendar-due" style={{ fontSize: 18 }}>
        {t('calendarConsole.dueTitle')}
      </Typography.Title>
      <Form<Values>
        form={form}
        name="due-date"
        layout="inline"
        initialValues={{ start: today, days: 20 }}
        onFinish={(v) => due.mutate({ start: v.start, days: v.days, ...(v.hallId ? { hallId: v.hallId } : {}) })}
      >
        <Form.Item name="start" label={t('calendarConsole.dueStart')} rules={[{ required: true, message: t('calendarConsole.required') }]}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="days" label={t('calendarConsole.dueDays')} rules={[{ required: true, message: t('calendarConsole.required') }]}>
          <InputNumber min={0} max={999} precision={0} />
        </Form.Item>
        <Form.Item name="hallId" label={t('calendarConsole.hall')}>
          <Select
            allowClear
            placeholder={t('calendarConsole.allHalls')}
            style={{ minWidth: 180 }}
            options={halls.map((h) => ({ value: h.id, label: h.name }))}
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={due.isPending}>
            {t('calendarConsole.dueCompute')}
          </Button>
        </Form.Item>
      </Form>
      <div style={{ marginTop: 12 }} aria-live="polite">
        {due.data && <Alert type="success" showIcon title={t('calendarConsole.dueResult', { days: due.data.days, due: due.data.due })} />}
        {due.error && <Alert type="error" showIcon title={errorText(due.error)} />}
      </div>
    </section>
  );
}
