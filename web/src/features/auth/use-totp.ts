import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import type { Session, TotpEnrolment } from '../../api/types';
import { acceptSession } from './session-cache';

/** Start (or restart) TOTP enrolment: a new secret and its QR code. */
export function useTotpEnrol() {
  return useMutation({
    mutationFn: async (): Promise<TotpEnrolment> => unwrap(api.POST('/api/auth/totp/enrol')),
  });
}

export function useTotpConfirm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (code: string): Promise<Session> => unwrap(api.POST('/api/auth/totp/confirm', { body: { code } })),
    onSuccess: (session) => acceptSession(queryClient, session),
  });
}

export function useTotpVerify() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (code: string): Promise<Session> => unwrap(api.POST('/api/auth/totp/verify', { body: { code } })),
    onSuccess: (session) => acceptSession(queryClient, session),
  });
}
