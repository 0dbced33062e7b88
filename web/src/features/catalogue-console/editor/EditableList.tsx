/**
 * The editor's repeated-entry list (办理流程, 常见问题, 收费项目, 办理情形): one card per entry with move
 * up / down / remove, and an add button up to `max` entries. The caller renders an entry's fields.
 */
import { Form, type FormListFieldData } from 'antd';
import type { ReactNode } from 'react';
import { AddButton } from './AddButton';
import { EntryCard } from './EntryCard';
import { ListItemActions } from './ListItemActions';

interface Props {
  /** Form.List name: a content field or a path inside an entry. */
  name: string | Array<string | number>;
  /** Card title of the n-th entry (from 1). */
  title: (n: number) => string;
  addLabel: string;
  max: number;
  /** The new entry (may depend on the keys already used). */
  newEntry: () => unknown;
  /** Name of the entry in its buttons' labels when the title alone is ambiguous (nested lists). */
  actionName?: (title: string) => string;
  /** Entries fewer than this cannot be removed (e.g. a scenario keeps two options). */
  min?: number;
  className?: string;
  children: (field: FormListFieldData, title: string) => ReactNode;
}

export function EditableList({ name, title, addLabel, max, newEntry, actionName, min = 0, className, children }: Props) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove, move }) => (
        <div className={className}>
          {fields.map((field, index) => {
            const entryTitle = title(index + 1);
            return (
              <EntryCard
                key={field.key}
                title={entryTitle}
                actions={
                  <ListItemActions
                    index={index}
                    count={fields.length}
                    name={actionName ? actionName(entryTitle) : entryTitle}
                    move={move}
                    remove={remove}
                    canRemove={fields.length > min}
                  />
                }
              >
                {children(field, entryTitle)}
              </EntryCard>
            );
          })}
          <AddButton label={addLabel} count={fields.length} max={max} onAdd={() => add(newEntry())} />
        </div>
      )}
    </Form.List>
  );
}
