/**
 * 热门事项: the home's most viewed items, or — for 个人办事 / 法人办事 — the most viewed of that audience
 * (a search without words is ordered by views).
 */
import type { Audience, ItemSummary } from './types';
import { useCatalogueHome } from './use-catalogue-home';
import { useSearch } from './use-search';

const COUNT = 8;

export function usePopular(audience: Audience | undefined): { items: ItemSummary[] | undefined; isPending: boolean } {
  const home = useCatalogueHome();
  const byAudience = useSearch({ limit: COUNT, offset: 0, audience }, audience !== undefined);
  if (!audience) return { items: home.data?.popular, isPending: home.isPending };
  return { items: byAudience.data?.items, isPending: byAudience.isPending };
}
