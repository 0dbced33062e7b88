/**
 * The applicant's writes on one application: 撤回申请 (withdraw), 提交补正 (resubmit), 补齐容缺材料
 * (supplement). Each sends the version the applicant saw; on 409 APPLICATION_STALE the detail is fetched
 * again so the page shows what changed.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { isApiError, unwrap } from '../../api/errors';
import { applicationKeys } from './application-keys';
import type { ApplicationDetail, ResubmitBody } from './types';

export type ApplicantAction =
  | { kind: 'withdraw'; reason: string }
  | { kind: 'resubmit'; materials: ResubmitBody['materials']; formData?: Record<string, unknown>; idempotencyKey: string }
  | { kind: 'supplement'; materials: ResubmitBody['materials'] };

export const STALE = 'APPLICATION_STALE';

export function useApplicantAction(id: string, version: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (action: ApplicantAction): Promise<ApplicationDetail> => {
      const path = { params: { path: { id } } };
      switch (action.kind) {
        case 'withdraw':
          return unwrap(api.POST('/api/applications/{id}/withdraw', { ...path, body: { reason: action.reason, version } }));
        case 'resubmit':
          return unwrap(
            api.POST('/api/applications/{id}/resubmit', {
              ...path,
              body: { materials: action.materials, formData: action.formData, version, idempotencyKey: action.idempotencyKey },
            }),
          );
        case 'supplement':
          return unwrap(api.POST('/api/applications/{id}/supplement', { ...path, body: { materials: action.materials, version } }));
      }
    },
    onSuccess: (detail) => {
      queryClient.setQueryData(applicationKeys.detail(id), detail);
      void queryClient.invalidateQueries({ queryKey: applicationKeys.mine });
    },
    onError: (error) => {
      if (isApiError(error, STALE)) void queryClient.invalidateQueries({ queryKey: applicationKeys.detail(id) });
    },
  });
}
