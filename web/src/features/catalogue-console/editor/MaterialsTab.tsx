/** 申请材料: the materials list (一次告知), each a card; new materials get keys m1, m2 … */
import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { emptyMaterial, nextKey } from '../content-draft';
import type { Material } from '../types';
import { AddButton } from './AddButton';
import { ListItemActions } from './ListItemActions';
import { MaterialCard } from './MaterialCard';

export function MaterialsTab() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const keys = () => ((form.getFieldValue('materials') as Array<Partial<Material>> | undefined) ?? []).map((m) => m?.key);
  return (
    <div id="editor-list-materials">
      <p className="muted-text">{t('catalogueConsole.editor.materialsHelp')}</p>
      <Form.List name="materials">
        {(fields, { add, remove, move }) => (
          <>
            {fields.map((field, index) => (
              <MaterialCard
                key={field.key}
                field={field}
                index={index}
                actions={(name) => <ListItemActions index={index} count={fields.length} name={name} move={move} remove={remove} />}
              />
            ))}
            <AddButton
              label={t('catalogueConsole.editor.addMaterial')}
              count={fields.length}
              max={60}
              onAdd={() => add(emptyMaterial(nextKey('m', keys())))}
            />
          </>
        )}
      </Form.List>
    </div>
  );
}
