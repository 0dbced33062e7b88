/** /api/staff (administrators: all; department heads: own department) and /api/persons/lookup (staff, audited). */
import type { FastifyPluginAsyncTypebox as FastifyPluginAsync } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { AppDeps } from '../../app.js';
import { requireRoles, requireStaff } from '../../http/auth.js';
import { errors, IdParams, Ok } from '../../http/schemas.js';
import { DomainError } from '../../errors.js';
import { departmentScope } from '../identity/principal.js';
import { metaOf } from '../identity/routes.js';
import { createStaff } from './create-staff.js';
import { lookUpPerson } from './look-up-person.js';
import { CreateStaffBody, PasswordBody, PersonLookupBody, PersonSummary, StaffMember, StaffQuery, UpdateStaffBody } from './schemas.js';
import { findStaffInScope, listStaff, rolesOf, type StaffRow } from './staff.queries.js';
import { resetStaffPassword, resetStaffTotp, updateStaff } from './update-staff.js';

const present = (r: StaffRow, roles: string[]) => ({
  id: r.id,
  username: r.username!,
  name: r.name,
  department: { id: r.department_id, name: r.department_name },
  roles,
  status: r.status,
  mobileMasked: r.mobile_hint,
  email: r.email,
  mfaEnrolled: r.totp_enrolled_at !== null,
  windowId: r.window_id,
});

const WRITE_ERRORS = errors(400, 401, 403, 404, 409);

export function staffRoutes(deps: AppDeps): FastifyPluginAsync {
  const { db } = deps.database;
  const ctx = () => ({ db, cipher: deps.cipher, now: deps.clock.now() });
  async function presentOne(scopeOf: Parameters<typeof departmentScope>[0], id: string) {
    const row = await findStaffInScope(db, departmentScope(scopeOf), id);
    if (!row) throw new DomainError('NOT_FOUND', '工作人员不存在');
    return present(row, (await rolesOf(db, [id])).get(id) ?? []);
  }

  return async (app) => {
    app.get(
      '/staff',
      {
        schema: {
          tags: ['staff'],
          summary: '工作人员列表',
          querystring: StaffQuery,
          response: { 200: Type.Object({ items: Type.Array(StaffMember), total: Type.Integer() }), ...errors(400, 401, 403) },
        },
      },
      async (request) => {
        const p = requireRoles(request, 'admin', 'department_head');
        const { rows, total } = await listStaff(db, departmentScope(p), request.query);
        const roles = await rolesOf(
          db,
          rows.map((r) => r.id),
        );
        return { items: rows.map((r) => present(r, roles.get(r.id) ?? [])), total };
      },
    );

    app.get(
      '/staff/:id',
      { schema: { tags: ['staff'], summary: '工作人员详情', params: IdParams, response: { 200: StaffMember, ...errors(401, 403, 404) } } },
      async (request) => {
        const p = requireRoles(request, 'admin', 'department_head');
        return presentOne(p, request.params.id);
      },
    );

    app.post(
      '/staff',
      { schema: { tags: ['staff'], summary: '新建工作人员', body: CreateStaffBody, response: { 201: StaffMember, ...WRITE_ERRORS } } },
      async (request, reply) => {
        const p = requireRoles(request, 'admin', 'department_head');
        const id = await createStaff(ctx(), p, request.body, metaOf(request));
        return reply.status(201).send(await presentOne(p, id));
      },
    );

    app.patch(
      '/staff/:id',
      {
        schema: {
          tags: ['staff'],
          summary: '修改工作人员',
          params: IdParams,
          body: UpdateStaffBody,
          response: { 200: StaffMember, ...WRITE_ERRORS },
        },
      },
      async (request) => {
        const p = requireRoles(request, 'admin', 'department_head');
        await updateStaff(ctx(), p, request.params.id, request.body, metaOf(request));
        return presentOne(p, request.params.id);
      },
    );

    app.post(
      '/staff/:id/reset-password',
      { schema: { tags: ['staff'], summary: '重置密码', params: IdParams, body: PasswordBody, response: { 200: Ok, ...WRITE_ERRORS } } },
      async (request) => {
        const p = requireRoles(request, 'admin', 'department_head');
        await resetStaffPassword(ctx(), p, request.params.id, request.body.password, metaOf(request));
        return { ok: true as const };
      },
    );

    app.post(
      '/staff/:id/reset-totp',
      { schema: { tags: ['staff'], summary: '重置动态口令', params: IdParams, response: { 200: Ok, ...WRITE_ERRORS } } },
      async (request) => {
        const p = requireRoles(request, 'admin', 'department_head');
        await resetStaffTotp(ctx(), p, request.params.id, metaOf(request));
        return { ok: true as const };
      },
    );

    app.post(
      '/persons/lookup',
      {
        schema: {
          tags: ['staff'],
          summary: '按身份证号查询个人（留痕）',
          body: PersonLookupBody,
          response: { 200: PersonSummary, ...errors(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const p = requireStaff(request);
        const row = await lookUpPerson(ctx(), p, request.body, metaOf(request));
        return {
          id: row.account_id,
          name: row.name,
          idNumberMasked: row.id_number_hint,
          mobileMasked: row.mobile_hint,
          verificationLevel: row.verification_level,
        };
      },
    );
  };
}
