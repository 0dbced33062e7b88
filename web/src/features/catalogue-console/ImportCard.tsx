/**
 * 导入 (administrators): a JSON or CSV file, read in the browser as text and sent whole. All or nothing:
 * the counts of created / updated / unchanged items, or every invalid row and the news that nothing was
 * written.
 */
import { FileTextOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Radio, Table, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors';
import { useShowError } from '../../components/use-show-error';
import { formatOfFileName, importRowErrors, type ExchangeFormat, type ImportRowError } from './exchange-helpers';
import { useImport } from './use-exchange';

interface Chosen {
  name: string;
  text: string;
}

export function ImportCard({ integration, disabled }: { integration: string; disabled: boolean }) {
  const { t } = useTranslation();
  const importer = useImport();
  const showError = useShowError();
  const { modal } = App.useApp();
  const [file, setFile] = useState<Chosen | null>(null);
  const [format, setFormat] = useState<ExchangeFormat>('json');
  const [invalid, setInvalid] = useState<ImportRowError[] | null>(null);

  const choose = async (f: File) => {
    setFile({ name: f.name, text: await f.text() });
    setFormat(formatOfFileName(f.name) ?? 'json');
    setInvalid(null);
    importer.reset();
  };

  const run = () =>
    modal.confirm({
      title: t('catalogueConsole.exchange.importConfirm', { name: file?.name ?? '' }),
      content: t('catalogueConsole.exchange.importConfirmText'),
      okText: t('catalogueConsole.exchange.import'),
      cancelText: t('common.cancel'),
      onOk: () =>
        importer.mutateAsync({ format, data: file?.text ?? '', ...(integration ? { integration } : {}) }).then(
          () => setInvalid(null),
          (e: unknown) => {
            if (isApiError(e, 'CATALOGUE_IMPORT_INVALID')) setInvalid(importRowErrors(e.details));
            else showError(e);
          },
        ),
    });

  return (
    <Card className="section" title={<h2 className="card-title">{t('catalogueConsole.exchange.importTitle')}</h2>}>
      <p>{t('catalogueConsole.exchange.importHelp')}</p>
      <Flex gap="small" wrap align="center" className="section">
        <Upload
          accept=".json,.csv"
          showUploadList={false}
          beforeUpload={(f) => {
            void choose(f);
            return Upload.LIST_IGNORE;
          }}
        >
          <Button icon={<FileTextOutlined aria-hidden />} disabled={disabled}>
            {t('catalogueConsole.exchange.chooseFile')}
          </Button>
        </Upload>
        {file && <span>{t('catalogueConsole.exchange.chosen', { name: file.name })}</span>}
      </Flex>
      {file && (
        <Radio.Group
          className="section"
          aria-label={t('catalogueConsole.exchange.format')}
          value={format}
          onChange={(e) => setFormat(e.target.value as ExchangeFormat)}
          options={[
            { value: 'json', label: 'JSON' },
            { value: 'csv', label: 'CSV' },
          ]}
        />
      )}
      <div className="section">
        <Button
          type="primary"
          icon={<UploadOutlined aria-hidden />}
          disabled={disabled || !file}
          loading={importer.isPending}
          onClick={run}
        >
          {t('catalogueConsole.exchange.import')}
        </Button>
      </div>
      {importer.data && (
        <Alert
          type="success"
          showIcon
          title={t('catalogueConsole.exchange.imported')}
          description={
            <Descriptions
              size="small"
              column={{ xs: 1, sm: 3 }}
              items={[
                { key: 'created', label: t('catalogueConsole.exchange.created'), children: importer.data.created },
                { key: 'updated', label: t('catalogueConsole.exchange.updated'), children: importer.data.updated },
                { key: 'unchanged', label: t('catalogueConsole.exchange.unchanged'), children: importer.data.unchanged },
              ]}
            />
          }
        />
      )}
      {invalid && (
        <>
          <Alert
            className="section"
            type="error"
            showIcon
            role="alert"
            title={t('catalogueConsole.exchange.invalidTitle', { count: invalid.length })}
            description={t('catalogueConsole.exchange.nothingWritten')}
          />
          <Table<ImportRowError>
            rowKey={(r) => `${r.row}-${r.implementationCode ?? ''}`}
            size="small"
            dataSource={invalid}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            aria-label={t('catalogueConsole.exchange.invalidRows')}
            columns={[
              { title: t('catalogueConsole.exchange.row'), dataIndex: 'row' },
              { title: t('catalogueConsole.items.code'), dataIndex: 'implementationCode', render: (c?: string) => c ?? '—' },
              {
                title: t('catalogueConsole.exchange.errors'),
                dataIndex: 'errors',
                render: (errors: ImportRowError['errors']) => (
                  <ul className="compact-list">
                    {errors.map((e, i) => (
                      <li key={i}>
                        {e.field && <code>{e.field}</code>} {e.message}
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
