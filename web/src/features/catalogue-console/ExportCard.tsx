/** 导出: the catalogue as JSON or CSV (GB/T 39046 exchange columns), published versions or the latest of each. */
import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../components/use-show-error';
import type { ExchangeFormat } from './exchange-helpers';
import { useExport, type ExportVersions } from './use-exchange';

export function ExportCard({ integration, disabled }: { integration: string; disabled: boolean }) {
  const { t } = useTranslation();
  const exporter = useExport();
  const showError = useShowError();
  const { message } = App.useApp();
  const [versions, setVersions] = useState<ExportVersions>('published');
  const [format, setFormat] = useState<ExchangeFormat | null>(null);

  const run = (f: ExchangeFormat) => {
    setFormat(f);
    exporter.mutate(
      { format: f, versions, integration: integration || undefined },
      {
        onSuccess: (fileName) => void message.success(t('catalogueConsole.exchange.exported', { fileName })),
        onError: (e) => showError(e),
      },
    );
  };

  return (
    <Card className="section" title={<h2 className="card-title">{t('catalogueConsole.exchange.exportTitle')}</h2>}>
      <p>{t('catalogueConsole.exchange.exportHelp')}</p>
      <Radio.Group
        className="section"
        aria-label={t('catalogueConsole.exchange.versions')}
        value={versions}
        onChange={(e) => setVersions(e.target.value as ExportVersions)}
        options={[
          { value: 'published', label: t('catalogueConsole.exchange.versionsPublished') },
          { value: 'latest', label: t('catalogueConsole.exchange.versionsLatest') },
        ]}
      />
      <Flex gap="small" wrap>
        {(['json', 'csv'] as const).map((f) => (
          <Button
            key={f}
            icon={<DownloadOutlined aria-hidden />}
            disabled={disabled || (exporter.isPending && format !== f)}
            loading={exporter.isPending && format === f}
            onClick={() => run(f)}
          >
            {t(f === 'json' ? 'catalogueConsole.exchange.exportJson' : 'catalogueConsole.exchange.exportCsv')}
          </Button>
        ))}
      </Flex>
    </Card>
  );
}
