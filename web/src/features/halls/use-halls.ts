import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { keys } from '../../api/keys';
import type { Hall, HallInput } from '../../api/types';

export function useHalls() {
  return useQuery({
    queryKey: keys.halls,
    queryFn: async (): Promise<{ items: Hall[] }> => unwrap(api.GET('/api/halls')),
  });
}

export function useCreateHall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: HallInput): Promise<Hall> => unwrap(api.POST('/api/halls', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.halls, exact: true }),
  });
}

export function useUpdateHall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, patch }: { id: string; patch: Partial<HallInput> }): Promise<Hall> =>
      unwrap(api.PATCH('/api/halls/{id}', { params: { path: { id } }, body: patch })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.halls, exact: true }),
  });
}
