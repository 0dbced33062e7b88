/** Every answer that carries a session body goes through here: the CSRF token and the cache stay in step. */
import type { QueryClient } from '@tanstack/react-query';
import { setCsrfToken } from '../../api/client';
import { keys } from '../../api/keys';
import type { Session } from '../../api/types';

export function acceptSession(queryClient: QueryClient, session: Session): void {
  setCsrfToken(session.csrfToken);
  queryClient.setQueryData(keys.session, session);
}

/**
 * After logout: become anonymous at once (so guarded pages leave before they refetch with a dead
 * cookie), drop everything that belonged to the account, then confirm with the server.
 */
export function forgetSession(queryClient: QueryClient): void {
  const previous = queryClient.getQueryData<Session>(keys.session);
  if (previous) {
    acceptSession(queryClient, { authenticated: false, mode: previous.mode, mfaWaived: previous.mfaWaived, oidc: previous.oidc });
  }
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== keys.session[0] });
  void queryClient.invalidateQueries({ queryKey: keys.session });
}
