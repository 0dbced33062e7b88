/**
 * What a page of one record shows while its query runs: loading, a 404 page with a way back to 我的办件
 * when the record does not exist (or the id is malformed), a retryable error otherwise, then the record.
 */
import type { UseQueryResult } from '@tanstack/react-query';
import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/errors';
import { LinkButton } from '../../components/LinkButton';
import { Loading } from '../../components/Loading';
import { QueryError } from '../../components/QueryError';

export function QueryOr404<T>(props: {
  query: UseQueryResult<T>;
  notFoundTitle: string;
  notFoundText: string;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const { query } = props;
  if (query.isPending) return <Loading />;
  if (query.isError && !query.data) {
    if (isApiError(query.error, 'NOT_FOUND') || isApiError(query.error, 'VALIDATION_FAILED')) {
      return (
        <div className="page">
          <Result
            status="404"
            title={<h1 className="result-title">{props.notFoundTitle}</h1>}
            subTitle={props.notFoundText}
            extra={
              <LinkButton type="primary" to="/applications">
                {t('applications.detail.back')}
              </LinkButton>
            }
          />
        </div>
      );
    }
    return <QueryError error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <>{props.children(query.data as T)}</>;
}
