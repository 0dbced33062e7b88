/** Move up / move down / remove for one entry of an editor list; each button names the entry it acts on. */
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEditorContext } from './editor-context';

interface Props {
  index: number;
  count: number;
  /** e.g. 材料 3 — said after each button's verb */
  name: string;
  move: (from: number, to: number) => void;
  remove: (index: number) => void;
  /** a list that must keep a minimum number of entries */
  canRemove?: boolean;
}

export function ListItemActions({ index, count, name, move, remove, canRemove = true }: Props) {
  const { t } = useTranslation();
  const { readOnly } = useEditorContext();
  if (readOnly) return null;
  return (
    <Space size={4} wrap>
      <Button
        size="small"
        icon={<ArrowUpOutlined aria-hidden />}
        disabled={index === 0}
        onClick={() => move(index, index - 1)}
        aria-label={`${t('catalogueConsole.editor.moveUp')} ${name}`}
      >
        {t('catalogueConsole.editor.moveUp')}
      </Button>
      <Button
        size="small"
        icon={<ArrowDownOutlined aria-hidden />}
        disabled={index === count - 1}
        onClick={() => move(index, index + 1)}
        aria-label={`${t('catalogueConsole.editor.moveDown')} ${name}`}
      >
        {t('catalogueConsole.editor.moveDown')}
      </Button>
      <Button
        size="small"
        danger
        icon={<DeleteOutlined aria-hidden />}
        disabled={!canRemove}
        onClick={() => remove(index)}
        aria-label={`${t('common.delete')} ${name}`}
      >
        {t('common.delete')}
      </Button>
    </Space>
  );
}
