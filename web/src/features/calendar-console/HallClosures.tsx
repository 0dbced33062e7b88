/** 大厅闭厅日 of one year: everyone on staff sees them, administrators add and remove. */
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Popconfirm, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Hall } from '../../api/types';
import { emptyText } from '../../components/empty-text';
import { FormModal } from '../../components/FormModal';
import { QueryError } from '../../components/QueryError';
import { useShowError } from '../../components/use-show-error';
import { useAddClosure, useHallClosures, useRemoveClosure, type ClosureInput, type HallClosure } from './use-calendar';

interface Props {
  year: number;
  halls: Hall[];
  canEdit: boolean;
}

export function HallClosures({ year, halls, canEdit }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const closures = useHallClosures(year);
  const remove = useRemoveClosure();
  const [adding, setAdding] = useState(false);

  return (
    <section aria-labelledby="calendar-closures">
      <Typography.Title level={2} id="calendar-closures" style={{ fontSize: 18 }}>
        {t('calendarConsole.closures')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('calendarConsole.closuresIntro')}</Typography.Paragraph>
      {canEdit && (
        <Button
          icon={<PlusOutlined aria-hidden />}
          onClick={() => setAdding(true)}
          style={{ marginBottom: 12 }}
          disabled={halls.length === 0}
        >
          {t('calendarConsole.addClosure')}
        </Button>
      )}
      {closures.isError ? (
        <QueryError error={closures.error} onRetry={() => void closures.refetch()} />
      ) : (
        <Table<HallClosure>
          rowKey="id"
          size="small"
          loading={closures.isPending}
          dataSource={closures.data?.items}
          locale={emptyText(t('calendarConsole.closuresEmpty'))}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('calendarConsole.date'), dataIndex: 'date' },
            { title: t('calendarConsole.hall'), dataIndex: 'hallName' },
            { title: t('calendarConsole.reason'), dataIndex: 'reason' },
            ...(canEdit
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    render: (_: unknown, c: HallClosure) => (
                      <Popconfirm
                        title={t('calendarConsole.removeClosureConfirm', { hall: c.hallName, date: c.date })}
                        okText={t('common.confirm')}
                        cancelText={t('common.cancel')}
                        onConfirm={() =>
                          remove.mutate(c.id, {
                            onSuccess: () => void message.success(t('common.deleted')),
                            onError: (error) => showError(error),
                          })
                        }
                      >
                        <Button type="link" danger aria-label={`${t('calendarConsole.removeClosure')} ${c.hallName} ${c.date}`}>
                          {t('common.delete')}
                        </Button>
                      </Popconfirm>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {adding && <ClosureModal year={year} halls={halls} onClose={() => setAdding(false)} />}
    </section>
  );
}

function ClosureModal({ year, halls, onClose }: { year: number; halls: Hall[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const add = useAddClosure();
  const [form] = Form.useForm<ClosureInput>();
  const required = [{ required: true, whitespace: true, message: t('calendarConsole.required') }];

  return (
    <FormModal<ClosureInput>
      title={t('calendarConsole.addClosure')}
      name="hall-closure"
      form={form}
      pending={add.isPending}
      initialValues={{ hallId: halls[0]?.id }}
      onCancel={onClose}
      onFinish={(values) =>
        add.mutate(
          { ...values, reason: values.reason.trim() },
          {
            onSuccess: () => {
              void message.success(t('common.created'));
              onClose();
            },
            onError: (error) => showError(error, form),
          },
        )
      }
    >
      <Form.Item name="hallId" label={t('calendarConsole.hall')} rules={required}>
        <Select options={halls.map((h) => ({ value: h.id, label: h.name }))} />
      </Form.Item>
      <Form.Item name="date" label={t('calendarConsole.date')} rules={required}>
        <Input type="date" min={`${year}-01-01`} max={`${year}-12-31`} />
      </Form.Item>
      <Form.Item name="reason" label={t('calendarConsole.reason')} rules={required}>
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}
