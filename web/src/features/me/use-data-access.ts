import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { keys } from '../../api/keys';
import type { DataAccessEntry } from '../../api/types';

/** 谁查看了我的数据: every staff read of this person's data. */
export function useDataAccess() {
  return useQuery({
    queryKey: keys.dataAccess,
    queryFn: async (): Promise<{ items: DataAccessEntry[] }> => unwrap(api.GET('/api/me/data-access')),
  });
}
