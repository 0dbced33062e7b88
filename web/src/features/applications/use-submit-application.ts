/** POST /api/applications — 提交申请. The same submitKey (one per page) makes a retry return the same application. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { applicationKeys } from './application-keys';
import type { ApplicationDetail, SubmitBody } from './types';

export function useSubmitApplication() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: SubmitBody): Promise<ApplicationDetail> => unwrap(api.POST('/api/applications', { body })),
    onSuccess: (detail) => {
      queryClient.setQueryData(applicationKeys.detail(detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: applicationKeys.mine });
      void queryClient.removeQueries({ queryKey: applicationKeys.applyContext(detail.itemCode) });
    },
  });
}
