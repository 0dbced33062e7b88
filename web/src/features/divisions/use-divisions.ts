import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { keys } from '../../api/keys';
import type { Division } from '../../api/types';

/** 行政区划: small and stable, so it is cached for the whole visit. */
export function useDivisions() {
  return useQuery({
    queryKey: keys.divisions,
    queryFn: async (): Promise<{ items: Division[] }> => unwrap(api.GET('/api/divisions')),
    staleTime: Infinity,
  });
}

export function useDivisionName(): (code: string) => string {
  const { data } = useDivisions();
  const names = new Map(data?.items.map((d) => [d.code, d.name]));
  return (code) => names.get(code) ?? code;
}
