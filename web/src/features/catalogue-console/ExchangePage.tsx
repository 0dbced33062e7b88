/**
 * /console/catalogue/exchange — 导入导出: export the catalogue (JSON / CSV), import a file (administrators),
 * and the code mappings of an integration (对接系统; administrators edit).
 */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageTitle } from '../../components/PageTitle';
import { canExport, canImport } from './catalogue-permissions';
import { CodeMappingsCard } from './CodeMappingsCard';
import { ExportCard } from './ExportCard';
import { ImportCard } from './ImportCard';
import { IntegrationField, isValidIntegration } from './IntegrationField';
import { useCatalogueActor } from './use-catalogue-actor';
import './catalogue-console.css';

export function ExchangePage() {
  const { t } = useTranslation();
  const { actor } = useCatalogueActor();
  const [integration, setIntegration] = useState('');
  const valid = isValidIntegration(integration);
  const admin = canImport(actor);
  const exporter = canExport(actor);

  return (
    <>
      <Link to="/console/catalogue" className="back-link">
        <ArrowLeftOutlined aria-hidden /> {t('catalogueConsole.item.back')}
      </Link>
      <PageTitle title={t('catalogueConsole.exchange.title')} />
      <IntegrationField value={integration} onChange={setIntegration} />
      {!exporter && !admin && <Alert className="section" type="info" showIcon title={t('catalogueConsole.exchange.readOnly')} />}
      {exporter && <ExportCard integration={valid ? integration : ''} disabled={!valid} />}
      {admin && <ImportCard integration={valid ? integration : ''} disabled={!valid} />}
      <CodeMappingsCard integration={valid ? integration : ''} editable={admin} />
    </>
  );
}
