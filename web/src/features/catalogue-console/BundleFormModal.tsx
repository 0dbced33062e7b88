/**
 * Create or edit a 一件事 (administrators): code, name, audience, theme (of that audience), description and
 * its items, chosen by 实施编码 from the catalogue (2–20, in the order chosen).
 */
import { App, Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { useShowError } from '../../components/use-show-error';
import { CodeSelect } from './editor/CodeSelect';
import { useEditorRules } from './editor/editor-rules';
import type { BundleInput, ConsoleBundle } from './types';
import { useSaveBundle } from './use-bundles';
import { useConsoleItems } from './use-items';

type Values = Omit<BundleInput, 'theme'> & { theme?: string | null };

export const BUNDLE_CODE_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;

export function BundleFormModal({ bundle, onClose }: { bundle?: ConsoleBundle; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useSaveBundle();
  const items = useConsoleItems({ limit: 200, offset: 0 });
  const showError = useShowError();
  const { message } = App.useApp();
  const rules = useEditorRules();
  const audience = Form.useWatch('audience', form) ?? bundle?.audience ?? 'person';

  const onFinish = (v: Values) => {
    const body: BundleInput = {
      code: v.code.trim(),
      name: v.name.trim(),
      audience: v.audience,
      theme: v.theme ?? null,
      description: v.description?.trim() ?? '',
      itemCodes: v.itemCodes,
    };
    save.mutate(
      { id: bundle?.id, body },
      {
        onSuccess: () => {
          void message.success(t('common.saved'));
          onClose();
        },
        onError: (e) => showError(e, form),
      },
    );
  };

  const known = new Set(items.data?.items.map((i) => i.implementationCode));
  const options = [
    ...(items.data?.items ?? []).map((i) => ({ value: i.implementationCode, label: `${i.name}（${i.implementationCode}）` })),
    // items of the bundle beyond the first 200 stay choosable
    ...(bundle?.items ?? [])
      .filter((i) => !known.has(i.implementationCode))
      .map((i) => ({ value: i.implementationCode, label: `${i.name}（${i.implementationCode}）` })),
  ];

  return (
    <FormModal<Values>
      title={bundle ? t('catalogueConsole.bundles.editTitle') : t('catalogueConsole.bundles.createTitle')}
      name="bundle"
      form={form}
      pending={save.isPending}
      initialValues={
        bundle
          ? { ...bundle, itemCodes: bundle.items.map((i) => i.implementationCode) }
          : { audience: 'person', theme: null, description: '', itemCodes: [] }
      }
      onCancel={onClose}
      onFinish={onFinish}
    >
      <Form.Item
        name="code"
        label={t('catalogueConsole.bundles.code')}
        extra={t('catalogueConsole.bundles.codeHelp')}
        rules={[
          rules.required(t('catalogueConsole.bundles.code')),
          { pattern: BUNDLE_CODE_PATTERN, message: t('catalogueConsole.bundles.codePattern') },
        ]}
      >
        <Input />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('catalogueConsole.bundles.name')}
        rules={[rules.required(t('catalogueConsole.bundles.name')), rules.max(100)]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="audience" label={t('catalogueConsole.bundles.audience')}>
        <Radio.Group
          onChange={() => form.setFieldValue('theme', null)}
          options={[
            { value: 'person', label: t('catalogueConsole.bundles.person') },
            { value: 'enterprise', label: t('catalogueConsole.bundles.enterprise') },
          ]}
        />
      </Form.Item>
      <Form.Item name="theme" label={`${t('catalogueConsole.bundles.theme')}${t('common.optional')}`} normalize={(v: unknown) => v ?? null}>
        <CodeSelect list={audience === 'person' ? 'person_theme' : 'enterprise_theme'} allowClear />
      </Form.Item>
      <Form.Item name="description" label={`${t('catalogueConsole.bundles.description')}${t('common.optional')}`} rules={[rules.max(2000)]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
      <Form.Item
        name="itemCodes"
        label={t('catalogueConsole.bundles.items')}
        extra={t('catalogueConsole.bundles.itemsHelp')}
        rules={[{ type: 'array', min: 2, max: 20, required: true, message: t('catalogueConsole.bundles.itemsCount') }]}
      >
        <Select
          mode="multiple"
          loading={items.isPending}
          options={options}
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('catalogueConsole.bundles.itemsPlaceholder')}
        />
      </Form.Item>
    </FormModal>
  );
}
