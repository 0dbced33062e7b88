/**
 * Issues a notice (文书) inside the caller's transaction: numbers it, stores its data; the PDF is rendered
 * from that data on request (modules/notices), so the stored record is the notice.
 */
import type { Db } from '../../db/database.js';
import type { NoticeData, NoticeKind } from '../notices/notice-data.js';
import { noticeText } from '../notices/notice-texts.js';
import type { ApplicationRow } from './application-context.js';
import { nextNoticeNumber } from './numbers.js';

export type NoticeExtras = Omit<
  NoticeData,
  'kind' | 'number' | 'issuedAt' | 'departmentName' | 'applicationNumber' | 'itemName' | 'applicantName'
>;

const DEPARTMENT_TTL_MS = 60_000;
const departments = new Map<string, { at: number; value: { name: string; short_name: string; phone: string | null } }>();
/** A published item version never changes, so its name is cached for good. */
const itemNames = new Map<string, string>();

/** Department name, short name and phone, cached for a minute (a rename shows on notices within it). */
async function departmentFacts(trx: Db, id: string, now: Date) {
  const hit = departments.get(id);
  if (hit && Math.abs(now.getTime() - hit.at) < DEPARTMENT_TTL_MS) return hit.value;
  const value = await trx.selectFrom('departments').select(['name', 'short_name', 'phone']).where('id', '=', id).executeTakeFirstOrThrow();
  departments.set(id, { at: now.getTime(), value });
  return value;
}

async function itemNameOf(trx: Db, versionId: string): Promise<string> {
  const hit = itemNames.get(versionId);
  if (hit !== undefined) return hit;
  const row = await trx
    .selectFrom('item_versions')
    .select((eb) =>
      eb
        .ref('content', '->>')
        .key('name' as never)
        .as('name'),
    )
    .where('id', '=', versionId)
    .executeTakeFirstOrThrow();
  const name = String(row.name ?? '');
  itemNames.set(versionId, name);
  return name;
}

export async function issueNotice(
  trx: Db,
  app: Pick<ApplicationRow, 'id' | 'number' | 'department_id' | 'applicant_name' | 'item_version_id' | 'query_code'>,
  kind: NoticeKind,
  extras: NoticeExtras,
  now: Date,
): Promise<{ id: string; number: string }> {
  const dept = await departmentFacts(trx, app.department_id, now);
  const version = { name: await itemNameOf(trx, app.item_version_id) };
  const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now));
  const number = await nextNoticeNumber(trx, { departmentId: app.department_id, departmentShortName: dept.short_name, kind, year });
  const data: NoticeData = {
    ...extras,
    kind,
    number,
    issuedAt: now,
    departmentName: dept.name,
    applicationNumber: app.number,
    itemName: String(version.name ?? ''),
    applicantName: app.applicant_name,
    queryCode: extras.queryCode ?? (kind === 'receipt' ? app.query_code : undefined),
    contactPhone: extras.contactPhone ?? dept.phone ?? undefined,
  };
  // Refuses (400) a notice that could not be rendered, e.g. a 不予许可决定书 without reasons (第三十八条).
  noticeText(data);
  const row = await trx
    .insertInto('application_notices')
    .values({ application_id: app.id, kind, number, data: JSON.stringify(data), issued_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, number };
}
