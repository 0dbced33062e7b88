/** GET /api/catalogue/search with the page's filters; the previous page stays on screen while the next loads. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { catalogueKeys } from './catalogue-keys';
import type { SearchQuery, SearchResult } from './types';

export function useSearch(query: SearchQuery, enabled = true) {
  return useQuery({
    queryKey: catalogueKeys.search(query),
    queryFn: async (): Promise<SearchResult> => unwrap(api.GET('/api/catalogue/search', { params: { query } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}
