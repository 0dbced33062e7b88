/** One item version: read, save the draft, and the review steps (submit, approve, reject, publish, discard). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { catalogueKeys } from './keys';
import { useAfterWrite } from './use-items';
import type { Diff, ItemContent, VersionDetail } from './types';

export function useVersion(id: string) {
  return useQuery({
    queryKey: catalogueKeys.version(id),
    queryFn: async (): Promise<VersionDetail> => unwrap(api.GET('/api/console/catalogue/versions/{id}', { params: { path: { id } } })),
    enabled: id !== '',
  });
}

export function useSaveDraft(id: string) {
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: async (content: ItemContent): Promise<VersionDetail> =>
      unwrap(api.PUT('/api/console/catalogue/versions/{id}', { params: { path: { id } }, body: { content } })),
    onSuccess: (version) => afterWrite(version),
  });
}

export type ReviewStep = 'submit' | 'approve' | 'reject' | 'publish';

export function useReviewStep(id: string) {
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: async ({ step, comment }: { step: ReviewStep; comment: string }): Promise<VersionDetail> => {
      const params = { path: { id } };
      switch (step) {
        case 'submit':
          return unwrap(api.POST('/api/console/catalogue/versions/{id}/submit', { params }));
        case 'approve':
          return unwrap(api.POST('/api/console/catalogue/versions/{id}/approve', { params, body: comment ? { comment } : {} }));
        case 'reject':
          return unwrap(api.POST('/api/console/catalogue/versions/{id}/reject', { params, body: { comment } }));
        case 'publish':
          return unwrap(api.POST('/api/console/catalogue/versions/{id}/publish', { params }));
      }
    },
    onSuccess: (version) => afterWrite(version),
  });
}

export function useDiscardDraft(id: string, itemId: string) {
  const afterWrite = useAfterWrite();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(api.DELETE('/api/console/catalogue/versions/{id}', { params: { path: { id } } })),
    onSuccess: async () => {
      await afterWrite(null, itemId);
      queryClient.removeQueries({ queryKey: catalogueKeys.version(id) });
    },
  });
}

export function useDiff(from: string | undefined, to: string | undefined) {
  return useQuery({
    queryKey: catalogueKeys.diff(from ?? '', to ?? ''),
    queryFn: async (): Promise<Diff> => unwrap(api.GET('/api/console/catalogue/diff', { params: { query: { from: from!, to: to! } } })),
    enabled: !!from && !!to && from !== to,
  });
}
