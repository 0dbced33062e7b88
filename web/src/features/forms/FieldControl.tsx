/** One input of an application form, chosen by the field's widget; controlled by value/onChange. */
import { Checkbox, DatePicker, Input, InputNumber, Radio, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { fieldOptions } from '@onewindow/common/forms';
import { DivisionPicker } from './DivisionPicker';
import type { FieldModel } from './form-layout';

interface Props {
  id: string;
  model: FieldModel;
  value: unknown;
  onChange: (value: unknown) => void;
  readOnly: boolean;
  invalid: boolean;
  placeholder?: string;
}

const num = (v: unknown) => (typeof v === 'number' ? v : undefined);

export function FieldControl({ id, model, value, onChange, readOnly, invalid, placeholder }: Props) {
  const { t } = useTranslation();
  const status = invalid ? ('error' as const) : undefined;
  const { node } = model;
  const options = fieldOptions(node);
  switch (model.widget) {
    case 'textarea':
      return (
        <Input.TextArea
          id={id}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value)}
          readOnly={readOnly}
          status={status}
          placeholder={placeholder}
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={num(node.maxLength)}
          showCount={num(node.maxLength) !== undefined}
        />
      );
    case 'select':
      return (
        <Select
          id={id}
          value={value ?? undefined}
          onChange={(v) => onChange(v)}
          options={options}
          disabled={readOnly}
          status={status}
          placeholder={placeholder ?? t('forms.select')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
        />
      );
    case 'radio':
      return <Radio.Group id={id} value={value} onChange={(e) => onChange(e.target.value)} disabled={readOnly} options={options} />;
    case 'checkbox':
      if (node.type === 'boolean')
        return (
          <Checkbox
            id={id}
            checked={value === true}
            onChange={(e) => onChange(e.target.checked ? true : node.const === true ? undefined : false)}
            disabled={readOnly}
          >
            {model.label}
          </Checkbox>
        );
      return (
        <div id={id} role="group" aria-label={model.label}>
          <Checkbox.Group
            value={Array.isArray(value) ? value : []}
            onChange={(v) => onChange(v)}
            options={options.map((o) => ({ label: o.label, value: o.value as string }))}
            disabled={readOnly}
          />
        </div>
      );
    case 'switch':
      return (
        <Switch
          id={id}
          checked={value === true}
          onChange={(checked) => onChange(checked)}
          disabled={readOnly}
          checkedChildren={t('forms.yes')}
          unCheckedChildren={t('forms.no')}
        />
      );
    case 'date':
      return (
        <DatePicker
          id={id}
          value={typeof value === 'string' && dayjs(value, 'YYYY-MM-DD').isValid() ? dayjs(value, 'YYYY-MM-DD') : null}
          onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : undefined)}
          disabled={readOnly}
          status={status}
          placeholder={placeholder ?? t('forms.date')}
          style={{ width: '100%' }}
        />
      );
    case 'number':
      return (
        <InputNumber<number>
          id={id}
          value={num(value) ?? null}
          onChange={(v) => onChange(v ?? undefined)}
          readOnly={readOnly}
          status={status}
          placeholder={placeholder}
          min={num(node.minimum)}
          max={num(node.maximum)}
          precision={node.type === 'integer' ? 0 : undefined}
          style={{ width: '100%' }}
        />
      );
    case 'division':
      return (
        <DivisionPicker
          id={id}
          value={typeof value === 'string' ? value : undefined}
          onChange={onChange}
          disabled={readOnly}
          status={status}
          placeholder={placeholder}
        />
      );
    case 'input':
      return (
        <Input
          id={id}
          value={value === undefined || value === null ? '' : String(value)}
          onChange={(e) => onChange(e.target.value)}
          readOnly={readOnly}
          status={status}
          placeholder={placeholder}
          maxLength={num(node.maxLength)}
        />
      );
  }
}
