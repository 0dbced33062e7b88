/** As-you-type suggestions (GET /api/catalogue/suggest?q=), asked only after typing pauses. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { catalogueKeys } from './catalogue-keys';
import type { Suggestion } from './types';
import { useDebouncedValue } from './use-debounced-value';

const DEBOUNCE_MS = 250;
/** The server accepts 1–50 characters. */
const MAX_LENGTH = 50;

export function useSuggest(text: string) {
  const q = useDebouncedValue(text.trim().slice(0, MAX_LENGTH), DEBOUNCE_MS);
  return useQuery({
    queryKey: catalogueKeys.suggest(q),
    queryFn: async (): Promise<Suggestion[]> => (await unwrap(api.GET('/api/catalogue/suggest', { params: { query: { q } } }))).items,
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
