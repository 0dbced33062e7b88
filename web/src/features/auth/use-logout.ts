import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { Ok } from '../../api/types';
import { forgetSession } from './session-cache';

/**
 * Log out, then go to `redirectTo`. Navigation comes first and the session is forgotten after, so a
 * login-only page is left before it could refetch with the dead cookie.
 */
export function useLogout(redirectTo: string) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async (): Promise<Ok> => unwrap(api.POST('/api/auth/logout')),
    onSuccess: async () => {
      // commit the new route before the session turns anonymous, or the old page's guard redirects first
      await navigate(redirectTo, { replace: true, flushSync: true });
      forgetSession(queryClient);
    },
  });
}
