import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { keys } from '../../api/keys';
import type { Ok } from '../../api/types';

export function useResetStaffPassword() {
  return useMutation({
    mutationFn: async ({ id, password }: { id: string; password: string }): Promise<Ok> =>
      unwrap(api.POST('/api/staff/{id}/reset-password', { params: { path: { id } }, body: { password } })),
  });
}

/** The person must enrol a new TOTP secret at their next login. */
export function useResetStaffTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string): Promise<Ok> => unwrap(api.POST('/api/staff/{id}/reset-totp', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.staffAll }),
  });
}
