import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { keys } from '../../api/keys';
import type { Department } from '../../api/types';

export function useDepartments(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: keys.departments,
    queryFn: async (): Promise<{ items: Department[] }> => unwrap(api.GET('/api/departments')),
    enabled: options.enabled ?? true,
  });
}
