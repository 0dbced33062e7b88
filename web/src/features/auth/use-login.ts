import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { keys } from '../../api/keys';
import type { LoginInput, Session } from '../../api/types';
import { acceptSession } from './session-cache';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: LoginInput): Promise<Session> => unwrap(api.POST('/api/auth/login', { body: input })),
    onSuccess: (session) => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== keys.session[0] });
      acceptSession(queryClient, session);
    },
  });
}
