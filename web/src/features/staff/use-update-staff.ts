import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { keys } from '../../api/keys';
import type { StaffMember, UpdateStaffInput } from '../../api/types';

export function useUpdateStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, patch }: { id: string; patch: UpdateStaffInput }): Promise<StaffMember> =>
      unwrap(api.PATCH('/api/staff/{id}', { params: { path: { id } }, body: patch })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.staffAll }),
  });
}
