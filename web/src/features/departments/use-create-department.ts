import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { keys } from '../../api/keys';
import type { Department, DepartmentInput } from '../../api/types';

export function useCreateDepartment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: DepartmentInput): Promise<Department> => unwrap(api.POST('/api/departments', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.departments }),
  });
}
