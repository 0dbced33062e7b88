import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkButton } from './LinkButton';
import { useDocumentTitle } from './use-document-title';

export function NotFound({ home = '/' }: { home?: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('common.notFoundTitle'));
  return (
    <Result
      status="404"
      title={<h1 className="result-title">{t('common.notFoundTitle')}</h1>}
      subTitle={t('common.notFoundText')}
      extra={<LinkButton to={home}>{t('common.backHome')}</LinkButton>}
    />
  );
}

export function Forbidden({ title, text }: { title?: string; text?: string }) {
  const { t } = useTranslation();
  useDocumentTitle(title ?? t('common.forbiddenTitle'));
  return (
    <Result
      status="403"
      title={<h1 className="result-title">{title ?? t('common.forbiddenTitle')}</h1>}
      subTitle={text ?? t('common.forbiddenText')}
      extra={<LinkButton to="/">{t('common.backHome')}</LinkButton>}
    />
  );
}
