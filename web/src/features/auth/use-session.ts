import { useQuery } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../api/client';
import { unwrap } from '../../api/errors';
import { keys } from '../../api/keys';
import type { Session } from '../../api/types';

export async function fetchSession(): Promise<Session> {
  const session: Session = await unwrap(api.GET('/api/auth/session'));
  setCsrfToken(session.csrfToken);
  return session;
}

/** The current session. A GET always answers (logged in or not) and sets up the CSRF token. */
export function useSession() {
  return useQuery({ queryKey: keys.session, queryFn: fetchSession, staleTime: 60_000 });
}
