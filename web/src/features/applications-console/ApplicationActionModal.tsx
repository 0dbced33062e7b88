/**
 * The dialog of one application-level action: 一次性告知补正 (every item in one notice), 容缺受理 (items,
 * deadline, the signed commitment), 特别程序 start / end (《行政许可法》第四十五条), 延期 (第四十二条, the
 * head's approval) and 送达 (第四十四条). Sends the version the page shows; the caller handles errors.
 */
import { Checkbox, DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { applicationsConsoleZh } from '../../i18n/applications-console.zh-CN';
import { NoticeItemsField } from './NoticeItemsField';
import type { ApplicationWrite } from './use-application-actions';
import { SPECIAL_KINDS, type ApplicationActionKind, type ApplicationDetail } from './types';

interface Values {
  items?: { name: string; problem: string }[];
  deadline?: Dayjs;
  commitmentSigned?: boolean;
  kindName?: string;
  reason?: string;
  expectedEnd?: Dayjs | null;
  result?: string;
  opinion?: string;
  method?: 'electronic' | 'window' | 'post';
}

interface Props {
  kind: ApplicationActionKind;
  app: ApplicationDetail;
  pending: boolean;
  onCancel: () => void;
  onSubmit: (write: ApplicationWrite) => void;
}

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

export function toWrite(kind: ApplicationActionKind, v: Values, version: number): ApplicationWrite {
  const items = (v.items ?? []).map((i) => ({ name: i.name.trim(), problem: i.problem.trim() }));
  switch (kind) {
    case 'request_correction':
      return { kind, body: { items, version } };
    case 'tolerate':
      return { kind, body: { items, deadline: day(v.deadline!), commitmentSigned: v.commitmentSigned === true, version } };
    case 'special_start':
      return {
        kind,
        body: { kindName: v.kindName!, reason: v.reason!.trim(), expectedEnd: v.expectedEnd ? day(v.expectedEnd) : null, version },
      };
    case 'special_end':
      return { kind, body: { result: v.result!.trim(), opinion: v.opinion?.trim() ? v.opinion.trim() : null, version } };
    case 'extend':
      return { kind, body: { reason: v.reason!.trim(), version } };
    case 'deliver':
      return { kind, body: { method: v.method!, version } };
  }
}

export function ApplicationActionModal({ kind, app, pending, onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const a = (k: keyof typeof applicationsConsoleZh.action) => t(`applicationsConsole.action.${k}`);
  const required = (message: string) => [{ required: true, whitespace: true, message }];
  const names = [...new Set(app.materials.map((m) => m.name))];
  const initialValues: Values =
    kind === 'request_correction'
      ? { items: names.map((name) => ({ name, problem: '' })) }
      : kind === 'tolerate'
        ? { items: [{ name: '', problem: '' }], commitmentSigned: false }
        : kind === 'deliver'
          ? { method: 'electronic' }
          : {};
  const afterToday = (d: Dayjs) => !d.isAfter(dayjs(), 'day');

  return (
    <FormModal<Values>
      title={t(`applicationsConsole.appAction.${kind}`)}
      name={`application-action-${kind}`}
      form={form}
      pending={pending}
      initialValues={initialValues}
      okText={a('submit')}
      onCancel={onCancel}
      onFinish={(v) => onSubmit(toWrite(kind, v, app.version))}
    >
      {kind === 'request_correction' && (
        <>
          <p className="muted-text">{a('correctionIntro')}</p>
          <NoticeItemsField problemPlaceholder={a('problemPlaceholder')} />
        </>
      )}
      {kind === 'tolerate' && (
        <>
          <p className="muted-text">{a('toleranceIntro')}</p>
          <NoticeItemsField problemPlaceholder={a('tolerancePlaceholder')} />
          <Form.Item name="deadline" label={a('deadline')} rules={[{ required: true, message: a('deadlineRequired') }]}>
            <DatePicker disabledDate={afterToday} className="full-width" />
          </Form.Item>
          <Form.Item
            name="commitmentSigned"
            valuePropName="checked"
            rules={[{ validator: async (_, v) => (v ? undefined : Promise.reject(new Error(a('commitmentRequired')))) }]}
          >
            <Checkbox>{a('commitmentSigned')}</Checkbox>
          </Form.Item>
        </>
      )}
      {kind === 'special_start' && (
        <>
          <Form.Item name="kindName" label={a('kindName')} rules={[{ required: true, message: a('kindNameRequired') }]}>
            <Select options={SPECIAL_KINDS.map((k) => ({ value: k, label: k }))} />
          </Form.Item>
          <Form.Item name="reason" label={a('reason')} rules={required(a('reasonRequired'))}>
            <Input.TextArea maxLength={1000} rows={3} />
          </Form.Item>
          <Form.Item name="expectedEnd" label={a('expectedEnd')}>
            <DatePicker disabledDate={afterToday} className="full-width" />
          </Form.Item>
        </>
      )}
      {kind === 'special_end' && (
        <>
          <Form.Item name="result" label={a('result')} rules={required(a('resultRequired'))}>
            <Input.TextArea maxLength={1000} rows={3} />
          </Form.Item>
          <Form.Item name="opinion" label={a('opinionOptional')}>
            <Input.TextArea maxLength={1000} rows={2} />
          </Form.Item>
        </>
      )}
      {kind === 'extend' && (
        <>
          <p className="muted-text">{a('extendIntro')}</p>
          <Form.Item name="reason" label={a('reason')} rules={required(a('reasonRequired'))}>
            <Input.TextArea maxLength={1000} rows={3} />
          </Form.Item>
        </>
      )}
      {kind === 'deliver' && (
        <Form.Item name="method" label={a('method')} rules={[{ required: true }]}>
          <Radio.Group
            options={(['electronic', 'window', 'post'] as const).map((m) => ({ value: m, label: t(`applicationsConsole.delivery.${m}`) }))}
          />
        </Form.Item>
      )}
    </FormModal>
  );
}
