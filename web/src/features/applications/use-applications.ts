/** GET /api/applications (我的办件) and GET /api/applications/{id} (办件详情, refreshed every 15 s). */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { applicationKeys } from './application-keys';
import type { ApplicationDetail, ApplicationList } from './types';

/** 办理过程网上实时展示: the detail page asks again this often. */
export const DETAIL_REFRESH_MS = 15_000;

export function useMyApplications() {
  return useQuery({
    queryKey: applicationKeys.mine,
    queryFn: async (): Promise<ApplicationList> => unwrap(api.GET('/api/applications', { params: { query: { limit: 100, offset: 0 } } })),
  });
}

export function useApplication(id: string) {
  return useQuery({
    queryKey: applicationKeys.detail(id),
    queryFn: async (): Promise<ApplicationDetail> => unwrap(api.GET('/api/applications/{id}', { params: { path: { id } } })),
    refetchInterval: DETAIL_REFRESH_MS,
  });
}
