/** Reading divisions, departments, halls and windows (public information: no personal data). */
import type { Db } from '../../db/database.js';

export function listDivisions(db: Db) {
  return db.selectFrom('divisions').selectAll().orderBy('code').execute();
}

export function divisionExists(db: Db, code: string) {
  return db.selectFrom('divisions').select('code').where('code', '=', code).executeTakeFirst();
}

export function listDepartments(db: Db) {
  return db.selectFrom('departments').selectAll().orderBy('sort_order').orderBy('name').execute();
}

export function findDepartment(db: Db, id: string) {
  return db.selectFrom('departments').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listHalls(db: Db) {
  return db.selectFrom('halls').selectAll().orderBy('name').execute();
}

export function findHall(db: Db, id: string) {
  return db.selectFrom('halls').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listWindows(db: Db, hallId: string) {
  return db.selectFrom('hall_windows').selectAll().where('hall_id', '=', hallId).orderBy('number').execute();
}

export function findWindow(db: Db, id: string) {
  return db.selectFrom('hall_windows').selectAll().where('id', '=', id).executeTakeFirst();
}
