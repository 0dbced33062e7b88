/** The dashed "add an entry" button under an editor list (hidden when read-only, disabled at the limit). */
import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEditorContext } from './editor-context';

export function AddButton({ label, count, max, onAdd }: { label: string; count: number; max: number; onAdd: () => void }) {
  const { t } = useTranslation();
  const { readOnly } = useEditorContext();
  if (readOnly) return null;
  const full = count >= max;
  return (
    <>
      <Button type="dashed" block icon={<PlusOutlined aria-hidden />} disabled={full} onClick={onAdd}>
        {label}
      </Button>
      {full && <p className="muted-text">{t('catalogueConsole.editor.listFull', { max })}</p>}
    </>
  );
}
