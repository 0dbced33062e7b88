/** Enter or edit one year's holiday notice (administrators). Saving replaces the year's whole date list. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { isApiError } from '../../api/errors';
import { useShowError } from '../../components/use-show-error';
import { useSaveCalendarYear, type CalendarYear, type CalendarYearInput } from './use-calendar';

interface Values {
  source: string;
  noticeUrl?: string;
  days: { date: string; isOff: boolean; name: string }[];
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;
const toDay = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const fromDay = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

export function CalendarYearModal({ year, current, onClose }: { year: number; current: CalendarYear | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const save = useSaveCalendarYear(year);
  const [form] = Form.useForm<Values>();
  const [range, setRange] = useState({ name: '', from: '', to: '' });
  const [problems, setProblems] = useState<string[]>([]);

  const addRange = () => {
    const ok = range.name.trim() !== '' && ISO.test(range.from) && ISO.test(range.to) && range.from <= range.to;
    if (!ok) {
      void message.warning(t('calendarConsole.rangeInvalid'));
      return;
    }
    const days = (form.getFieldValue('days') as Values['days'] | undefined) ?? [];
    const added: Values['days'] = [];
    for (let d = toDay(range.from); d <= toDay(range.to); d++) added.push({ date: fromDay(d), isOff: true, name: range.name.trim() });
    form.setFieldValue('days', [...days, ...added]);
    setRange({ name: range.name, from: '', to: '' });
  };

  const submit = (values: Values) => {
    const body: CalendarYearInput = {
      source: values.source.trim(),
      noticeUrl: values.noticeUrl?.trim() ? values.noticeUrl.trim() : null,
      days: (values.days ?? []).map((d) => ({ date: d.date, isOff: d.isOff, name: d.name.trim() })),
    };
    save.mutate(body, {
      onSuccess: () => {
        void message.success(t('calendarConsole.saved', { year }));
        onClose();
      },
      onError: (error) => {
        // the server names every wrong row (days[i].date …): list them all above the rows
        setProblems(isApiError(error, 'VALIDATION_FAILED') ? error.fieldProblems.flatMap((p) => (p.message ? [p.message] : [])) : []);
        showError(error, form);
      },
    });
  };

  const required = [{ required: true, whitespace: true, message: t('calendarConsole.required') }];
  return (
    <FormModal<Values>
      title={t('calendarConsole.editTitle', { year })}
      name="calendar-year"
      form={form}
      pending={save.isPending}
      initialValues={{ source: current?.source ?? '', noticeUrl: current?.noticeUrl ?? '', days: current?.days ?? [] }}
      onCancel={onClose}
      onFinish={submit}
    >
      <Typography.Paragraph type="secondary">{t('calendarConsole.editHint')}</Typography.Paragraph>
      <Form.Item name="source" label={t('calendarConsole.sourceLabel')} rules={required}>
        <Input maxLength={200} placeholder={t('calendarConsole.sourcePlaceholder')} />
      </Form.Item>
      <Form.Item name="noticeUrl" label={`${t('calendarConsole.noticeUrlLabel')}${t('common.optional')}`} rules={[{ type: 'url' }]}>
        <Input maxLength={500} placeholder="https://www.gov.cn/…" />
      </Form.Item>
      <fieldset style={{ border: 0, padding: 0, margin: '0 0 16px' }}>
        <legend style={{ fontSize: 14, marginBottom: 8 }}>{t('calendarConsole.addRange')}</legend>
        <Space wrap>
          <Input
            aria-label={t('calendarConsole.name')}
            placeholder={t('calendarConsole.name')}
            value={range.name}
            maxLength={50}
            onChange={(e) => setRange({ ...range, name: e.target.value })}
            style={{ width: 120 }}
          />
          <Input
            type="date"
            aria-label={t('calendarConsole.rangeFrom')}
            value={range.from}
            min={`${year}-01-01`}
            max={`${year}-12-31`}
            onChange={(e) => setRange({ ...range, from: e.target.value })}
          />
          <Input
            type="date"
            aria-label={t('calendarConsole.rangeTo')}
            value={range.to}
            min={`${year}-01-01`}
            max={`${year}-12-31`}
            onChange={(e) => setRange({ ...range, to: e.target.value })}
          />
          <Button icon={<PlusOutlined aria-hidden />} onClick={addRange}>
            {t('calendarConsole.addRange')}
          </Button>
        </Space>
      </fieldset>
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={
            <ul style={{ margin: 0, paddingLeft: 16 }}>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
        />
      )}
      <Typography.Text strong>{t('calendarConsole.days')}</Typography.Text>
      <Form.List name="days">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Space key={field.key} align="baseline" wrap>
                <Form.Item name={[field.name, 'date']} rules={required}>
                  <Input type="date" min={`${year}-01-01`} max={`${year}-12-31`} aria-label={`${t('calendarConsole.date')} ${index + 1}`} />
                </Form.Item>
                <Form.Item name={[field.name, 'isOff']} rules={[{ required: true, message: t('calendarConsole.required') }]}>
                  <Select
                    aria-label={`${t('calendarConsole.kind')} ${index + 1}`}
                    style={{ width: 120 }}
                    options={[
                      { value: true, label: t('calendarConsole.offDay') },
                      { value: false, label: t('calendarConsole.workDay') },
                    ]}
                  />
                </Form.Item>
                <Form.Item name={[field.name, 'name']} rules={required}>
                  <Input maxLength={50} aria-label={`${t('calendarConsole.name')} ${index + 1}`} style={{ width: 140 }} />
                </Form.Item>
                <Button
                  type="text"
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={`${t('calendarConsole.removeDay')} ${index + 1}`}
                  onClick={() => remove(field.name)}
                />
              </Space>
            ))}
            <Button type="dashed" block icon={<PlusOutlined aria-hidden />} onClick={() => add({ date: '', isOff: true, name: '' })}>
              {t('calendarConsole.addDay')}
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}
