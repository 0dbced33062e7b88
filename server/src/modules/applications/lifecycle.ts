/**
 * The statutory lifecycle of an application (办件), as a pure function over the action log:
 * (state, action) → state. The process engine (modules/process/engine.ts) runs the department's steps;
 * this layer adds what the 行政许可法 prescribes around them:
 *
 *   draft → submitted (申报/收件) ─┬─ request_correction (补正, 第三十二条) → correction_requested → resubmit → submitted
 *                                  ├─ task 'accept' (受理) → accepted ─ task 'grant'/'deny' (决定) → decided → task 'complete' → completed → deliver (送达, 第四十四条) → delivered
 *                                  └─ task 'refuse' (不予受理) → refused
 *   accepted ─ special_start (特别程序, 第四十五条: clock paused) → special_procedure ─ special_end → accepted
 *   accepted ─ extend (延期, 第四十二条: once, with the head's approval)
 *   before a decision: withdraw (撤件) → withdrawn;  容缺 not supplied: terminate (终止办理) → terminated
 *
 * Stored status is always `replayApplication(...)` of the log; tests check that.
 */
import { allowedActions, applyAction, startInstance, type AllowedAction, type Effect, type EngineState } from '../process/engine.js';
import type { ProcessDefinition } from '../process/definition.js';

export type ApplicationStatus =
  | 'draft'
  | 'submitted'
  | 'correction_requested'
  | 'accepted'
  | 'special_procedure'
  | 'decided'
  | 'completed'
  | 'delivered'
  | 'refused'
  | 'withdrawn'
  | 'terminated';

export const FINAL_STATUSES: readonly ApplicationStatus[] = ['delivered', 'refused', 'withdrawn', 'terminated'];
/** 撤件 is possible until the decision (决定). */
const WITHDRAWABLE: readonly ApplicationStatus[] = ['submitted', 'correction_requested', 'accepted', 'special_procedure'];

export type LifecycleAction =
  | { type: 'submit'; variables: Record<string, unknown> }
  | { type: 'task'; taskId: string; actionKey: string; actorId: string; opinion?: string | null }
  | { type: 'request_correction' }
  | { type: 'resubmit'; variables: Record<string, unknown> }
  | { type: 'tolerate' }
  | { type: 'tolerance_fulfilled' }
  | { type: 'special_start' }
  | { type: 'special_end' }
  | { type: 'extend' }
  | { type: 'deliver' }
  | { type: 'withdraw' }
  | { type: 'terminate' };

export type LifecycleActionType = LifecycleAction['type'];

export interface LifecycleState {
  status: ApplicationStatus;
  engine: EngineState | null;
  extended: boolean;
  tolerancePending: boolean;
}

export const INITIAL_STATE: LifecycleState = { status: 'draft', engine: null, extended: false, tolerancePending: false };

export class LifecycleError extends Error {
  constructor(
    readonly code: 'ACTION_NOT_ALLOWED' | 'OPINION_REQUIRED',
    message: string,
    readonly allowed: AllowedNow,
  ) {
    super(message);
  }
}

export interface AllowedNow {
  actions: LifecycleActionType[];
  tasks: AllowedAction[];
}

/** What may happen now: application-level actions and the engine's task actions. */
export function allowedNow(def: ProcessDefinition | null, s: LifecycleState): AllowedNow {
  const actions: LifecycleActionType[] = [];
  let tasks: AllowedAction[] = [];
  const engineTasks = () => (def && s.engine && s.engine.status === 'running' ? allowedActions(def, s.engine) : []);
  switch (s.status) {
    case 'draft':
      actions.push('submit');
      break;
    case 'submitted':
      tasks = engineTasks();
      if (tasks.some((t) => t.kind === 'accept')) actions.push('request_correction', 'tolerate');
      break;
    case 'correction_requested':
      actions.push('resubmit');
      break;
    case 'accepted':
      tasks = engineTasks();
      // 容缺受理: the result is not issued before the missing materials are supplied.
      if (s.tolerancePending) tasks = tasks.filter((t) => t.kind !== 'grant');
      actions.push('special_start');
      if (!s.extended) actions.push('extend');
      if (s.tolerancePending) actions.push('tolerance_fulfilled', 'terminate');
      break;
    case 'special_procedure':
      actions.push('special_end');
      break;
    case 'decided':
      tasks = engineTasks();
      break;
    case 'completed':
      actions.push('deliver');
      break;
    default:
      break;
  }
  if (WITHDRAWABLE.includes(s.status)) actions.push('withdraw');
  if (tasks.length) actions.push('task');
  return { actions, tasks };
}

/** Applies one action; throws LifecycleError listing what is allowed now. */
export function applyLifecycle(
  def: ProcessDefinition | null,
  s: LifecycleState,
  action: LifecycleAction,
): { state: LifecycleState; effects: Effect[] } {
  const allowed = allowedNow(def, s);
  const refuse = (): never => {
    throw new LifecycleError('ACTION_NOT_ALLOWED', '办件当前状态不允许此操作', allowed);
  };
  if (!allowed.actions.includes(action.type)) refuse();
  switch (action.type) {
    case 'submit': {
      if (!def) refuse();
      const { state: engine, effects } = startInstance(def!, action.variables);
      return { state: fromEngine({ ...s, status: 'submitted' }, engine, effects), effects };
    }
    case 'task': {
      const task = allowed.tasks.find((t) => t.taskId === action.taskId && t.actionKey === action.actionKey);
      if (!task) refuse();
      if (task!.opinionRequired && !action.opinion?.trim()) {
        throw new LifecycleError('OPINION_REQUIRED', `「${task!.label}」须填写处理意见`, allowed);
      }
      const { state: engine, effects } = applyAction(def!, s.engine!, {
        type: 'complete_task',
        taskId: action.taskId,
        actionKey: action.actionKey,
        actorId: action.actorId,
        opinion: action.opinion ?? null,
      });
      return { state: fromEngine(s, engine, effects), effects };
    }
    case 'request_correction':
      return { state: { ...s, status: 'correction_requested' }, effects: [] };
    case 'resubmit':
      return { state: { ...s, status: 'submitted' }, effects: [] };
    case 'tolerate':
      return { state: { ...s, tolerancePending: true }, effects: [] };
    case 'tolerance_fulfilled':
      return { state: { ...s, tolerancePending: false }, effects: [] };
    case 'special_start':
      return { state: { ...s, status: 'special_procedure' }, effects: [] };
    case 'special_end':
      return { state: { ...s, status: 'accepted' }, effects: [] };
    case 'extend':
      return { state: { ...s, extended: true }, effects: [] };
    case 'deliver':
      return { state: { ...s, status: 'delivered' }, effects: [] };
    case 'withdraw':
    case 'terminate': {
      const { state: engine, effects } = applyAction(def!, s.engine!, {
        type: 'cancel',
        reason: action.type === 'withdraw' ? '申请人撤回申请' : '容缺材料未按期补齐，终止办理',
      });
      return { state: { ...s, engine, status: action.type === 'withdraw' ? 'withdrawn' : 'terminated' }, effects };
    }
  }
}

/** The application status that follows from what the engine just did. */
function fromEngine(s: LifecycleState, engine: EngineState, effects: Effect[]): LifecycleState {
  let status = s.status;
  for (const e of effects) {
    if (e.type === 'accepted') status = 'accepted';
    if (e.type === 'decision') status = 'decided';
    if (e.type === 'instance_ended') {
      if (e.result === 'refused') status = 'refused';
      else if (e.status === 'completed') status = 'completed';
    }
  }
  return { ...s, engine, status };
}

/**
 * Task assignment (签收, 退回待签, 转办 — task-assignment.ts) is logged with the actions for the staff history,
 * but changes neither the status nor the engine state: a replay skips it.
 */
export const TASK_ASSIGNMENT_TYPES = ['task_claim', 'task_release', 'task_transfer'] as const;
export type TaskAssignmentType = (typeof TASK_ASSIGNMENT_TYPES)[number];
export interface TaskAssignmentEntry {
  type: TaskAssignmentType;
  taskId: string;
}
/** What the log holds: lifecycle actions and task assignment entries. */
export type LoggedAction = LifecycleAction | TaskAssignmentEntry;

export function isTaskAssignment(a: { type: string }): a is TaskAssignmentEntry {
  return (TASK_ASSIGNMENT_TYPES as readonly string[]).includes(a.type);
}

/** The state a log of actions leads to (the stored state must equal it); task assignment entries are skipped. */
export function replayApplication(def: ProcessDefinition | null, actions: readonly LoggedAction[]): LifecycleState {
  return actions.reduce((s, a) => (isTaskAssignment(a) ? s : applyLifecycle(def, s, a).state), INITIAL_STATE);
}
