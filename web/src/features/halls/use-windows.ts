import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { keys } from '../../api/keys';
import type { HallWindow, Ok, WindowInput, WindowPatch } from '../../api/types';

export function useWindows(hallId: string) {
  return useQuery({
    queryKey: keys.windows(hallId),
    queryFn: async (): Promise<{ items: HallWindow[] }> => unwrap(api.GET('/api/halls/{id}/windows', { params: { path: { id: hallId } } })),
  });
}

export function useCreateWindow(hallId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: WindowInput): Promise<HallWindow> =>
      unwrap(api.POST('/api/halls/{id}/windows', { params: { path: { id: hallId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.windows(hallId) }),
  });
}

export function useUpdateWindow(hallId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, patch }: { id: string; patch: WindowPatch }): Promise<HallWindow> =>
      unwrap(api.PATCH('/api/windows/{id}', { params: { path: { id } }, body: patch })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.windows(hallId) }),
  });
}

export function useDeleteWindow(hallId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string): Promise<Ok> => unwrap(api.DELETE('/api/windows/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.windows(hallId) }),
  });
}
