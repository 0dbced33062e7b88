/**
 * Writes on one application: claim, release (退回待签) or transfer (转办) a task, a task action (受理/审查/决定/办结…), and the application-level
 * actions (补正, 容缺受理, 特别程序, 延期, 送达). Each answers the fresh detail, which replaces the cached one;
 * a 409 (someone else acted, or the action is no longer allowed) reloads the detail so the panel shows what
 * is allowed now.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { isApiError, unwrap } from '../../api/errors';
import { consoleApplicationKeys } from './keys';
import type { ApplicationDetail, CorrectionBody, DeliverBody, ExtendBody, SpecialEndBody, SpecialStartBody, ToleranceBody } from './types';

export type ApplicationWrite =
  | { kind: 'claim'; taskId: string }
  | { kind: 'release'; taskId: string }
  | { kind: 'transfer'; taskId: string; assigneeId: string; note?: string }
  | { kind: 'task'; taskId: string; actionKey: string; opinion?: string; version: number; idempotencyKey: string }
  | { kind: 'request_correction'; body: CorrectionBody }
  | { kind: 'tolerate'; body: ToleranceBody }
  | { kind: 'special_start'; body: SpecialStartBody }
  | { kind: 'special_end'; body: SpecialEndBody }
  | { kind: 'extend'; body: ExtendBody }
  | { kind: 'deliver'; body: DeliverBody };

/** A 409: the application changed under us — reload it. */
export const isConflict = (error: unknown) => isApiError(error) && error.status === 409;

async function send(id: string, w: ApplicationWrite): Promise<ApplicationDetail> {
  const path = { id };
  switch (w.kind) {
    case 'claim':
      return unwrap(api.POST('/api/console/applications/{id}/tasks/{taskId}/claim', { params: { path: { id, taskId: w.taskId } } }));
    case 'release':
      return unwrap(api.POST('/api/console/applications/{id}/tasks/{taskId}/release', { params: { path: { id, taskId: w.taskId } } }));
    case 'transfer':
      return unwrap(
        api.POST('/api/console/applications/{id}/tasks/{taskId}/transfer', {
          params: { path: { id, taskId: w.taskId } },
          body: { assigneeId: w.assigneeId, ...(w.note?.trim() ? { note: w.note.trim() } : {}) },
        }),
      );
    case 'task':
      return unwrap(
        api.POST('/api/console/applications/{id}/tasks/{taskId}/actions', {
          params: { path: { id, taskId: w.taskId } },
          body: {
            actionKey: w.actionKey,
            version: w.version,
            idempotencyKey: w.idempotencyKey,
            ...(w.opinion?.trim() ? { opinion: w.opinion.trim() } : {}),
          },
        }),
      );
    case 'request_correction':
      return unwrap(api.POST('/api/console/applications/{id}/correction', { params: { path }, body: w.body }));
    case 'tolerate':
      return unwrap(api.POST('/api/console/applications/{id}/tolerance', { params: { path }, body: w.body }));
    case 'special_start':
      return unwrap(api.POST('/api/console/applications/{id}/special-procedure', { params: { path }, body: w.body }));
    case 'special_end':
      return unwrap(api.POST('/api/console/applications/{id}/special-procedure/end', { params: { path }, body: w.body }));
    case 'extend':
      return unwrap(api.POST('/api/console/applications/{id}/extension', { params: { path }, body: w.body }));
    case 'deliver':
      return unwrap(api.POST('/api/console/applications/{id}/delivery', { params: { path }, body: w.body }));
  }
}

export function useApplicationWrite(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (w: ApplicationWrite) => send(id, w),
    onSuccess: (detail, w) => {
      queryClient.setQueryData(consoleApplicationKeys.detail(id), detail);
      void queryClient.invalidateQueries({ queryKey: [...consoleApplicationKeys.all, 'inbox'] });
      // who holds a task changed: the colleagues' workload and the holder shown beside the task
      if (w.kind === 'claim' || w.kind === 'release' || w.kind === 'transfer') {
        void queryClient.invalidateQueries({ queryKey: [...consoleApplicationKeys.all, 'assignees', id] });
      }
    },
    onError: (error) => {
      if (isConflict(error)) void queryClient.invalidateQueries({ queryKey: consoleApplicationKeys.detail(id) });
    },
  });
}

/** Claim from the inbox list (no detail page open). */
export function useClaimTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ applicationId, taskId }: { applicationId: string; taskId: string }) => send(applicationId, { kind: 'claim', taskId }),
    onSuccess: (detail) => {
      queryClient.setQueryData(consoleApplicationKeys.detail(detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: [...consoleApplicationKeys.all, 'inbox'] });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: [...consoleApplicationKeys.all, 'inbox'] }),
  });
}
