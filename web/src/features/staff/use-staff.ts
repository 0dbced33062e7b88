import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { keys } from '../../api/keys';
import type { CreateStaffInput, Paged, StaffMember, StaffQuery } from '../../api/types';

/** One page of staff; the server narrows a department head to their own department. */
export function useStaffList(query: StaffQuery) {
  return useQuery({
    queryKey: keys.staff(query),
    queryFn: async (): Promise<Paged<StaffMember>> => unwrap(api.GET('/api/staff', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useCreateStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateStaffInput): Promise<StaffMember> => unwrap(api.POST('/api/staff', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.staffAll }),
  });
}
