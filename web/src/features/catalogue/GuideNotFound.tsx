/** A guide (or 一件事) that does not exist or is not published: say so and offer the search. */
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../components/LinkButton';
import { useDocumentTitle } from '../../components/use-document-title';

export function GuideNotFound({ bundle = false }: { bundle?: boolean }) {
  const { t } = useTranslation();
  const title = bundle ? t('catalogue.bundle.notFound') : t('catalogue.guide.notFound');
  useDocumentTitle(title);
  return (
    <Result
      status="404"
      title={<h1 className="result-title">{title}</h1>}
      subTitle={t('catalogue.guide.notFoundText')}
      extra={
        <LinkButton type="primary" to="/catalogue">
          {t('catalogue.guide.browse')}
        </LinkButton>
      }
    />
  );
}
