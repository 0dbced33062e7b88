/** Queries of the applications console: the inbox, one application, the item's form and the process definition. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { consoleApplicationKeys } from './keys';
import type { ApplicationDetail, ApplyContext, InboxPage, ProcessDefinitionRecord } from './types';

export const INBOX_PAGE_SIZE = 20;

export function useInbox(mine: boolean, page: number) {
  return useQuery({
    queryKey: consoleApplicationKeys.inbox(mine, page),
    queryFn: async (): Promise<InboxPage> =>
      unwrap(
        api.GET('/api/console/inbox', {
          params: { query: { limit: INBOX_PAGE_SIZE, offset: (page - 1) * INBOX_PAGE_SIZE, ...(mine ? { mine: true } : {}) } },
        }),
      ),
    placeholderData: keepPreviousData,
    refetchInterval: 60_000,
  });
}

export function useConsoleApplication(id: string) {
  return useQuery({
    queryKey: consoleApplicationKeys.detail(id),
    queryFn: async (): Promise<ApplicationDetail> => unwrap(api.GET('/api/console/applications/{id}', { params: { path: { id } } })),
  });
}

/** The item's published form, scenarios and materials (staff get an empty prefill). */
export function useApplyContext(code: string | null) {
  return useQuery({
    queryKey: consoleApplicationKeys.applyContext(code ?? ''),
    enabled: !!code,
    staleTime: 5 * 60_000,
    queryFn: async (): Promise<ApplyContext> =>
      unwrap(api.GET('/api/applications/apply-context/{code}', { params: { path: { code: code! } } })),
  });
}

export function useProcessDefinition(id: string | null) {
  return useQuery({
    queryKey: consoleApplicationKeys.definition(id ?? ''),
    enabled: !!id,
    staleTime: 10 * 60_000,
    queryFn: async (): Promise<ProcessDefinitionRecord> =>
      unwrap(api.GET('/api/console/process/definitions/{id}', { params: { path: { id: id! } } })),
  });
}
