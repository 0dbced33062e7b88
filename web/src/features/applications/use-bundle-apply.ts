/**
 * 一件事 applications: the apply context of each of the bundle's items (GET /api/applications/apply-context/{code},
 * the same cache entries as the single apply page), one submission (POST /api/bundles/{code}/applications;
 * the same submitKey makes a retry return the same bundle application) and its progress
 * (GET /api/bundle-applications/{id}, refreshed like an application's detail).
 */
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { paths } from '../../api/schema.gen';
import { applicationKeys } from './application-keys';
import type { ApplyContext } from './types';
import { DETAIL_REFRESH_MS } from './use-applications';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type SubmitOp = paths['/api/bundles/{code}/applications']['post'];
export type BundleSubmitBody = Json<SubmitOp['requestBody']>;
export type BundleApplication = Json<paths['/api/bundle-applications/{id}']['get']['responses'][200]>;
export type BundleApplicationEntry = BundleApplication['applications'][number];

/** Under 'applications', so whatever refreshes the applicant's applications refreshes these too. */
export const bundleApplicationKeys = {
  detail: (id: string) => ['applications', 'bundle', id] as const,
};

/** The apply context of every item, in the bundle's order; `data` once all have loaded. */
export function useBundleItemContexts(codes: readonly string[]) {
  return useQueries({
    queries: codes.map((code) => ({
      queryKey: applicationKeys.applyContext(code),
      queryFn: async (): Promise<ApplyContext> =>
        (await unwrap(api.GET('/api/applications/apply-context/{code}', { params: { path: { code } } }))) as ApplyContext,
      // the page keeps its own state once loaded: a refetch must not reset what the applicant entered
      staleTime: Infinity,
      refetchOnWindowFocus: false,
    })),
    combine: (results) => ({
      data: results.every((r) => r.isSuccess) ? results.map((r) => r.data!) : undefined,
      isPending: results.some((r) => r.isPending),
      error: results.find((r) => r.isError)?.error ?? null,
      refetch: () => Promise.all(results.filter((r) => r.isError).map((r) => r.refetch())),
    }),
  });
}

export function useSubmitBundle(bundleCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: BundleSubmitBody): Promise<BundleApplication> =>
      unwrap(api.POST('/api/bundles/{code}/applications', { params: { path: { code: bundleCode } }, body })),
    onSuccess: (bundle) => {
      queryClient.setQueryData(bundleApplicationKeys.detail(bundle.id), bundle);
      void queryClient.invalidateQueries({ queryKey: applicationKeys.mine });
    },
  });
}

export function useBundleApplication(id: string) {
  return useQuery({
    queryKey: bundleApplicationKeys.detail(id),
    queryFn: async (): Promise<BundleApplication> => unwrap(api.GET('/api/bundle-applications/{id}', { params: { path: { id } } })),
    refetchInterval: DETAIL_REFRESH_MS,
  });
}
