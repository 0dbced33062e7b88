/** POST /api/console/intake: register a walk-in application (idempotent by submitKey). */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { consoleApplicationKeys } from './keys';
import type { ApplicationDetail, IntakeBody } from './types';

export function useIntake() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: IntakeBody): Promise<ApplicationDetail> => unwrap(api.POST('/api/console/intake', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...consoleApplicationKeys.all, 'inbox'] }),
  });
}
