/**
 * Templates for the historical applications of the lifecycle benchmark: for every published demo item and
 * every outcome (delivered, denied, refused, withdrawn, in progress at each step…), the real lifecycle
 * (server/src/modules/applications/lifecycle.ts, and through it the process engine) is run once here, and
 * what it produced — final status and engine state, task rows, action log, notices, the step at which each
 * happened — is written to small tables in the schema `bench_load`. history-load.ts then copies them a
 * million times over in SQL, so every historical row is one the server itself could have written.
 */
import { sql } from 'kysely';
import type { Db } from '../../server/src/db/database.js';
import {
  applyLifecycle,
  INITIAL_STATE,
  type LifecycleAction,
  type LifecycleState,
} from '../../server/src/modules/applications/lifecycle.js';
import type { ActionKind, DepartmentRef, ProcessDefinition } from '../../server/src/modules/process/definition.js';
import type { Effect } from '../../server/src/modules/process/engine.js';

/** Hours after submission at which step k (1 = submission; SQL arrays count from 1) happens, before the per-row random factor. */
const STEP_HOURS = [0, 20, 60, 100, 120, 150, 170, 190, 210, 230, 250, 270];

interface Outcome {
  key: string;
  weight: number;
  /** task action kinds tried in this order at every step */
  prefer: ActionKind[];
  /** stop before the step that would leave this state (in-progress outcomes) */
  stopWhen?: (s: LifecycleState) => boolean;
  withdrawAfter?: number;
  deliver?: boolean;
}

const openPhase = (s: LifecycleState) => s.engine?.tasks.find((t) => t.status === 'open')?.phase;

/** Shares of the history: mostly finished, about a fifth still open (recent), a few refused or withdrawn. */
export const OUTCOMES: Outcome[] = [
  { key: 'delivered', weight: 0.62, prefer: ['accept', 'pass', 'grant', 'complete'], deliver: true },
  { key: 'completed', weight: 0.08, prefer: ['accept', 'pass', 'grant', 'complete'] },
  { key: 'denied', weight: 0.03, prefer: ['accept', 'pass', 'deny', 'complete'] },
  { key: 'refused', weight: 0.04, prefer: ['refuse'] },
  { key: 'withdrawn-submitted', weight: 0.02, prefer: ['accept'], withdrawAfter: 1 },
  { key: 'withdrawn-accepted', weight: 0.01, prefer: ['accept'], withdrawAfter: 2 },
  { key: 'open-acceptance', weight: 0.05, prefer: ['accept'], stopWhen: (s) => s.status === 'submitted' },
  { key: 'open-review', weight: 0.06, prefer: ['accept', 'pass'], stopWhen: (s) => s.status === 'accepted' && openPhase(s) === 'review' },
  {
    key: 'open-decision',
    weight: 0.05,
    prefer: ['accept', 'pass', 'grant'],
    stopWhen: (s) => s.status === 'accepted' && openPhase(s) === 'decision',
  },
  { key: 'open-completion', weight: 0.04, prefer: ['accept', 'pass', 'grant', 'complete'], stopWhen: (s) => s.status === 'decided' },
];

export interface TemplateItem {
  itemId: string;
  versionId: string;
  definitionId: string;
  departmentId: string;
  popularity: number;
  def: ProcessDefinition;
  limitUnit: string;
  promised: number;
  legal: number | null;
  scenario: Record<string, string>;
  formData: Record<string, unknown>;
  /** the form sealed with the server's cipher (applications.form_data_enc) */
  formEnc: string;
}

/** account id and label of a department's staff member in a role */
export type StaffOf = (departmentId: string, role: string) => { id: string; label: string };

const NOTICE_OF: Partial<Record<Effect['type'], string>> = { accepted: 'acceptance' };

interface Built {
  status: string;
  decision: string | null;
  engine: unknown;
  steps: number;
  inProgress: boolean;
  stepOf: Record<'accepted' | 'decided' | 'completed' | 'delivered' | 'ended', number | null>;
  endReason: string | null;
  tasks: Array<Record<string, unknown>>;
  actions: Array<Record<string, unknown>>;
  notices: Array<{ kind: string; step: number }>;
}

function build(item: TemplateItem, outcome: Outcome, staffOf: StaffOf): Built | null {
  const variables = { form: item.formData, scenario: item.scenario, channel: '2' };
  const dept = (ref: DepartmentRef) => (ref.kind === 'owner' ? item.departmentId : ref.departmentId);
  let s: LifecycleState = INITIAL_STATE;
  const tasks = new Map<string, Record<string, unknown>>();
  const actions: Built['actions'] = [];
  const notices: Built['notices'] = [{ kind: 'receipt', step: 1 }];
  const stepOf: Built['stepOf'] = { accepted: null, decided: null, completed: null, delivered: null, ended: null };
  let endReason: string | null = null;
  const apply = (
    action: LifecycleAction,
    actor: { id: string | null; label: string } | 'applicant',
    extra: object,
    note: string | null,
  ) => {
    const step = actions.length + 1;
    const opinion = action.type === 'task' ? (action.opinion ?? null) : null;
    const r = applyLifecycle(item.def, s, action);
    for (const e of r.effects) {
      if (e.type === 'task_created') {
        tasks.set(e.task.id, {
          task_key: e.task.id,
          node_id: e.task.nodeId,
          name: e.task.name,
          phase: e.task.phase,
          role: e.task.role,
          department_id: dept(e.task.department),
          limit_days: e.task.limitDays,
          created_step: step,
          finished_step: null,
          status: 'open',
          action_key: null,
          opinion: null,
          actor_id: null,
        });
      } else if (e.type === 'task_completed') {
        Object.assign(tasks.get(e.taskId)!, {
          status: 'done',
          finished_step: step,
          action_key: e.actionKey,
          opinion,
          actor_id: actor === 'applicant' ? null : actor.id,
        });
      } else if (e.type === 'task_cancelled') {
        const t = tasks.get(e.taskId)!;
        if (t.status === 'open') Object.assign(t, { status: 'cancelled', finished_step: step });
      } else if (e.type === 'accepted') {
        stepOf.accepted = step;
        notices.push({ kind: NOTICE_OF.accepted!, step });
      } else if (e.type === 'decision') {
        stepOf.decided = step;
        notices.push({ kind: e.decision === 'granted' ? 'grant' : 'denial', step });
      } else if (e.type === 'instance_ended') {
        if (e.result === 'refused') {
          stepOf.ended = step;
          endReason = opinion;
          notices.push({ kind: 'refusal', step });
        } else if (e.status === 'completed') stepOf.completed = step;
        else stepOf.ended = step;
      }
    }
    actions.push({
      seq: step,
      type: action.type,
      actor: actor === 'applicant' ? null : actor.id,
      actor_label: actor === 'applicant' ? null : actor.label,
      payload: { action, ...extra },
      public_note: note,
      step,
    });
    s = r.state;
  };
  apply({ type: 'submit', variables }, 'applicant', { channel: '2' }, '网上申报');
  for (let guard = 0; guard < 20; guard++) {
    if (outcome.stopWhen?.(s)) break;
    if (outcome.withdrawAfter !== undefined && actions.length === outcome.withdrawAfter) {
      if (outcome.withdrawAfter === 2 && s.status !== 'accepted') return null;
      apply({ type: 'withdraw' }, 'applicant', { reason: '申请人不再需要办理' }, '申请人撤回申请');
      stepOf.ended = actions.length;
      endReason = '申请人不再需要办理';
      break;
    }
    if (s.engine?.status !== 'running') break;
    const open = s.engine.tasks.filter((t) => t.status === 'open');
    const allowed = (s.status === 'completed' ? [] : open).flatMap((t) => {
      const node = findTask(item.def, t.nodeId);
      return (node?.actions ?? []).map((a) => ({ task: t, action: a }));
    });
    const pick = outcome.prefer.map((k) => allowed.find((x) => x.action.kind === k)).find(Boolean);
    if (!pick) return null;
    const staff = staffOf(dept(pick.task.department), pick.task.role);
    const opinion = pick.action.opinionRequired ? (pick.action.kind === 'refuse' ? '申请材料不符合法定形式' : '不符合法定条件') : null;
    apply(
      { type: 'task', taskId: pick.task.id, actionKey: pick.action.key, actorId: staff.id, opinion },
      staff,
      { taskId: pick.task.id, actionKey: pick.action.key },
      opinion,
    );
  }
  if (outcome.stopWhen && !outcome.stopWhen(s)) return null;
  if (outcome.deliver) {
    if (s.status !== 'completed') return null;
    const clerk = staffOf(item.departmentId, 'window_clerk');
    apply({ type: 'deliver' }, clerk, { method: 'electronic' }, '结果已送达（电子送达）');
    stepOf.delivered = actions.length;
  }
  if (!outcome.stopWhen && !['completed', 'delivered', 'refused', 'withdrawn'].includes(s.status)) return null;
  return {
    status: s.status,
    decision: s.engine?.decision ?? null,
    engine: s.engine,
    steps: actions.length,
    inProgress: outcome.stopWhen !== undefined,
    stepOf,
    endReason,
    tasks: [...tasks.values()],
    actions,
    notices,
  };
}

function findTask(def: ProcessDefinition, nodeId: string) {
  const walk = (n: unknown): { actions: { key: string; kind: ActionKind; opinionRequired: boolean }[] } | undefined => {
    const node = n as { type: string; id: string; children?: unknown[]; branches?: unknown[]; body?: unknown; otherwise?: unknown };
    if (!node) return undefined;
    if (node.type === 'task' && node.id === nodeId) return node as never;
    const kids = [
      ...(node.children ?? []),
      ...(node.branches ?? []).map((b) => ((b as { body?: unknown }).body ? (b as { body: unknown }).body : b)),
      ...(node.otherwise ? [node.otherwise] : []),
    ];
    for (const k of kids) {
      const f = walk(k);
      if (f) return f;
    }
    return undefined;
  };
  return walk(def.root);
}

/** Writes bench_load.tpl / tpl_task / tpl_action / tpl_notice / tpl_slot; returns the number of templates. */
export async function writeTemplates(db: Db, items: TemplateItem[], staffOf: StaffOf): Promise<number> {
  await sql`DROP SCHEMA IF EXISTS bench_load CASCADE`.execute(db);
  await sql`CREATE SCHEMA bench_load`.execute(db);
  await sql`CREATE TABLE bench_load.tpl (tpl_id int PRIMARY KEY, item_id uuid, version_id uuid, definition_id uuid, department_id uuid,
    limit_unit text, promised int, legal int, form_enc text, status text, decision text, engine_state jsonb, scenario jsonb, in_progress boolean,
    steps int, accepted_step int, decided_step int, completed_step int, delivered_step int, ended_step int, end_reason text,
    step_hours float8[])`.execute(db);
  await sql`CREATE TABLE bench_load.tpl_task (tpl_id int, task_key text, node_id text, name text, phase text, role text, department_id uuid,
    limit_days int, created_step int, finished_step int, status text, action_key text, opinion text, actor_id uuid)`.execute(db);
  await sql`CREATE TABLE bench_load.tpl_action (tpl_id int, seq int, type text, actor uuid, actor_label text, payload jsonb,
    public_note text, step int)`.execute(db);
  await sql`CREATE TABLE bench_load.tpl_notice (tpl_id int, kind text, step int)`.execute(db);
  const weights: Array<{ tpl: number; w: number }> = [];
  const totalPopularity = items.reduce((a, i) => a + i.popularity, 0);
  let id = 0;
  for (const item of items) {
    for (const outcome of OUTCOMES) {
      const b = build(item, outcome, staffOf);
      if (!b) continue;
      id++;
      weights.push({ tpl: id, w: (item.popularity / totalPopularity) * outcome.weight });
      await db
        .insertInto('bench_load.tpl' as never)
        .values({
          tpl_id: id,
          item_id: item.itemId,
          version_id: item.versionId,
          definition_id: item.definitionId,
          department_id: item.departmentId,
          limit_unit: item.limitUnit,
          promised: item.promised,
          legal: item.legal,
          form_enc: item.formEnc,
          status: b.status,
          decision: b.decision,
          engine_state: JSON.stringify(b.engine),
          scenario: JSON.stringify(item.scenario),
          in_progress: b.inProgress,
          steps: b.steps,
          accepted_step: b.stepOf.accepted,
          decided_step: b.stepOf.decided,
          completed_step: b.stepOf.completed,
          delivered_step: b.stepOf.delivered,
          ended_step: b.stepOf.ended,
          end_reason: b.endReason,
          step_hours: sql`${`{${STEP_HOURS.join(',')}}`}::float8[]`,
        } as never)
        .execute();
      await db
        .insertInto('bench_load.tpl_task' as never)
        .values(b.tasks.map((t) => ({ tpl_id: id, ...t })) as never)
        .execute();
      await db
        .insertInto('bench_load.tpl_action' as never)
        .values(b.actions.map((a) => ({ tpl_id: id, ...a, payload: JSON.stringify(a.payload) })) as never)
        .execute();
      await db
        .insertInto('bench_load.tpl_notice' as never)
        .values(b.notices.map((n) => ({ tpl_id: id, ...n })) as never)
        .execute();
    }
  }
  // 10,000 slots, each a template, in proportion to item popularity × outcome share: a row picks a slot at random.
  const total = weights.reduce((a, x) => a + x.w, 0);
  const slots: number[] = [];
  let acc = 0;
  for (const x of weights) {
    acc += x.w / total;
    while (slots.length < Math.round(acc * 10_000)) slots.push(x.tpl);
  }
  await sql`CREATE TABLE bench_load.tpl_slot AS SELECT g - 1 AS slot, (${`{${slots.join(',')}}`}::int[])[g] AS tpl_id
            FROM generate_series(1, ${slots.length}::int) g`.execute(db);
  await sql`ALTER TABLE bench_load.tpl_slot ADD PRIMARY KEY (slot)`.execute(db);
  return id;
}
