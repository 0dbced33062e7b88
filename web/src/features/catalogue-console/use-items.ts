/** Catalogue items in the console: the list, one item's history, create, new version, withdraw. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { catalogueKeys } from './keys';
import type { ConsoleItemList, ConsoleItemsQuery, CreateItemInput, ItemDetail, VersionDetail } from './types';

export function useConsoleItems(query: ConsoleItemsQuery) {
  return useQuery({
    queryKey: catalogueKeys.items(query),
    queryFn: async (): Promise<ConsoleItemList> => unwrap(api.GET('/api/console/catalogue/items', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useItem(id: string) {
  return useQuery({
    queryKey: catalogueKeys.item(id),
    queryFn: async (): Promise<ItemDetail> => unwrap(api.GET('/api/console/catalogue/items/{id}', { params: { path: { id } } })),
    enabled: id !== '',
  });
}

/** After any write: the lists and the item's history are stale; the answered version is fresh. */
export function useAfterWrite() {
  const queryClient = useQueryClient();
  return async (version?: VersionDetail | null, itemId?: string) => {
    if (version) queryClient.setQueryData(catalogueKeys.version(version.id), version);
    const item = itemId ?? version?.itemId;
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: catalogueKeys.itemsAll }),
      queryClient.invalidateQueries({ queryKey: catalogueKeys.bundles }),
      // refetched even while no page shows it, so the history page opened next is already current
      item ? queryClient.invalidateQueries({ queryKey: catalogueKeys.item(item), refetchType: 'all' }) : null,
    ]);
  };
}

export function useCreateItem() {
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: async (body: CreateItemInput): Promise<VersionDetail> => unwrap(api.POST('/api/console/catalogue/items', { body })),
    onSuccess: (version) => afterWrite(version),
  });
}

export function useStartVersion(itemId: string) {
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: async (): Promise<VersionDetail> =>
      unwrap(api.POST('/api/console/catalogue/items/{id}/versions', { params: { path: { id: itemId } } })),
    onSuccess: (version) => afterWrite(version),
  });
}

export function useWithdrawItem(itemId: string) {
  const afterWrite = useAfterWrite();
  return useMutation({
    mutationFn: async (reason: string): Promise<VersionDetail> =>
      unwrap(api.POST('/api/console/catalogue/items/{id}/withdraw', { params: { path: { id: itemId } }, body: { reason } })),
    onSuccess: (version) => afterWrite(version),
  });
}
