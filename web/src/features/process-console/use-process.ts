/** Queries and mutations of process definitions (/api/console/process/*). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { paths } from '../../api/schema.gen';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type DefinitionView = Json<paths['/api/console/process/definitions/{id}']['get']['responses'][200]>;
export type DefinitionProblem = DefinitionView['problems'][number];

export const processKeys = {
  all: ['process'] as const,
  definitions: (itemId: string) => ['process', 'items', itemId, 'definitions'] as const,
};

/** The item's versions, newest first (at most one draft, at most one published). */
export function useProcessDefinitions(itemId: string) {
  return useQuery({
    queryKey: processKeys.definitions(itemId),
    queryFn: async (): Promise<DefinitionView[]> =>
      unwrap(api.GET('/api/console/process/items/{id}/definitions', { params: { path: { id: itemId } } })),
    enabled: itemId !== '',
  });
}

export function useSaveProcessDraft(itemId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (definition: unknown): Promise<DefinitionView> =>
      unwrap(api.PUT('/api/console/process/items/{id}/draft', { params: { path: { id: itemId } }, body: { definition } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: processKeys.definitions(itemId) }),
  });
}

export function usePublishProcess(itemId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (definitionId: string): Promise<DefinitionView> =>
      unwrap(api.POST('/api/console/process/definitions/{id}/publish', { params: { path: { id: definitionId } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: processKeys.definitions(itemId) }),
  });
}

/** `details.problems` of a refused publish (422 PROCESS_DEFINITION_INVALID). */
export function problemsOf(details: unknown): DefinitionProblem[] {
  const list = (details as { problems?: unknown } | null)?.problems;
  return Array.isArray(list) ? (list as DefinitionProblem[]) : [];
}
