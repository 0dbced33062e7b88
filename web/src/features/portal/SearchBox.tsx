/** The portal hero's search box: the catalogue search with as-you-type suggestions, going to /search?q=. */
import { CatalogueSearchBox } from '../catalogue/CatalogueSearchBox';

export function SearchBox() {
  return <CatalogueSearchBox id="portal-search" className="search-box" />;
}
