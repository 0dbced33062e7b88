import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { forgetSession } from './session-cache';

/** Revoke every session of the account (this one too), then go to `redirectTo`. */
export function useLogoutEverywhere(redirectTo: string) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async (): Promise<{ ok: true; revoked: number }> => unwrap(api.POST('/api/auth/logout-everywhere')),
    onSuccess: async () => {
      // commit the new route before the session turns anonymous, or the old page's guard redirects first
      await navigate(redirectTo, { replace: true, flushSync: true });
      forgetSession(queryClient);
    },
  });
}
