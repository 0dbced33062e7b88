/** Route guard: a session, a finished second factor, and (for the console) a staff account. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { Forbidden } from '../../components/StatusPages';
import { loginPath, needsSecondFactor } from './destinations';
import { canUse, type ConsoleArea } from './permissions';
import { useSession } from './use-session';

export function RequireAuth({ staff = false, children }: { staff?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const session = useSession();
  const here = location.pathname + location.search;

  if (session.isPending) return <Loading />;
  if (session.isError) return <QueryError error={session.error} onRetry={() => void session.refetch()} />;
  const s = session.data;
  if (!s.authenticated) return <Navigate to={loginPath(here)} replace />;
  if (needsSecondFactor(s)) return <Navigate to={`/login/mfa?next=${encodeURIComponent(here)}`} replace />;
  if (staff && s.account?.kind !== 'staff') {
    // the console shell is not rendered for this account, so this page brings its own landmark
    return (
      <main id="main" className="page">
        <Forbidden title={t('console.staffOnlyTitle')} text={t('console.staffOnlyText')} />
      </main>
    );
  }
  return children;
}

/** A console page only for the roles that may use it; others get a plain 403 page, not a broken table. */
export function RequireArea({ area, children }: { area: ConsoleArea; children: ReactNode }) {
  const session = useSession();
  if (!canUse(session.data?.account, area)) return <Forbidden />;
  return children;
}
