/** ① 身份核验: who is at the window — a person (姓名、身份证号、手机号) or a unit (单位名称、统一社会信用代码、手机号). */
import { Button, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { applicationsConsoleZh } from '../../i18n/applications-console.zh-CN';
import { visitorProblems, type Visitor } from './intake-helpers';

export function VisitorStep({ initial, onNext }: { initial: Visitor; onNext: (v: Visitor) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Visitor>();
  const kind = Form.useWatch('kind', form) ?? initial.kind;
  const v = (k: keyof typeof applicationsConsoleZh.intake.visitor) => t(`applicationsConsole.intake.visitor.${k}`);
  const check = (field: 'name' | 'idNumber' | 'uscc' | 'mobile') => ({
    validator: async () => {
      const problem = visitorProblems(form.getFieldsValue(true) as Visitor)[field];
      if (problem) throw new Error(v(`${field}_${problem}` as keyof typeof applicationsConsoleZh.intake.visitor));
    },
  });
  return (
    <Form<Visitor>
      form={form}
      layout="vertical"
      name="intake-visitor"
      initialValues={initial}
      onFinish={(values) => onNext({ ...initial, ...values })}
    >
      <Form.Item name="kind" label={v('kind')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'person', label: v('person') },
            { value: 'enterprise', label: v('enterprise') },
          ]}
        />
      </Form.Item>
      <Form.Item name="name" label={kind === 'person' ? v('personName') : v('unitName')} required rules={[check('name')]}>
        <Input maxLength={100} autoComplete="off" />
      </Form.Item>
      {kind === 'person' ? (
        <Form.Item name="idNumber" label={v('idNumber')} required rules={[check('idNumber')]}>
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
      ) : (
        <Form.Item name="uscc" label={v('uscc')} required rules={[check('uscc')]}>
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item name="mobile" label={v('mobile')} required rules={[check('mobile')]}>
        <Input maxLength={11} inputMode="numeric" autoComplete="off" />
      </Form.Item>
      <p className="muted-text">{v('note')}</p>
      <Button type="primary" htmlType="submit">
        {t('applicationsConsole.intake.next')}
      </Button>
    </Form>
  );
}
