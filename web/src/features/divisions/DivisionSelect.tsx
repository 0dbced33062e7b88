/** 行政区划 picker for forms: a searchable tree from /api/divisions. Form.Item supplies id/value/onChange. */
import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toDivisionTree } from './division-tree';
import { useDivisions } from './use-divisions';

interface Props {
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  placeholder?: string;
}

export function DivisionSelect({ id, value, onChange, placeholder }: Props) {
  const { t } = useTranslation();
  const divisions = useDivisions();
  const treeData = useMemo(() => toDivisionTree(divisions.data?.items ?? []), [divisions.data]);
  return (
    <TreeSelect
      id={id}
      value={value}
      onChange={onChange}
      treeData={treeData}
      loading={divisions.isPending}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      placeholder={placeholder ?? t('departments.divisionPlaceholder')}
      status={divisions.isError ? 'error' : undefined}
      notFoundContent={divisions.isError ? t('common.loadFailed') : undefined}
    />
  );
}
