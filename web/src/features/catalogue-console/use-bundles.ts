/** 一件事 in the console: list (every status), create, edit, publish, withdraw. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { catalogueKeys } from './keys';
import type { BundleInput, ConsoleBundle } from './types';

export function useConsoleBundles() {
  return useQuery({
    queryKey: catalogueKeys.bundles,
    queryFn: async (): Promise<{ items: ConsoleBundle[] }> => unwrap(api.GET('/api/console/catalogue/bundles')),
  });
}

export function useSaveBundle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, body }: { id?: string; body: BundleInput }): Promise<ConsoleBundle> =>
      id
        ? unwrap(api.PUT('/api/console/catalogue/bundles/{id}', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/console/catalogue/bundles', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogueKeys.bundles }),
  });
}

export function useBundleStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, action }: { id: string; action: 'publish' | 'withdraw' }): Promise<ConsoleBundle> => {
      const params = { path: { id } };
      return action === 'publish'
        ? unwrap(api.POST('/api/console/catalogue/bundles/{id}/publish', { params }))
        : unwrap(api.POST('/api/console/catalogue/bundles/{id}/withdraw', { params }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: catalogueKeys.bundles }),
  });
}
