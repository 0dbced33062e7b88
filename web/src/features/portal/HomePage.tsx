/** 办事大厅 home: hero with the catalogue search, the service entries, then 热门事项 and 一件事. */
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../components/use-document-title';
import { CatalogueRows } from './CatalogueRows';
import { SearchBox } from './SearchBox';
import { ServiceCards } from './ServiceCards';

export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(undefined);
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <div className="hero__inner">
          <Typography.Title level={1} id="hero-title" className="hero__title">
            {t('portal.heroTitle')}
          </Typography.Title>
          <Typography.Paragraph className="hero__text">{t('portal.heroText')}</Typography.Paragraph>
          <SearchBox />
        </div>
      </section>
      <div className="page">
        <ServiceCards />
        <CatalogueRows />
      </div>
    </>
  );
}
