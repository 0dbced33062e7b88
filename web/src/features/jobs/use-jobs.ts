import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { keys } from '../../api/keys';
import type { Job, JobQuery, Paged } from '../../api/types';

export function useJobs(query: JobQuery) {
  return useQuery({
    queryKey: keys.jobs(query),
    queryFn: async (): Promise<Paged<Job>> => unwrap(api.GET('/api/jobs', { params: { query } })),
    placeholderData: keepPreviousData,
    refetchInterval: 15_000,
  });
}
