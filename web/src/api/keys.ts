/** Every query key in one place, so invalidation after a write is easy to find and hard to get wrong. */
import type { AuditQuery, JobQuery, PageQuery, StaffQuery } from './types';

export const keys = {
  session: ['session'] as const,
  divisions: ['divisions'] as const,
  departments: ['departments'] as const,
  halls: ['halls'] as const,
  windows: (hallId: string) => ['halls', hallId, 'windows'] as const,
  staffAll: ['staff'] as const,
  staff: (query: StaffQuery) => ['staff', query] as const,
  messagesAll: ['me', 'messages'] as const,
  messages: (page: PageQuery) => ['me', 'messages', page] as const,
  dataAccess: ['me', 'data-access'] as const,
  audit: (query: AuditQuery) => ['audit', 'log', query] as const,
  auditVerify: ['audit', 'verify'] as const,
  jobs: (query: JobQuery) => ['jobs', query] as const,
  outbox: (page: PageQuery) => ['dev', 'outbox', page] as const,
};
