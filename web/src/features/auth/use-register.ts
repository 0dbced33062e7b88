import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { RegisterEnterpriseInput, RegisterPersonInput, Session } from '../../api/types';
import { acceptSession } from './session-cache';

export function useRegisterPerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RegisterPersonInput): Promise<Session> => unwrap(api.POST('/api/auth/register/person', { body: input })),
    onSuccess: (session) => acceptSession(queryClient, session),
  });
}

export function useRegisterEnterprise() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RegisterEnterpriseInput): Promise<Session> =>
      unwrap(api.POST('/api/auth/register/enterprise', { body: input })),
    onSuccess: (session) => acceptSession(queryClient, session),
  });
}
