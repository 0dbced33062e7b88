/**
 * Task assignment (签收, 退回待签, 转办) on the staff application page: the caller's rights on one task and the
 * colleagues it may be transferred to (with the current holder's name). The writes themselves go through
 * `useApplicationWrite` (kinds 'claim', 'release', 'transfer'), which refreshes the detail and these lists.
 */
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/errors';
import { useSession } from '../auth/use-session';
import { consoleApplicationKeys } from './keys';
import { assignmentRights } from './task-assignment-rules';
import type { ApplicationTask } from './types';
import type { paths } from '../../api/schema.gen';

export type Assignees =
  paths['/api/console/applications/{id}/tasks/{taskId}/assignees']['get']['responses'][200]['content']['application/json'];
export type Assignee = Assignees['items'][number];

export const assigneeKeys = {
  task: (applicationId: string, taskId: string) => [...consoleApplicationKeys.all, 'assignees', applicationId, taskId] as const,
};

/** The colleagues a task may go to and its holder; only fetched when `enabled` (the caller may look). */
export function useAssignees(applicationId: string, taskId: string, enabled: boolean) {
  return useQuery({
    queryKey: assigneeKeys.task(applicationId, taskId),
    enabled,
    staleTime: 30_000,
    queryFn: async (): Promise<Assignees> =>
      unwrap(
        api.GET('/api/console/applications/{id}/tasks/{taskId}/assignees', {
          params: { path: { id: applicationId, taskId } },
        }),
      ),
  });
}

/** What the signed-in member of staff may do about who holds this task. */
export function useAssignmentRights(task: ApplicationTask | undefined) {
  const { data: session } = useSession();
  const account = session?.account;
  return assignmentRights(account ? { id: account.id, roles: account.roles, department: account.department } : null, task);
}
