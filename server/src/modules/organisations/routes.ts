/** /api/divisions, /api/departments, /api/halls, /api/windows. Reads are public; writes are for administrators. */
import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../../app.js';
import { requireRoles } from '../../http/auth.js';
import { errors, IdParams, Ok } from '../../http/schemas.js';
import { actorOf } from '../identity/principal.js';
import { metaOf } from '../identity/routes.js';
import { findHall, listDepartments, listDivisions, listHalls, listWindows } from './organisations.queries.js';
import { presentDepartment, presentDivision, presentHall, presentWindow } from './presenters.js';
import { createDepartment, updateDepartment } from './save-department.js';
import { saveHall } from './save-hall.js';
import { createWindow, deleteWindow, updateWindow } from './save-window.js';
import {
  CreateDepartmentBody,
  CreateHallBody,
  CreateWindowBody,
  Department,
  Division,
  Hall,
  HallWindow,
  UpdateDepartmentBody,
  UpdateHallBody,
  UpdateWindowBody,
} from './schemas.js';
import { DomainError } from '../../errors.js';

const list = <T extends Parameters<typeof Type.Array>[0]>(item: T) => Type.Object({ items: Type.Array(item) });
const WRITE_ERRORS = errors(400, 401, 403, 404, 409);

export function organisationRoutes(deps: AppDeps): FastifyPluginAsync {
  const ctx = () => ({ db: deps.database.db, now: deps.clock.now() });
  return async (app) => {
    app.get('/divisions', { schema: { tags: ['organisations'], summary: '行政区划', response: { 200: list(Division) } } }, async () => ({
      items: (await listDivisions(deps.database.db)).map(presentDivision),
    }));

    app.get(
      '/departments',
      { schema: { tags: ['organisations'], summary: '部门列表', response: { 200: list(Department) } } },
      async () => ({
        items: (await listDepartments(deps.database.db)).map(presentDepartment),
      }),
    );
    app.post(
      '/departments',
      {
        schema: {
          tags: ['organisations'],
          summary: '新建部门',
          body: CreateDepartmentBody,
          response: { 201: Department, ...WRITE_ERRORS },
        },
      },
      async (request, reply) => {
        const p = requireRoles(request, 'admin');
        const row = await createDepartment(ctx(), actorOf(p), request.body, metaOf(request));
        return reply.status(201).send(presentDepartment(row));
      },
    );
    app.patch(
      '/departments/:id',
      {
        schema: {
          tags: ['organisations'],
          summary: '修改部门',
          params: IdParams,
          body: UpdateDepartmentBody,
          response: { 200: Department, ...WRITE_ERRORS },
        },
      },
      async (request) => {
        const p = requireRoles(request, 'admin');
        return presentDepartment(await updateDepartment(ctx(), actorOf(p), request.params.id, request.body, metaOf(request)));
      },
    );

    app.get('/halls', { schema: { tags: ['organisations'], summary: '政务服务大厅', response: { 200: list(Hall) } } }, async () => ({
      items: (await listHalls(deps.database.db)).map(presentHall),
    }));
    app.post(
      '/halls',
      { schema: { tags: ['organisations'], summary: '新建大厅', body: CreateHallBody, response: { 201: Hall, ...WRITE_ERRORS } } },
      async (request, reply) => {
        const p = requireRoles(request, 'admin');
        return reply.status(201).send(presentHall(await saveHall(ctx(), actorOf(p), null, request.body, metaOf(request))));
      },
    );
    app.patch(
      '/halls/:id',
      {
        schema: {
          tags: ['organisations'],
          summary: '修改大厅',
          params: IdParams,
          body: UpdateHallBody,
          response: { 200: Hall, ...WRITE_ERRORS },
        },
      },
      async (request) => {
        const p = requireRoles(request, 'admin');
        return presentHall(await saveHall(ctx(), actorOf(p), request.params.id, request.body, metaOf(request)));
      },
    );

    app.get(
      '/halls/:id/windows',
      { schema: { tags: ['organisations'], summary: '大厅窗口', params: IdParams, response: { 200: list(HallWindow), ...errors(404) } } },
      async (request) => {
        if (!(await findHall(deps.database.db, request.params.id))) throw new DomainError('NOT_FOUND', '大厅不存在');
        return { items: (await listWindows(deps.database.db, request.params.id)).map(presentWindow) };
      },
    );
    app.post(
      '/halls/:id/windows',
      {
        schema: {
          tags: ['organisations'],
          summary: '新建窗口',
          params: IdParams,
          body: CreateWindowBody,
          response: { 201: HallWindow, ...WRITE_ERRORS },
        },
      },
      async (request, reply) => {
        const p = requireRoles(request, 'admin');
        return reply
          .status(201)
          .send(presentWindow(await createWindow(ctx(), actorOf(p), request.params.id, request.body, metaOf(request))));
      },
    );
    app.patch(
      '/windows/:id',
      {
        schema: {
          tags: ['organisations'],
          summary: '修改窗口',
          params: IdParams,
          body: UpdateWindowBody,
          response: { 200: HallWindow, ...WRITE_ERRORS },
        },
      },
      async (request) => {
        const p = requireRoles(request, 'admin');
        return presentWindow(await updateWindow(ctx(), actorOf(p), request.params.id, request.body, metaOf(request)));
      },
    );
    app.delete(
      '/windows/:id',
      { schema: { tags: ['organisations'], summary: '删除窗口', params: IdParams, response: { 200: Ok, ...WRITE_ERRORS } } },
      async (request) => {
        const p = requireRoles(request, 'admin');
        await deleteWindow(ctx(), actorOf(p), request.params.id, metaOf(request));
        return { ok: true as const };
      },
    );
  };
}
