/**
 * Renders an item's application form (FormDefinition) with antd: sections, labels, required marks, the
 * widget of each field, nested groups and repeatable lists. Values are controlled by the parent. Fields
 * prefilled from the applicant's 实名 facts carry a tag and are read-only until the applicant chooses 修改.
 * The browser validates with the same `validateFormData` the server uses: a field shows its live errors
 * once touched; `errors` (after 提交, or from the server) are shown for the rest.
 */
import { Alert, Button, Card, Col, Flex, Form, Row, Tag, Typography } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { getPath, setPath, validateFormData, type FieldError, type FormDefinition } from '@onewindow/common/forms';
import { FieldControl } from './FieldControl';
import { childPaths, errorsByPath, fieldId, fieldModel, sectionsOf, unplacedErrors, type FieldModel } from './form-layout';

export interface FormRendererProps {
  form: FormDefinition;
  value: Record<string, unknown>;
  /** Dotted paths filled from the applicant's facts (prefillForm's `prefilled`). */
  prefilled: string[];
  onChange: (value: Record<string, unknown>) => void;
  errors?: FieldError[];
  disabled?: boolean;
}

export function FormRenderer({ form, value, prefilled, onChange, errors, disabled = false }: FormRendererProps) {
  const { t } = useTranslation();
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [unlocked, setUnlocked] = useState<ReadonlySet<string>>(new Set());
  const live = useMemo(() => validateFormData(form, value), [form, value]);
  const shown = useMemo(
    () => errorsByPath([...(errors ?? []).filter((e) => !touched.has(e.path)), ...live.filter((e) => touched.has(e.path))]),
    [errors, live, touched],
  );
  const summary = errors && errors.length > 0 ? errors.filter((e) => !touched.has(e.path)) : [];
  const unplaced = unplacedErrors(form, summary);

  const change = (dataPath: string, v: unknown) => {
    setTouched((s) => new Set(s).add(dataPath));
    onChange(setPath(value, dataPath, v));
  };

  const renderValue = (model: FieldModel, dataPath: string): ReactNode => {
    const isPrefilled = prefilled.includes(dataPath);
    const readOnly = disabled || (isPrefilled && !unlocked.has(dataPath));
    const messages = shown.get(dataPath);
    const ui = form.ui.fields[model.path];
    const booleanCheckbox = model.widget === 'checkbox' && model.node.type === 'boolean';
    const label = (
      <Flex gap={8} align="center" wrap>
        <span>{model.label}</span>
        {isPrefilled && <Tag color="blue">{t('forms.prefilled')}</Tag>}
        {isPrefilled && !disabled && !unlocked.has(dataPath) && (
          <Button
            type="link"
            size="small"
            aria-label={t('forms.unlockLabel', { label: model.label })}
            onClick={() => setUnlocked((s) => new Set(s).add(dataPath))}
          >
            {t('forms.unlock')}
          </Button>
        )}
      </Flex>
    );
    return (
      <Form.Item
        label={booleanCheckbox ? undefined : label}
        htmlFor={fieldId(dataPath)}
        required={model.required}
        validateStatus={messages ? 'error' : undefined}
        help={messages ? messages.map((m) => <div key={m}>{m}</div>) : undefined}
        extra={ui?.help}
      >
        <FieldControl
          id={fieldId(dataPath)}
          model={model}
          value={getPath(value, dataPath)}
          onChange={(v) => change(dataPath, v)}
          readOnly={readOnly}
          invalid={Boolean(messages)}
          placeholder={ui?.placeholder}
        />
      </Form.Item>
    );
  };

  const renderFields = (paths: string[], dataPrefix: (path: string) => string): ReactNode => (
    <Row gutter={16}>
      {paths.map((path) => {
        const model = fieldModel(form, path);
        if (!model) return null;
        return (
          <Col key={path} xs={24} md={model.span === 2 ? 24 : 12}>
            {renderField(model, dataPrefix(path))}
          </Col>
        );
      })}
    </Row>
  );

  const renderField = (model: FieldModel, dataPath: string): ReactNode => {
    if (model.kind === 'value') return renderValue(model, dataPath);
    const messages = shown.get(dataPath);
    const title = (
      <Typography.Text strong>
        {model.required && (
          <span aria-hidden style={{ color: 'var(--ant-color-error)' }}>
            *{' '}
          </span>
        )}
        {model.label}
      </Typography.Text>
    );
    const help = form.ui.fields[model.path]?.help;
    const problem = (
      <>
        {help && <Typography.Paragraph type="secondary">{help}</Typography.Paragraph>}
        {messages && <Typography.Paragraph type="danger">{messages.join('；')}</Typography.Paragraph>}
      </>
    );
    if (model.kind === 'group') {
      return (
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ marginBottom: 8 }}>{title}</legend>
          {problem}
          {renderFields(childPaths(model), (p) => `${dataPath}${p.slice(model.path.length)}`)}
        </fieldset>
      );
    }
    const items = Array.isArray(getPath(value, dataPath)) ? (getPath(value, dataPath) as unknown[]) : [];
    const max = typeof model.node.maxItems === 'number' ? model.node.maxItems : Infinity;
    const setItems = (next: unknown[]) => change(dataPath, next);
    return (
      <fieldset style={{ border: 0, padding: 0, margin: '0 0 16px' }}>
        <legend style={{ marginBottom: 8 }}>{title}</legend>
        {problem}
        {items.map((_, i) => (
          <Card
            key={i}
            size="small"
            title={t('forms.item', { n: i + 1 })}
            style={{ marginBottom: 12 }}
            extra={
              !disabled && (
                <Button type="link" danger onClick={() => setItems(items.filter((__, j) => j !== i))}>
                  {t('forms.removeItem', { n: i + 1 })}
                </Button>
              )
            }
          >
            {renderFields(childPaths(model), (p) => `${dataPath}.${i}${p.slice(model.path.length)}`)}
          </Card>
        ))}
        {!disabled && items.length < max && (
          <Button type="dashed" block onClick={() => setItems([...items, {}])}>
            {t('forms.addItem', { label: model.label })}
          </Button>
        )}
      </fieldset>
    );
  };

  return (
    <Form layout="vertical" component="div">
      {summary.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('forms.problems')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {[...summary.filter((e) => !unplaced.includes(e)), ...unplaced].map((e) => (
                <li key={`${e.path}:${e.message}`}>{e.message}</li>
              ))}
            </ul>
          }
        />
      )}
      {sectionsOf(form).map((section, i) => (
        <section key={section.title ?? i} aria-label={section.title ?? undefined}>
          {section.title && <Typography.Title level={5}>{section.title}</Typography.Title>}
          {renderFields(section.fields, (p) => p)}
        </section>
      ))}
    </Form>
  );
}
