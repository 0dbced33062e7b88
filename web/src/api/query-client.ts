/** The one QueryClient. Auth failures on any query or mutation clear the session and redirect. */
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { emitAuthEvent } from './auth-events';
import { isApiError, MFA_DUE_CODES, SESSION_LOST_CODES } from './errors';
import { keys } from './keys';

function handleAuthFailure(error: unknown): void {
  if (!isApiError(error)) return;
  if (SESSION_LOST_CODES.includes(error.code)) {
    // keep nothing that belonged to the lost session
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== keys.session[0] });
    void queryClient.invalidateQueries({ queryKey: keys.session });
    emitAuthEvent({ kind: 'session-lost', code: error.code });
  } else if (MFA_DUE_CODES.includes(error.code)) {
    void queryClient.invalidateQueries({ queryKey: keys.session });
    emitAuthEvent({ kind: 'mfa-due', code: error.code });
  }
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: handleAuthFailure }),
  mutationCache: new MutationCache({ onError: handleAuthFailure }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // a 4xx will not get better by asking again
      retry: (count, error) => count < 2 && (!isApiError(error) || error.status === 0 || error.status >= 500),
    },
  },
});
