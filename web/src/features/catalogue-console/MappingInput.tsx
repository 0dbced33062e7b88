/** One external code being edited: the input and its 保存 (empty = remove the mapping). */
import { App, Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../components/use-show-error';
import type { MappingRow } from './exchange-helpers';
import { useSaveMapping } from './use-exchange';

interface Props {
  integration: string;
  listKey: string;
  listName: string;
  row: MappingRow;
}

export function MappingInput({ integration, listKey, listName, row }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useState(row.externalCode ?? '');
  const save = useSaveMapping();
  const showError = useShowError();
  const { message } = App.useApp();
  const changed = value.trim() !== (row.externalCode ?? '');
  const label = `${listName} ${row.label}（${row.nationalCode}）`;

  const onSave = () =>
    save.mutate(
      { integration, listKey, nationalCode: row.nationalCode, externalCode: value.trim() === '' ? null : value.trim() },
      { onSuccess: () => void message.success(t('common.saved')), onError: (e) => showError(e) },
    );

  return (
    <Space.Compact>
      <Input
        className="mapping-input"
        value={value}
        maxLength={20}
        placeholder={t('catalogueConsole.mappings.passThrough')}
        aria-label={t('catalogueConsole.mappings.externalFor', { label })}
        onChange={(e) => setValue(e.target.value)}
        onPressEnter={() => changed && onSave()}
      />
      <Button disabled={!changed} loading={save.isPending} onClick={onSave} aria-label={`${t('common.save')} ${label}`}>
        {t('common.save')}
      </Button>
    </Space.Compact>
  );
}
