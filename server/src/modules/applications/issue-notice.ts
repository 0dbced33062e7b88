/**
 * Issues notices (文书) inside the caller's transaction: numbers them, stores their data; the PDF is rendered
 * from that data on request (modules/notices), so the stored record is the notice.
 */
import { sql } from 'kysely';
import { localDate } from '../calendar/working-calendar.js';
import type { Db } from '../../db/database.js';
import type { NoticeData, NoticeKind } from '../notices/notice-data.js';
import { noticeText } from '../notices/notice-texts.js';
import type { ApplicationRow } from './application-context.js';
import { NUMBER_DIGITS, noticePrefix } from './numbers.js';

export type NoticeExtras = Omit<
  NoticeData,
  'kind' | 'number' | 'issuedAt' | 'departmentName' | 'applicationNumber' | 'itemName' | 'applicantName'
>;

const DEPARTMENT_TTL_MS = 60_000;
const departments = new Map<
  string,
  { at: number; value: { name: string; short_name: string; phone: string | null; division_code: string } }
>();
/** A published item version never changes, so its name is cached for good. */
const itemNames = new Map<string, string>();

/** Department name, short name, phone and division, cached for a minute (a rename shows on notices within it). */
export async function departmentFacts(trx: Db, id: string, now: Date) {
  const hit = departments.get(id);
  if (hit && Math.abs(now.getTime() - hit.at) < DEPARTMENT_TTL_MS) return hit.value;
  const value = await trx
    .selectFrom('departments')
    .select(['name', 'short_name', 'phone', 'division_code'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
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

type NoticeApp = Pick<ApplicationRow, 'id' | 'number' | 'department_id' | 'applicant_name' | 'item_version_id' | 'query_code'>;

interface PendingNotice {
  applicationId: string;
  departmentId: string;
  prefix: string;
  kind: NoticeKind;
  year: number;
  data: NoticeData;
}

export interface IssuedNotice {
  id: string;
  kind: NoticeKind;
  number: string;
}

/**
 * The notices (文书) one transaction issues. `issue` prepares and checks a notice at once — one that could
 * not be rendered (e.g. a 不予许可决定书 without reasons, 第三十八条) is refused with 400 before anything is
 * written; `flush`, called last in the transaction, numbers and stores them. Numbers are counted per
 * department, kind and year without gaps, so the counter row is locked from the numbering to COMMIT:
 * numbering last keeps that hold to one statement (it was the longest lock of a lifecycle).
 */
export class NoticeQueue {
  private readonly pending: PendingNotice[] = [];

  constructor(
    private readonly trx: Db,
    private readonly now: Date,
  ) {}

  async issue(app: NoticeApp, kind: NoticeKind, extras: NoticeExtras): Promise<void> {
    const dept = await departmentFacts(this.trx, app.department_id, this.now);
    const itemName = await itemNameOf(this.trx, app.item_version_id);
    const year = Number(localDate(this.now).slice(0, 4));
    const data: NoticeData = {
      ...extras,
      kind,
      number: '',
      issuedAt: this.now,
      departmentName: dept.name,
      applicationNumber: app.number,
      itemName,
      applicantName: app.applicant_name,
      queryCode: extras.queryCode ?? (kind === 'receipt' ? app.query_code : undefined),
      contactPhone: extras.contactPhone ?? dept.phone ?? undefined,
    };
    noticeText(data);
    this.pending.push({
      applicationId: app.id,
      departmentId: app.department_id,
      prefix: noticePrefix(dept.short_name, kind, year),
      kind,
      year,
      data,
    });
  }

  /** Numbers and stores the queued notices, one statement each; returns them in the order issued. */
  async flush(): Promise<IssuedNotice[]> {
    const out: IssuedNotice[] = [];
    for (const n of this.pending.splice(0)) {
      const row = await numberAndStore(this.trx, n, this.now);
      out.push({ id: row.id, kind: n.kind, number: row.number });
    }
    return out;
  }
}

/** Upserts the counter and inserts the notice with its number in one statement (data-modifying CTE). */
async function numberAndStore(trx: Db, n: PendingNotice, now: Date) {
  const { rows } = await sql<{ id: string; number: string }>`
    WITH counter AS (
      INSERT INTO notice_counters (department_id, kind, year, last_no) VALUES (${n.departmentId}, ${n.kind}, ${n.year}, 1)
      ON CONFLICT (department_id, kind, year) DO UPDATE SET last_no = notice_counters.last_no + 1
      RETURNING last_no
    ), numbered AS (
      SELECT ${n.prefix}::text || repeat('0', greatest(0, ${NUMBER_DIGITS}::int - length(last_no::text))) || last_no::text || '号' AS number
      FROM counter
    )
    INSERT INTO application_notices (application_id, kind, number, data, issued_at)
    SELECT ${n.applicationId}, ${n.kind}, numbered.number, jsonb_set(${JSON.stringify(n.data)}::jsonb, '{number}', to_jsonb(numbered.number)), ${now}
    FROM numbered
    RETURNING id, number`.execute(trx);
  return rows[0]!;
}
