/**
 * Which console areas each role may open. The server enforces the same rules (and the department
 * scope); this table only decides what the menu and the routes offer, so nobody meets a dead end.
 */
import type { Account } from '../../api/types';

export type ConsoleArea =
  'inbox' | 'intake' | 'catalogue' | 'process' | 'departments' | 'halls' | 'staff' | 'audit' | 'jobs' | 'outbox' | 'calendar';

const AREA_ROLES: Record<ConsoleArea, readonly string[]> = {
  inbox: ['window_clerk', 'reviewer', 'department_head'],
  intake: ['window_clerk'],
  catalogue: ['admin', 'supervisor', 'catalogue_editor', 'catalogue_reviewer', 'catalogue_publisher', 'department_head'],
  process: ['admin', 'department_head'],
  departments: ['admin'],
  halls: ['admin'],
  staff: ['admin', 'department_head'],
  audit: ['admin', 'supervisor'],
  jobs: ['admin'],
  outbox: ['admin'],
  calendar: ['admin', 'supervisor', 'department_head', 'window_clerk', 'reviewer'],
};

export const CONSOLE_AREAS = Object.keys(AREA_ROLES) as ConsoleArea[];

export function canUse(account: Pick<Account, 'roles'> | undefined, area: ConsoleArea): boolean {
  return !!account && account.roles.some((role) => AREA_ROLES[area].includes(role));
}

export function isAdmin(account: Pick<Account, 'roles'> | undefined): boolean {
  return !!account && account.roles.includes('admin');
}
