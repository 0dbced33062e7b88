/** Rows → API shapes (camelCase). */
import type { Selectable } from 'kysely';
import type { OrganisationTables } from '../../db/schema.js';

type Row<T extends keyof OrganisationTables> = Selectable<OrganisationTables[T]>;

export const presentDivision = (r: Row<'divisions'>) => ({ code: r.code, name: r.name, level: r.level, parentCode: r.parent_code });

export const presentDepartment = (r: Row<'departments'>) => ({
  id: r.id,
  name: r.name,
  shortName: r.short_name,
  uscc: r.uscc,
  divisionCode: r.division_code,
  phone: r.phone,
  sortOrder: r.sort_order,
  status: r.status,
});

export const presentHall = (r: Row<'halls'>) => ({
  id: r.id,
  name: r.name,
  divisionCode: r.division_code,
  address: r.address,
  openingHours: r.opening_hours,
  phone: r.phone,
});

export const presentWindow = (r: Row<'hall_windows'>) => ({
  id: r.id,
  hallId: r.hall_id,
  number: r.number,
  name: r.name,
  kind: r.kind,
  departmentId: r.department_id,
  status: r.status,
});
