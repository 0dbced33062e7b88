/**
 * The portal home's catalogue rows from /api/catalogue/home: 热门事项 and 一件事 (长辈版: 热门事项 only,
 * fewer). Nothing is shown while loading or when the catalogue cannot be reached — the entries above still work.
 */
import { useTranslation } from 'react-i18next';
import { BundleCards } from '../catalogue/BundleCards';
import { HomeSection } from '../catalogue/HomeSection';
import { ItemList } from '../catalogue/ItemList';
import { useCatalogueHome } from '../catalogue/use-catalogue-home';
import { usePreferences } from '../preferences/use-preferences';

const POPULAR = 6;
const ELDER_POPULAR = 4;
const BUNDLES = 6;

export function CatalogueRows() {
  const { t } = useTranslation();
  const { elder } = usePreferences();
  const home = useCatalogueHome();
  if (!home.data) return null;
  const popular = home.data.popular.slice(0, elder ? ELDER_POPULAR : POPULAR);
  const bundles = home.data.bundles.slice(0, BUNDLES);
  return (
    <>
      {popular.length > 0 && (
        <HomeSection
          id="portal-popular"
          title={t('catalogue.sections.popular')}
          more={{ to: '/catalogue', text: t('catalogue.allServices') }}
        >
          <ItemList items={popular} />
        </HomeSection>
      )}
      {!elder && bundles.length > 0 && (
        <HomeSection id="portal-bundles" title={t('catalogue.sections.bundles')}>
          <BundleCards bundles={bundles} />
        </HomeSection>
      )}
    </>
  );
}
