/**
 * Listens for auth failures reported by the data layer and moves the user: a lost session goes to the
 * login page (coming back here afterwards), a due second factor goes to the TOTP page.
 */
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { onAuthEvent } from '../api/auth-events';
import { loginPath } from '../features/auth/destinations';

export function AuthRedirect() {
  const navigate = useNavigate();
  const location = useLocation();
  const here = location.pathname + location.search;

  useEffect(
    () =>
      onAuthEvent((event) => {
        if (event.kind === 'session-lost') {
          if (location.pathname !== '/login') navigate(loginPath(here, event.code), { replace: true });
        } else if (location.pathname !== '/login/mfa') {
          navigate(`/login/mfa?next=${encodeURIComponent(here)}`, { replace: true });
        }
      }),
    [navigate, here, location.pathname],
  );
  return null;
}
