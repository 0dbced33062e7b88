import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { keys } from '../../api/keys';
import type { AuditEntry, AuditQuery, ChainReport, Paged } from '../../api/types';

export function useAuditLog(query: AuditQuery) {
  return useQuery({
    queryKey: keys.audit(query),
    queryFn: async (): Promise<Paged<AuditEntry>> => unwrap(api.GET('/api/audit', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** 校验审计链: runs only when asked (it reads the whole chain), and again on every click. */
export function useVerifyAuditChain(requested: boolean) {
  return useQuery({
    queryKey: keys.auditVerify,
    queryFn: async (): Promise<ChainReport> => unwrap(api.GET('/api/audit/verify')),
    enabled: requested,
    staleTime: 0,
    gcTime: 0,
  });
}
