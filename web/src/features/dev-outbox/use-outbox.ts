import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { keys } from '../../api/keys';
import type { Outbox, PageQuery } from '../../api/types';

/** Messages the development SMS and e-mail adapters kept instead of sending. */
export function useOutbox(page: PageQuery) {
  return useQuery({
    queryKey: keys.outbox(page),
    queryFn: async (): Promise<Outbox> => unwrap(api.GET('/api/dev/outbox', { params: { query: page } })),
    placeholderData: keepPreviousData,
  });
}
