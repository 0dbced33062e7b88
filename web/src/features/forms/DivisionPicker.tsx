/**
 * 行政区划 picker for application forms: an antd Cascader (省 → 市 → 县 …) over /api/divisions. The value is
 * the chosen division's code (any level may be chosen); the Cascader's path is derived from it.
 */
import { Cascader } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toDivisionTree, type DivisionNode } from '../divisions/division-tree';
import { useDivisions } from '../divisions/use-divisions';

interface Props {
  id?: string;
  value?: string;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  disabled?: boolean;
  status?: 'error';
}

interface Option {
  value: string;
  label: string;
  children?: Option[];
}

const toOptions = (nodes: DivisionNode[]): Option[] =>
  nodes.map((n) => ({ value: n.value, label: n.title, children: n.children ? toOptions(n.children) : undefined }));

/** The codes from a root down to `code`, or [] when the code is not in the tree. */
export function divisionPath(options: Option[], code: string): string[] {
  for (const o of options) {
    if (o.value === code) return [o.value];
    const below = o.children ? divisionPath(o.children, code) : [];
    if (below.length > 0) return [o.value, ...below];
  }
  return [];
}

export function DivisionPicker({ id, value, onChange, placeholder, disabled, status }: Props) {
  const { t } = useTranslation();
  const divisions = useDivisions();
  const options = useMemo(() => toOptions(toDivisionTree(divisions.data?.items ?? [])), [divisions.data]);
  const path = value ? divisionPath(options, value) : [];
  return (
    <Cascader<Option>
      id={id}
      options={options}
      value={path.length > 0 ? path : value ? [value] : undefined}
      onChange={(selected) => onChange?.(selected && selected.length > 0 ? String(selected[selected.length - 1]) : undefined)}
      changeOnSelect
      showSearch
      disabled={disabled}
      loading={divisions.isPending}
      placeholder={placeholder ?? t('forms.division')}
      status={divisions.isError ? 'error' : status}
      notFoundContent={divisions.isError ? t('common.loadFailed') : undefined}
      style={{ width: '100%' }}
    />
  );
}
