/** Loads the guide of the route's :code and hands it to `children`; loading, not found and errors are handled here. */
import type { ReactNode } from 'react';
import { useParams } from 'react-router-dom';
import { isApiError } from '../../api/errors';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';
import { GuideNotFound } from './GuideNotFound';
import type { Guide } from './types';
import { useGuide } from './use-guide';

export function GuideLoader({ children }: { children: (guide: Guide) => ReactNode }) {
  const { code } = useParams();
  const guide = useGuide(code);
  if (guide.isPending) return <Loading />;
  if (guide.isError) {
    if (isApiError(guide.error, 'NOT_FOUND') || isApiError(guide.error, 'VALIDATION_FAILED')) return <GuideNotFound />;
    return (
      <div className="page">
        <QueryError error={guide.error} onRetry={() => void guide.refetch()} />
      </div>
    );
  }
  return <>{children(guide.data)}</>;
}
