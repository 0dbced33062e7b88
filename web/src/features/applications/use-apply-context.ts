/** GET /api/applications/apply-context/{code} and the draft it names (GET /api/applications/drafts/{id}). */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { applicationKeys } from './application-keys';
import type { ApplyContext, DraftView } from './types';

export function useApplyContext(code: string) {
  return useQuery({
    queryKey: applicationKeys.applyContext(code),
    queryFn: async (): Promise<ApplyContext> =>
      (await unwrap(api.GET('/api/applications/apply-context/{code}', { params: { path: { code } } }))) as ApplyContext,
    // the page keeps its own state once loaded: a refetch must not reset what the applicant entered
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}

export function useDraft(id: string | null) {
  return useQuery({
    queryKey: applicationKeys.draft(id ?? ''),
    queryFn: async (): Promise<DraftView> => unwrap(api.GET('/api/applications/drafts/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: id !== null,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
