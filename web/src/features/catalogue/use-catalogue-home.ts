/** GET /api/catalogue/home: themes and departments with counts, popular items, published bundles. */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { catalogueKeys } from './catalogue-keys';
import type { CatalogueHome } from './types';

export function useCatalogueHome() {
  return useQuery({
    queryKey: catalogueKeys.home,
    queryFn: async (): Promise<CatalogueHome> => unwrap(api.GET('/api/catalogue/home')),
    staleTime: 60_000,
  });
}
