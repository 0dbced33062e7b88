import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { keys } from '../../api/keys';
import type { MessageList, PageQuery } from '../../api/types';

export function useMessages(page: PageQuery) {
  return useQuery({
    queryKey: keys.messages(page),
    queryFn: async (): Promise<MessageList> => unwrap(api.GET('/api/me/messages', { params: { query: page } })),
    placeholderData: keepPreviousData,
  });
}
