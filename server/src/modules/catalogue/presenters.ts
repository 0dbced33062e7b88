/** Catalogue rows → API shapes (camelCase, ISO dates, people as id + name). */
import type { Db } from '../../db/database.js';
import { accountNames, departmentOf, fileIdsOf, fileMetas, type ItemRow, type VersionRow } from './catalogue.queries.js';
import { checkQuality } from './quality-rules.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentVersionSummary(v: VersionRow) {
  return {
    id: v.id,
    versionNo: v.version_no,
    status: v.status,
    name: v.content.name,
    createdAt: v.created_at.toISOString(),
    updatedAt: v.updated_at.toISOString(),
    publishedAt: iso(v.published_at),
    endedAt: iso(v.ended_at),
  };
}

export async function presentVersionDetail(db: Db, item: ItemRow, v: VersionRow) {
  const [names, dept, files] = await Promise.all([
    accountNames(db, [v.created_by, v.submitted_by, v.reviewed_by, v.published_by]),
    departmentOf(db, item.department_id),
    fileMetas(db, fileIdsOf(v.content)),
  ]);
  const person = (id: string | null) => (id ? { id, name: names.get(id) ?? '' } : null);
  const problems = checkQuality(v.content);
  return {
    id: v.id,
    itemId: item.id,
    implementationCode: item.implementation_code,
    departmentId: item.department_id,
    departmentName: dept?.name ?? '',
    versionNo: v.version_no,
    status: v.status,
    content: v.content,
    contentDigest: v.content_digest,
    createdAt: v.created_at.toISOString(),
    updatedAt: v.updated_at.toISOString(),
    createdBy: person(v.created_by),
    submittedBy: person(v.submitted_by),
    submittedAt: iso(v.submitted_at),
    reviewedBy: person(v.reviewed_by),
    reviewedAt: iso(v.reviewed_at),
    reviewComment: v.review_comment,
    publishedBy: person(v.published_by),
    publishedAt: iso(v.published_at),
    endedAt: iso(v.ended_at),
    endedReason: v.ended_reason,
    quality: { ok: problems.length === 0, problems },
    files,
  };
}
