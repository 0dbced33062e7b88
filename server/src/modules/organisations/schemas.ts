/** Schemas of the organisation routes. */
import { Type } from 'typebox';

const Status = Type.Union([Type.Literal('active'), Type.Literal('inactive')]);
const Phone = Type.Union([Type.String({ pattern: '^[0-9()+ -]{5,20}$' }), Type.Null()]);

export const Division = Type.Object({
  code: Type.String(),
  name: Type.String(),
  level: Type.Integer(),
  parentCode: Type.Union([Type.String(), Type.Null()]),
});

export const Department = Type.Object({
  id: Type.String(),
  name: Type.String(),
  shortName: Type.String(),
  uscc: Type.String({ description: '统一社会信用代码' }),
  divisionCode: Type.String(),
  phone: Type.Union([Type.String(), Type.Null()]),
  sortOrder: Type.Integer(),
  status: Status,
});

const departmentFields = {
  name: Type.String({ minLength: 1, maxLength: 100 }),
  shortName: Type.String({ minLength: 1, maxLength: 30 }),
  uscc: Type.String({ minLength: 18, maxLength: 18 }),
  divisionCode: Type.String({ pattern: '^[0-9]{6}([0-9]{3}([0-9]{3})?)?$' }),
  phone: Type.Optional(Phone),
  sortOrder: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000 })),
};
export const CreateDepartmentBody = Type.Object(departmentFields, { additionalProperties: false });
export const UpdateDepartmentBody = Type.Partial(Type.Object({ ...departmentFields, status: Status }), {
  additionalProperties: false,
  minProperties: 1,
});

export const Hall = Type.Object({
  id: Type.String(),
  name: Type.String(),
  divisionCode: Type.String(),
  address: Type.String(),
  openingHours: Type.String(),
  phone: Type.Union([Type.String(), Type.Null()]),
});
const hallFields = {
  name: Type.String({ minLength: 1, maxLength: 100 }),
  divisionCode: Type.String({ pattern: '^[0-9]{6}([0-9]{3}([0-9]{3})?)?$' }),
  address: Type.String({ minLength: 1, maxLength: 200 }),
  openingHours: Type.String({ minLength: 1, maxLength: 200 }),
  phone: Type.Optional(Phone),
};
export const CreateHallBody = Type.Object(hallFields, { additionalProperties: false });
export const UpdateHallBody = Type.Partial(Type.Object(hallFields), { additionalProperties: false, minProperties: 1 });

const WindowKind = Type.Union([Type.Literal('comprehensive'), Type.Literal('professional')]);
export const HallWindow = Type.Object({
  id: Type.String(),
  hallId: Type.String(),
  number: Type.String(),
  name: Type.String(),
  kind: WindowKind,
  departmentId: Type.Union([Type.String(), Type.Null()]),
  status: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
});
const windowFields = {
  number: Type.String({ minLength: 1, maxLength: 20 }),
  name: Type.String({ minLength: 1, maxLength: 100 }),
  kind: WindowKind,
  departmentId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
};
export const CreateWindowBody = Type.Object(windowFields, { additionalProperties: false });
export const UpdateWindowBody = Type.Partial(
  Type.Object({ ...windowFields, status: Type.Union([Type.Literal('open'), Type.Literal('closed')]) }),
  { additionalProperties: false, minProperties: 1 },
);
