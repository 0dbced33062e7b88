/** GET /api/progress — the public lookup by 办件编号 + 查询码 (no login); refreshed every 15 s while shown. */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { applicationKeys } from './application-keys';
import { DETAIL_REFRESH_MS } from './use-applications';
import type { PublicProgress } from './types';

export function useProgress(query: { number: string; code: string } | null) {
  return useQuery({
    queryKey: applicationKeys.progress(query?.number ?? '', query?.code ?? ''),
    queryFn: async (): Promise<PublicProgress> => unwrap(api.GET('/api/progress', { params: { query: query! } })),
    enabled: query !== null,
    retry: false,
    refetchInterval: (q) => (q.state.status === 'success' ? DETAIL_REFRESH_MS : false),
  });
}
