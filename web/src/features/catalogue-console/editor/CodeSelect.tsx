/** A select over one national code list (labels from GET /api/catalogue/code-lists); single or multiple. */
import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CodeListKey } from '../types';
import { useCodeLists } from '../../catalogue/use-code-lists';
import { useEditorContext } from './editor-context';

type Props = Omit<SelectProps, 'options' | 'mode'> & {
  list: CodeListKey;
  multiple?: boolean;
  /** the content stores this list's codes as integers (网办深度等级) */
  numeric?: boolean;
  /** show only codes starting with this (themes of one audience) */
  prefix?: string;
};

export function CodeSelect({ list, multiple, numeric, prefix, ...props }: Props) {
  const { t } = useTranslation();
  const lists = useCodeLists();
  const { readOnly } = useEditorContext();
  const entries = (lists.data?.[list] ?? []).filter((e) => !prefix || e.code.startsWith(prefix));
  return (
    <Select
      {...props}
      mode={multiple ? 'multiple' : undefined}
      loading={lists.isPending}
      placeholder={readOnly ? '—' : (props.placeholder ?? t('catalogueConsole.editor.choose'))}
      options={entries.map((e) => ({ value: numeric ? Number(e.code) : e.code, label: e.label }))}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}
