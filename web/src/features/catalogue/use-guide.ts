/** GET /api/catalogue/guides/:code — the published guide (一次告知) of one item. */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { catalogueKeys } from './catalogue-keys';
import type { Guide } from './types';

export function useGuide(code: string | undefined) {
  return useQuery({
    queryKey: catalogueKeys.guide(code ?? ''),
    queryFn: async (): Promise<Guide> => unwrap(api.GET('/api/catalogue/guides/{code}', { params: { path: { code: code ?? '' } } })),
    enabled: !!code,
    // every fetch counts as a view for 热门事项: do not ask again while the reader moves between its pages
    staleTime: 5 * 60_000,
  });
}
