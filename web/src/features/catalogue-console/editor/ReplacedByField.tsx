/** 免提交: the e-certificate or registry field that will replace a material, or none. One form value. */
import { Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReplacedBy } from '../types';
import { useEditorContext } from './editor-context';

interface Props {
  id?: string;
  value?: ReplacedBy | null;
  onChange?: (value: ReplacedBy | null) => void;
}

export function ReplacedByField({ id, value, onChange }: Props) {
  const { t } = useTranslation();
  const { readOnly } = useEditorContext();
  const set = (patch: Partial<ReplacedBy>) => onChange?.({ kind: 'e_certificate', ref: '', label: '', ...value, ...patch });
  return (
    <Space orientation="vertical" className="full-width">
      <Select<ReplacedBy['kind'] | 'none'>
        id={id}
        disabled={readOnly}
        value={value?.kind ?? 'none'}
        onChange={(kind) => (kind === 'none' ? onChange?.(null) : set({ kind }))}
        options={[
          { value: 'none', label: t('catalogueConsole.replacedBy.none') },
          { value: 'e_certificate', label: t('catalogueConsole.replacedBy.e_certificate') },
          { value: 'registry', label: t('catalogueConsole.replacedBy.registry') },
        ]}
      />
      {value && (
        <>
          <Input
            disabled={readOnly}
            aria-label={t('catalogueConsole.replacedBy.ref')}
            placeholder={t('catalogueConsole.replacedBy.ref')}
            maxLength={100}
            value={value.ref}
            onChange={(e) => set({ ref: e.target.value })}
          />
          <Input
            disabled={readOnly}
            aria-label={t('catalogueConsole.replacedBy.label')}
            placeholder={t('catalogueConsole.replacedBy.labelPlaceholder')}
            maxLength={100}
            value={value.label}
            onChange={(e) => set({ label: e.target.value })}
          />
        </>
      )}
    </Space>
  );
}
