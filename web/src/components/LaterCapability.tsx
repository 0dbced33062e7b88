/** An honest page for an entry whose capability has not shipped yet: it says so, and offers the way back. */
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkButton } from './LinkButton';
import { useDocumentTitle } from './use-document-title';

export function LaterCapability({ name, capability }: { name: string; capability: string }) {
  const { t } = useTranslation();
  useDocumentTitle(name);
  return (
    <Result
      status="info"
      title={<h1 className="result-title">{name}</h1>}
      subTitle={t('portal.laterText', { name, capability })}
      extra={
        <LinkButton type="primary" to="/">
          {t('common.backHome')}
        </LinkButton>
      }
    />
  );
}
