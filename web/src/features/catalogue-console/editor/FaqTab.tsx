/** 常见问题: question and answer pairs. */
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { emptyFaq } from '../content-draft';
import { useEditorRules } from './editor-rules';
import { EditableList } from './EditableList';

export function FaqTab() {
  const { t } = useTranslation();
  const rules = useEditorRules();
  return (
    <div id="editor-list-faqs">
      <EditableList
        name="faqs"
        title={(n) => t('catalogueConsole.editor.faqN', { n })}
        addLabel={t('catalogueConsole.editor.addFaq')}
        max={50}
        newEntry={emptyFaq}
      >
        {(field) => (
          <>
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
          </>
        )}
      </EditableList>
    </div>
  );
}
