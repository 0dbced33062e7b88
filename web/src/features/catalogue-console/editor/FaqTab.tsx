/** 常见问题: question and answer pairs. */
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { emptyFaq } from '../content-draft';
import { AddButton } from './AddButton';
import { useEditorRules } from './editor-rules';
import { EntryCard } from './EntryCard';
import { ListItemActions } from './ListItemActions';

export function FaqTab() {
  const { t } = useTranslation();
  const rules = useEditorRules();
  return (
    <div id="editor-list-faqs">
      <Form.List name="faqs">
        {(fields, { add, remove, move }) => (
          <>
            {fields.map((field, index) => {
              const name = t('catalogueConsole.editor.faqN', { n: index + 1 });
              return (
                <EntryCard
                  key={field.key}
                  title={name}
                  actions={<ListItemActions index={index} count={fields.length} name={name} move={move} remove={remove} />}
                >
                  <Form.Item
                    name={[field.name, 'question']}
                    label={t('catalogueConsole.faq.question')}
                    rules={[rules.required(t('catalogueConsole.faq.question')), rules.max(500)]}
                  >
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'answer']}
                    label={t('catalogueConsole.faq.answer')}
                    rules={[rules.required(t('catalogueConsole.faq.answer')), rules.max(2000)]}
                  >
                    <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} />
                  </Form.Item>
                </EntryCard>
              );
            })}
            <AddButton label={t('catalogueConsole.editor.addFaq')} count={fields.length} max={50} onAdd={() => add(emptyFaq())} />
          </>
        )}
      </Form.List>
    </div>
  );
}
