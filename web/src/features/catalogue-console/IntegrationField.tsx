/** 对接系统: the integration whose codes an export, import or mapping uses; known ones offered, new ones typed. */
import { AutoComplete } from 'antd';
import { useTranslation } from 'react-i18next';
import { integrationsOf, INTEGRATION_PATTERN } from './exchange-helpers';
import { useCodeMappings } from './use-exchange';

export const isValidIntegration = (value: string) => value === '' || INTEGRATION_PATTERN.test(value);

export function IntegrationField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const all = useCodeMappings('');
  const valid = isValidIntegration(value);
  return (
    <div className="section">
      <label htmlFor="integration" className="field-label">
        {t('catalogueConsole.exchange.integration')}
        {t('common.optional')}
      </label>
      <AutoComplete
        id="integration"
        className="integration-field"
        value={value}
        onChange={(v: string) => onChange(v.trim())}
        options={integrationsOf(all.data ?? []).map((i) => ({ value: i }))}
        placeholder={t('catalogueConsole.exchange.integrationPlaceholder')}
        status={valid ? undefined : 'error'}
        aria-describedby="integration-help"
        allowClear
      />
      <p id="integration-help" className={valid ? 'muted-text' : 'error-text'} role={valid ? undefined : 'alert'}>
        {valid ? t('catalogueConsole.exchange.integrationHelp') : t('catalogueConsole.exchange.integrationPattern')}
      </p>
    </div>
  );
}
