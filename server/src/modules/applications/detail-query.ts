/**
 * Everything an application's detail page shows besides the row itself — its department and item names,
 * tasks, action log, notices, materials and the 一件事 it belongs to — in ONE statement (JSON sub-selects),
 * because every action answers with the detail: six round trips per request were a third of the
 * statements of a lifecycle (docs/benchmarks.md).
 */
import { sql } from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import type { Db } from '../../db/database.js';
import type { ApplicationRow } from './application-context.js';

/** An application's tasks (环节) with department and handler names, in creation order. */
export function tasksQuery(db: Db, applicationId: string) {
  return db
    .selectFrom('application_tasks as t')
    .innerJoin('departments as d', 'd.id', 't.department_id')
    .leftJoin('staff as s', 's.account_id', 't.actor_id')
    .select([
      't.task_key',
      't.node_id',
      't.name',
      't.phase',
      't.role',
      't.status',
      't.claimed_by',
      sql<string | null>`t.due_date::text`.as('due_date'),
      't.created_at',
      't.finished_at',
      't.action_key',
      't.opinion',
      'd.name as department_name',
      's.name as actor_name',
    ])
    .where('t.application_id', '=', applicationId)
    .orderBy('t.created_at')
    .orderBy('t.task_key');
}

/** An application's action log, in order. */
export function actionsQuery(db: Db, applicationId: string) {
  return db
    .selectFrom('application_actions')
    .select(['seq', 'type', 'actor_label', 'public_note', 'at', 'payload'])
    .where('application_id', '=', applicationId)
    .orderBy('seq');
}

function notices(db: Db, applicationId: string) {
  return db
    .selectFrom('application_notices')
    .select(['id', 'kind', 'number', 'issued_at'])
    .where('application_id', '=', applicationId)
    .orderBy('issued_at')
    .orderBy('number');
}

function materials(db: Db, applicationId: string) {
  return db
    .selectFrom('application_materials as m')
    .leftJoin('uploads as u', 'u.id', 'm.upload_id')
    .select([
      'm.id',
      'm.material_key',
      'm.name',
      'm.provision',
      'm.upload_id',
      'u.file_name',
      'u.media_type',
      'u.size_bytes',
      'u.sha256',
      'm.created_at',
    ])
    .where('m.application_id', '=', applicationId)
    .orderBy('m.created_at');
}

/** The 一件事 the application was submitted with: bundle application id and number, the bundle's catalogue name. */
function bundle(db: Db, bundleApplicationId: string) {
  return db
    .selectFrom('bundle_applications as ba')
    .innerJoin('bundles as b', 'b.id', 'ba.bundle_id')
    .select(['ba.id', 'ba.number', 'b.name'])
    .where('ba.id', '=', bundleApplicationId);
}

// JSON carries timestamps as text: turn them back into Dates where the presenters expect them.
const date = (v: unknown) => new Date(v as string);
const dateOrNull = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));

export async function readDetailParts(
  db: Db,
  app: Pick<ApplicationRow, 'id' | 'department_id' | 'item_version_id' | 'bundle_application_id'>,
) {
  const bundleId = app.bundle_application_id;
  const row = await db
    .selectNoFrom((eb) => [
      eb.selectFrom('departments').select('name').where('id', '=', app.department_id).as('department_name'),
      eb
        .selectFrom('item_versions')
        .select(sql<string>`content->>'name'`.as('n'))
        .where('id', '=', app.item_version_id)
        .as('item_name'),
      eb
        .selectFrom('item_versions as v')
        .innerJoin('catalogue_items as i', 'i.id', 'v.item_id')
        .select('i.implementation_code')
        .where('v.id', '=', app.item_version_id)
        .as('item_code'),
      jsonArrayFrom(tasksQuery(db, app.id)).as('tasks'),
      jsonArrayFrom(actionsQuery(db, app.id)).as('actions'),
      jsonArrayFrom(notices(db, app.id)).as('notices'),
      jsonArrayFrom(materials(db, app.id)).as('materials'),
      // a plain application (most of them) has no 一件事: a constant, not a sub-select
      (bundleId ? jsonObjectFrom(bundle(db, bundleId)) : sql<{ id: string; number: string; name: string } | null>`null`).as('bundle'),
    ])
    .executeTakeFirstOrThrow();
  return {
    departmentName: row.department_name ?? '',
    itemName: row.item_name ?? '',
    itemCode: row.item_code ?? '',
    tasks: row.tasks.map((t) => ({ ...t, created_at: date(t.created_at), finished_at: dateOrNull(t.finished_at) })),
    actions: row.actions.map((a) => ({ ...a, at: date(a.at) })),
    notices: row.notices.map((n) => ({ ...n, issued_at: date(n.issued_at) })),
    materials: row.materials.map((m) => ({ ...m, created_at: date(m.created_at) })),
    bundle: row.bundle ?? null,
  };
}
