/**
 * 办事服务 home (/catalogue), 个人办事 (/personal) and 法人办事 (/enterprise): search with suggestions, then
 * 主题服务, 部门服务, 热门事项 and 一件事. With an audience only its themes and bundles show and every search
 * keeps it. 长辈版: fewer, bigger cards — themes, search and popular items only.
 */
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { usePreferences } from '../preferences/use-preferences';
import { BundleCards } from './BundleCards';
import { CatalogueSearchBox } from './CatalogueSearchBox';
import { DepartmentLinks } from './DepartmentLinks';
import { HomeSection } from './HomeSection';
import { ItemList } from './ItemList';
import { searchPath } from './search-params';
import { ThemeCards } from './ThemeCards';
import type { Audience, CatalogueHome } from './types';
import { useCatalogueHome } from './use-catalogue-home';
import { usePopular } from './use-popular';
import '../../styles/catalogue.css';

const ELDER_POPULAR = 5;

export function CatalogueHomePage({ audience }: { audience?: Audience }) {
  const { t } = useTranslation();
  const { elder } = usePreferences();
  const home = useCatalogueHome();
  const title = audience === 'person' ? t('nav.personal') : audience === 'enterprise' ? t('nav.enterprise') : t('catalogue.title');
  return (
    <div className="page catalogue-home">
      <PageTitle title={title} />
      {home.data && (
        <Typography.Paragraph className="catalogue-home__intro">
          {t('catalogue.homeIntro', { total: home.data.total })}
        </Typography.Paragraph>
      )}
      <CatalogueSearchBox audience={audience} className="catalogue-home__search" />
      {home.isPending ? (
        <Loading />
      ) : home.isError ? (
        <QueryError error={home.error} onRetry={() => void home.refetch()} />
      ) : (
        <HomeSections home={home.data} audience={audience} elder={elder} />
      )}
    </div>
  );
}

function HomeSections({ home, audience, elder }: { home: CatalogueHome; audience?: Audience; elder: boolean }) {
  const { t } = useTranslation();
  const popular = usePopular(audience);
  const bundles = home.bundles.filter((b) => !audience || b.audience === audience);
  const popularItems = elder ? popular.items?.slice(0, ELDER_POPULAR) : popular.items;
  const withItems = <T extends { count: number }>(list: T[]) => (elder ? list.filter((x) => x.count > 0) : list);

  return (
    <>
      <HomeSection id="themes" title={t('catalogue.sections.themes')}>
        {audience !== 'enterprise' && (
          <>
            {!audience && !elder && <h3 className="subsection-title">{t('catalogue.sections.personThemes')}</h3>}
            <ThemeCards themes={withItems(home.personThemes)} audience="person" big={elder} />
          </>
        )}
        {(audience === 'enterprise' || (!audience && !elder)) && (
          <>
            {!audience && <h3 className="subsection-title">{t('catalogue.sections.enterpriseThemes')}</h3>}
            <ThemeCards themes={withItems(home.enterpriseThemes)} audience="enterprise" big={elder} />
          </>
        )}
      </HomeSection>
      {!elder && home.departments.length > 0 && (
        <HomeSection id="departments" title={t('catalogue.sections.departments')}>
          <DepartmentLinks departments={home.departments} audience={audience} />
        </HomeSection>
      )}
      <HomeSection
        id="popular"
        title={t('catalogue.sections.popular')}
        more={{ to: searchPath({ audience }), text: t('catalogue.allItems') }}
      >
        {popular.isPending ? (
          <Loading />
        ) : popularItems && popularItems.length > 0 ? (
          <ItemList items={popularItems} />
        ) : (
          <Typography.Paragraph type="secondary">{t('catalogue.noItems')}</Typography.Paragraph>
        )}
      </HomeSection>
      {!elder && bundles.length > 0 && (
        <HomeSection id="bundles" title={t('catalogue.sections.bundles')}>
          <Typography.Paragraph type="secondary">{t('catalogue.bundlesIntro')}</Typography.Paragraph>
          <BundleCards bundles={bundles} />
        </HomeSection>
      )}
    </>
  );
}
