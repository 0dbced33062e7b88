/**
 * One application as the applicant or a member of staff sees it: status and clocks, the public timeline,
 * notices, materials, tasks, and what may be done now. Staff also get the form data (a read of personal
 * data, recorded in the audit log by the route).
 */
import { calendarWarnings, loadWorkingCalendar } from '../calendar/load-calendar.js';
import type { ProcessDefinition, TaskNode } from '../process/definition.js';
import { allNodes } from '../process/definition-index.js';
import { definitionById, lifecycleStateOf, today as todayOf, type ApplicationDeps, type ApplicationRow } from './application-context.js';
import { readDetailParts } from './detail-query.js';
import { allowedNow } from './lifecycle.js';
import { applicationClock, presentNotice, statusLabel, timelineOf } from './presenters.js';
import type { ApplicationDetail } from './schemas.js';

export function actionLabelsOf(def: ProcessDefinition | null): Map<string, string> {
  const labels = new Map<string, string>();
  if (!def) return labels;
  for (const n of allNodes(def.root)) {
    if (n.type !== 'task') continue;
    for (const a of (n as TaskNode).actions) labels.set(`${n.id}/${a.key}`, a.label);
  }
  return labels;
}

export async function getApplicationDetail(
  deps: ApplicationDeps,
  app: ApplicationRow,
  /** staff: the staff view (the timeline includes task assignment entries) */
  opts: { withFormData: boolean; staff?: boolean },
): Promise<ApplicationDetail> {
  const db = deps.db;
  const today = todayOf(deps.now);
  const [parts, def, cal, warnings] = await Promise.all([
    readDetailParts(db, app),
    app.definition_id ? definitionById(db, app.definition_id) : Promise.resolve(null),
    loadWorkingCalendar(db, { hallId: app.hall_id }),
    calendarWarnings(db, today),
  ]);
  const { tasks, actions, notices, materials } = parts;
  const clock = applicationClock(cal, today, app, deps.yellowDays);
  return {
    id: app.id,
    number: app.number,
    itemName: parts.itemName,
    itemCode: parts.itemCode,
    itemId: app.item_id,
    departmentName: parts.departmentName,
    bundle: parts.bundle,
    status: app.status,
    statusLabel: statusLabel(app.status),
    submittedAt: app.submitted_at?.toISOString() ?? null,
    clock,
    queryCode: app.query_code,
    channel: app.channel,
    applicantName: app.applicant_name,
    version: app.version,
    acceptanceDocNo: app.acceptance_doc_no,
    acceptedAt: app.accepted_at?.toISOString() ?? null,
    decision: app.decision,
    decidedAt: app.decided_at?.toISOString() ?? null,
    completedAt: app.completed_at?.toISOString() ?? null,
    deliveredAt: app.delivered_at?.toISOString() ?? null,
    promisedDueDate: app.promised_due_date,
    legalDueDate: app.legal_due_date,
    acceptanceDueDate: app.acceptance_due_date,
    deliveryDueDate: app.delivery_due_date,
    extensionDays: app.extension_days,
    pausedDays: app.paused_days,
    tolerance: app.tolerance ?? null,
    timeline: timelineOf(actions, tasks, actionLabelsOf(def), parts.departmentName, opts.staff ? 'staff' : 'public'),
    notices: notices.map(presentNotice),
    materials: materials.map((m) => ({
      id: m.id,
      materialKey: m.material_key,
      name: m.name,
      provision: m.provision,
      uploadId: m.upload_id,
      fileName: m.file_name,
      mediaType: m.media_type,
      sizeBytes: m.size_bytes,
      sha256: m.sha256,
    })),
    tasks: tasks.map((t) => ({
      taskId: t.task_key,
      nodeId: t.node_id,
      name: t.name,
      phase: t.phase,
      role: t.role,
      status: t.status,
      departmentName: t.department_name,
      dueDate: t.due_date,
      createdAt: t.created_at.toISOString(),
      finishedAt: t.finished_at?.toISOString() ?? null,
      actionKey: t.action_key,
      opinion: t.opinion,
      actorName: t.actor_name,
      claimedBy: t.claimed_by,
    })),
    allowed: allowedNow(def, lifecycleStateOf(app)),
    ...(opts.withFormData ? { formData: JSON.parse(deps.cipher.decrypt(app.form_data_enc)) as Record<string, unknown> } : {}),
    scenarioAnswers: app.scenario_answers as Record<string, string>,
    definitionId: app.definition_id,
    calendarWarning: warnings.missingYears.length
      ? `工作日历缺少 ${warnings.missingYears.join('、')} 年的节假日数据，相关时限无法计算，请管理员导入`
      : null,
  };
}
