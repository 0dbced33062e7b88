/**
 * The editable list of a notice's items — one line per material or requirement with what is wrong
 * (一次性告知: every item in one notice). Used inside an antd Form under the field name `items`.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

export function NoticeItemsField({ problemPlaceholder }: { problemPlaceholder: string }) {
  const { t } = useTranslation();
  return (
    <Form.List
      name="items"
      rules={[
        {
          validator: async (_, items?: unknown[]) => {
            if (!items || items.length === 0) throw new Error(t('applicationsConsole.action.itemsRequired'));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap="small">
          {fields.map((field, index) => (
            <Card key={field.key} size="small" className="notice-items__row">
              <Form.Item
                name={[field.name, 'name']}
                label={t('applicationsConsole.action.itemName', { n: index + 1 })}
                rules={[{ required: true, whitespace: true, message: t('applicationsConsole.action.itemNameRequired') }]}
              >
                <Input maxLength={200} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'problem']}
                label={t('applicationsConsole.action.itemProblem', { n: index + 1 })}
                rules={[{ required: true, whitespace: true, message: t('applicationsConsole.action.itemProblemRequired') }]}
              >
                <Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 4 }} placeholder={problemPlaceholder} />
              </Form.Item>
              <Button
                size="small"
                icon={<DeleteOutlined aria-hidden />}
                onClick={() => remove(field.name)}
                aria-label={t('applicationsConsole.action.removeItem', { n: index + 1 })}
              >
                {t('applicationsConsole.action.remove')}
              </Button>
            </Card>
          ))}
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ name: '', problem: '' })}>
            {t('applicationsConsole.action.addItem')}
          </Button>
          <Form.ErrorList errors={errors} />
        </Flex>
      )}
    </Form.List>
  );
}
