/** GET /api/catalogue/bundles/:code — one 一件事 with its items and merged material list. */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { catalogueKeys } from './catalogue-keys';
import type { BundleDetail } from './types';

export function useBundle(code: string | undefined) {
  return useQuery({
    queryKey: catalogueKeys.bundle(code ?? ''),
    queryFn: async (): Promise<BundleDetail> =>
      unwrap(api.GET('/api/catalogue/bundles/{code}', { params: { path: { code: code ?? '' } } })),
    enabled: !!code,
    staleTime: 60_000,
  });
}
