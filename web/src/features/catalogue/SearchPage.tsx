/**
 * 事项检索 (/search): words, filters and page all live in the URL (shareable, back button works); the
 * filters work without words too, to browse. Results show the matched words marked, department, type,
 * 全程网办 / 跑动 N 次, and link to the guide.
 */
import { Col, Collapse, Grid, Pagination, Row, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { QueryError } from '../../components/QueryError';
import { CatalogueSearchBox } from './CatalogueSearchBox';
import { ItemList } from './ItemList';
import { hasFilters, PAGE_SIZE, parseSearchParams, toApiQuery, toSearchParams, type SearchFilters as Filters } from './search-params';
import { SearchEmpty } from './SearchEmpty';
import { SearchFilters } from './SearchFilters';
import { useSearch } from './use-search';
import '../../styles/catalogue.css';

export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseSearchParams(params), [params]);
  // On a phone the filters fold away under one button, so the results come first.
  const wide = Grid.useBreakpoint().lg ?? true;
  const query = useMemo(() => toApiQuery(filters), [filters]);
  const search = useSearch(query);

  const update = (patch: Partial<Filters>) => setParams(toSearchParams({ ...filters, page: 1, ...patch }));
  const goTo = (page: number) => {
    setParams(toSearchParams({ ...filters, page }));
    window.scrollTo({ top: 0 });
  };
  const total = search.data?.total ?? 0;
  /** More than the counted 1,000 matches: shown as 1000+. */
  const shownTotal = search.data?.totalCapped ? `${total}+` : total;

  return (
    <div className="page search-page">
      <PageTitle title={filters.q ? t('catalogue.searchPage.titleFor', { q: filters.q }) : t('catalogue.searchPage.title')} />
      <CatalogueSearchBox
        key={filters.q ?? ''}
        initial={filters.q ?? ''}
        onSearch={(q) => update({ q: q || undefined })}
        className="search-page__box"
      />
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={6}>
          {wide ? (
            <section aria-labelledby="filters-title" className="search-page__filters">
              <Typography.Title level={2} id="filters-title" className="search-page__subtitle">
                {t('catalogue.filters.title')}
              </Typography.Title>
              <SearchFilters filters={filters} onChange={update} onClear={() => setParams(toSearchParams({ q: filters.q }))} />
            </section>
          ) : (
            <Collapse
              className="search-page__filters"
              defaultActiveKey={hasFilters(filters) ? ['filters'] : []}
              items={[
                {
                  key: 'filters',
                  label: t('catalogue.filters.title'),
                  children: (
                    <SearchFilters filters={filters} onChange={update} onClear={() => setParams(toSearchParams({ q: filters.q }))} />
                  ),
                },
              ]}
            />
          )}
        </Col>
        <Col xs={24} lg={18}>
          <section aria-labelledby="results-title" aria-busy={search.isFetching} className="search-page__results">
            <Typography.Title level={2} id="results-title" className="search-page__subtitle">
              {t('catalogue.searchPage.results')}
            </Typography.Title>
            {search.isPending ? (
              <Loading />
            ) : search.isError ? (
              <QueryError error={search.error} onRetry={() => void search.refetch()} />
            ) : (
              <>
                <p role="status" className="search-page__total">
                  {filters.q
                    ? t('catalogue.searchPage.totalFor', { q: filters.q, total: shownTotal })
                    : t('catalogue.searchPage.total', { total: shownTotal })}
                </p>
                {search.data.items.length === 0 ? (
                  <SearchEmpty q={filters.q} filtered={hasFilters(filters)} />
                ) : (
                  <div className={search.isPlaceholderData ? 'is-stale' : undefined}>
                    <ItemList
                      items={search.data.items}
                      showMatch={!!filters.q}
                      start={(filters.page - 1) * PAGE_SIZE + 1}
                      label={t('catalogue.searchPage.results')}
                    />
                    <Pagination
                      className="search-page__pagination"
                      current={filters.page}
                      pageSize={PAGE_SIZE}
                      total={total}
                      showSizeChanger={false}
                      hideOnSinglePage
                      onChange={goTo}
                    />
                  </div>
                )}
              </>
            )}
          </section>
        </Col>
      </Row>
    </div>
  );
}
