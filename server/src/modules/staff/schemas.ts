/** Schemas of the staff and person-lookup routes. StaffRoleSchema lists STAFF_ROLES (principal.ts); a test keeps them equal. */
import { Type } from 'typebox';

export const StaffRoleSchema = Type.Union([
  Type.Literal('window_clerk'),
  Type.Literal('reviewer'),
  Type.Literal('department_head'),
  Type.Literal('hotline_operator'),
  Type.Literal('supervisor'),
  Type.Literal('admin'),
  Type.Literal('catalogue_editor'),
  Type.Literal('catalogue_reviewer'),
  Type.Literal('catalogue_publisher'),
]);

export const StaffMember = Type.Object({
  id: Type.String(),
  username: Type.String(),
  name: Type.String(),
  department: Type.Object({ id: Type.String(), name: Type.String() }),
  roles: Type.Array(Type.String()),
  status: Type.Union([Type.Literal('active'), Type.Literal('disabled')]),
  mobileMasked: Type.Union([Type.String(), Type.Null()]),
  email: Type.Union([Type.String(), Type.Null()]),
  mfaEnrolled: Type.Boolean(),
  windowId: Type.Union([Type.String(), Type.Null()]),
});

export const StaffQuery = Type.Object(
  {
    departmentId: Type.Optional(Type.String({ format: 'uuid' })),
    q: Type.Optional(Type.String({ maxLength: 50 })),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
    offset: Type.Integer({ minimum: 0, maximum: 1000000, default: 0 }),
  },
  { additionalProperties: false },
);

export const CreateStaffBody = Type.Object(
  {
    username: Type.String({ pattern: '^[a-z][a-z0-9_.-]{2,39}$', description: '小写字母开头，3–40 位' }),
    name: Type.String({ minLength: 1, maxLength: 50 }),
    departmentId: Type.String({ format: 'uuid' }),
    roles: Type.Array(StaffRoleSchema, { minItems: 1, maxItems: 6 }),
    mobile: Type.Optional(Type.String({ minLength: 11, maxLength: 11 })),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 100 })),
    password: Type.String({ minLength: 8, maxLength: 128 }),
  },
  { additionalProperties: false },
);

export const UpdateStaffBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
    departmentId: Type.Optional(Type.String({ format: 'uuid' })),
    roles: Type.Optional(Type.Array(StaffRoleSchema, { minItems: 1, maxItems: 6 })),
    status: Type.Optional(Type.Union([Type.Literal('active'), Type.Literal('disabled')])),
    windowId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const PasswordBody = Type.Object({ password: Type.String({ minLength: 8, maxLength: 128 }) }, { additionalProperties: false });

export const PersonLookupBody = Type.Object(
  {
    idNumber: Type.String({ minLength: 18, maxLength: 18 }),
    purpose: Type.String({ minLength: 2, maxLength: 100, description: '查询事由, recorded and shown to the person' }),
  },
  { additionalProperties: false },
);

export const PersonSummary = Type.Object({
  id: Type.String(),
  name: Type.String(),
  idNumberMasked: Type.String(),
  mobileMasked: Type.String(),
  verificationLevel: Type.Integer(),
});
