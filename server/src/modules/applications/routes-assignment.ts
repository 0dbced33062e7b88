/** The staff API of task assignment: 签收 (claim), 退回待签 (release), 转办 (transfer) and the colleagues a task may go to. */
import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../../app.js';
import { requireStaff } from '../../http/auth.js';
import { errors, Uuid } from '../../http/schemas.js';
import { metaOf } from '../identity/routes.js';
import type { ApplicationRow } from './application-context.js';
import { getApplicationDetail } from './get-application-detail.js';
import { applicationDeps } from './routes-applicant.js';
import { ApplicationDetail, TaskParams } from './schemas.js';
import { claimTask, listAssignees, NOTE_MAX, releaseTask, transferTask } from './task-assignment.js';

export const TransferBody = Type.Object(
  {
    assigneeId: Uuid,
    note: Type.Optional(Type.String({ maxLength: NOTE_MAX, description: '转办说明（选填），记入办理过程并发给同事' })),
  },
  { additionalProperties: false },
);

const StaffRef = Type.Object({ id: Uuid, name: Type.String() });
export const Assignees = Type.Object({
  holder: Type.Union([StaffRef, Type.Null()], { description: '当前签收人' }),
  items: Type.Array(
    Type.Object({
      ...StaffRef.properties,
      username: Type.Union([Type.String(), Type.Null()]),
      openTasks: Type.Integer({ minimum: 0, description: '其在本部门签收的在办环节数' }),
    }),
    { description: '可转办的同事：本部门、持有该环节岗位、账号在用，不含本人和当前签收人' },
  ),
});

const tags = ['applications-console'];
const WRITE = errors(400, 401, 403, 404, 409);
/**
 * The staff view of the detail. `staff: true` asks get-application-detail for the staff timeline, which
 * includes the assignment entries (see /tmp/transfer-needs.txt); until it takes the option it is ignored.
 */
const STAFF_VIEW = { withFormData: true, staff: true };

const refOf = (params: { id: string; taskId: string }) => ({ applicationId: params.id, taskId: params.taskId });

export function assignmentRoutes(deps: AppDeps): FastifyPluginAsync {
  // assignment leaves the application row as it was: the row read under the lock is current
  const detail = (app: ApplicationRow) => getApplicationDetail(applicationDeps(deps), app, STAFF_VIEW);

  return async (app) => {
    app.post(
      '/console/applications/:id/tasks/:taskId/claim',
      { schema: { tags, summary: '签收环节', params: TaskParams, response: { 200: ApplicationDetail, ...WRITE } } },
      async (request) => {
        const p = requireStaff(request);
        const { application } = await claimTask(applicationDeps(deps), p, refOf(request.params), metaOf(request));
        return detail(application);
      },
    );

    app.post(
      '/console/applications/:id/tasks/:taskId/release',
      {
        schema: {
          tags,
          summary: '退回待签（签收人或部门负责人）',
          params: TaskParams,
          response: { 200: ApplicationDetail, ...WRITE },
        },
      },
      async (request) => {
        const p = requireStaff(request);
        const { application } = await releaseTask(applicationDeps(deps), p, refOf(request.params), metaOf(request));
        return detail(application);
      },
    );

    app.post(
      '/console/applications/:id/tasks/:taskId/transfer',
      {
        schema: {
          tags,
          summary: '转办给本部门同岗位的同事（签收人或部门负责人）',
          params: TaskParams,
          body: TransferBody,
          response: { 200: ApplicationDetail, ...WRITE },
        },
      },
      async (request) => {
        const p = requireStaff(request);
        const { application } = await transferTask(
          applicationDeps(deps),
          p,
          { ...refOf(request.params), assigneeId: request.body.assigneeId, note: request.body.note ?? null },
          metaOf(request),
        );
        return detail(application);
      },
    );

    app.get(
      '/console/applications/:id/tasks/:taskId/assignees',
      {
        schema: {
          tags,
          summary: '可转办的同事',
          params: TaskParams,
          response: { 200: Assignees, ...errors(401, 403, 404) },
        },
      },
      async (request) => {
        const p = requireStaff(request);
        return listAssignees(deps.database.db, p, refOf(request.params));
      },
    );
  };
}
