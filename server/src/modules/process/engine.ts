/**
 * The process engine: a pure function (definition, state, action) → (state, effects). No I/O, no clock,
 * no randomness; the state is plain JSON, so `replay(def, variables, log)` rebuilds it from the action log.
 *
 * Semantics (block-structured; a definition is a tree, see definition.ts):
 * - sequence: children one after another. task: opens one work item per department (`${nodeId}:${n}`, or
 *   `${nodeId}:${n}:${i}` for a joint task) and waits until every item has acted.
 * - Action kinds: accept → `accepted` (first time only); grant/deny → `decision`; pass/complete → on;
 *   refuse → the instance completes at once with result 'refused' (不予受理, 《行政许可法》第三十二条);
 *   return → back to `target`, an earlier task of an enclosing sequence: every open item in between is
 *   cancelled and the target task is opened anew; reject → a 'no' vote.
 * - Votes: a task votes 'yes' unless one of its items rejected. Inside a parallel branch a 'no' ends the
 *   branch with a 'no' vote (through enclosing sequences/exclusives up to the branch); outside a branch
 *   a 'no' only sets variables and the flow goes on. A joint task (≥2 departments) sets `${id}_passed`.
 * - parallel: all branches start together; the join fires exactly once, as soon as the result is decided
 *   (all: n yes / any: 1 yes / ratio: ⌈ratio·n⌉ yes; 'no' once that count is out of reach). Branches still
 *   running are cancelled. It sets `resultVariable` (boolean) and `${resultVariable}_votes`
 *   ({ yes, no, total, required }); the parallel itself then votes with that result.
 * - exclusive: the first branch whose FEEL condition is exactly true; else `otherwise`; else nothing.
 * - automatic: compute (FEEL assignments in order, each seeing the previous) or notify (effect only);
 *   copy_to: effect only (抄送). Both finish immediately.
 * - Reaching the end of the root completes the instance with result = decision. `cancel` (撤回/终止)
 *   cancels every open item and terminates with result 'cancelled'. Ended instances accept no action.
 * - complete_task may carry variables; they are merged before the flow moves on.
 */
import type { ProcessDefinition } from './definition.js';
import { getTaskNode } from './definition-index.js';
import { enterNode, stepNode } from './engine-blocks.js';
import { Run } from './engine-run.js';
import { EngineActionError, type AllowedAction, type Effect, type EngineAction, type EngineState } from './engine-types.js';

export type { Activation, AllowedAction, Effect, EngineAction, EngineState, JoinRecord, TaskInstance } from './engine-types.js';
export { EngineActionError } from './engine-types.js';
export { taskIdsIn } from './engine-run.js';

type Step = { state: EngineState; effects: Effect[] };

export function startInstance(def: ProcessDefinition, variables: Record<string, unknown>): Step {
  const state: EngineState = {
    status: 'running',
    result: null,
    decision: null,
    accepted: false,
    variables: structuredClone(variables),
    tasks: [],
    counter: 0,
    phase: null,
    run: null,
    joins: [],
  };
  const run = new Run(def, state);
  settle(run, enterNode(run, def.root, false));
  return { state, effects: run.effects };
}

export function applyAction(def: ProcessDefinition, state: EngineState, action: EngineAction): Step {
  if (state.status !== 'running') throw new EngineActionError('INSTANCE_ENDED', '办件流程已结束，不能再办理', []);
  const run = new Run(def, structuredClone(state));
  if (action.type === 'cancel') {
    run.end('terminated', 'cancelled');
    return { state: run.state, effects: run.effects };
  }
  const allowed = allowedActions(def, state);
  const permitted = allowed.find((a) => a.taskId === action.taskId && a.actionKey === action.actionKey);
  if (!permitted) throw new EngineActionError('ACTION_NOT_ALLOWED', '当前环节不允许该操作', allowed);
  const opinion = action.opinion?.trim() || null;
  if (permitted.opinionRequired && !opinion) throw new EngineActionError('OPINION_REQUIRED', `“${permitted.label}”须填写意见`, allowed);

  const s = run.state;
  const task = run.task(action.taskId);
  const taskAction = getTaskNode(def, task.nodeId).actions.find((a) => a.key === action.actionKey)!;
  Object.assign(task, { status: 'done', actionKey: action.actionKey, opinion, actorId: action.actorId });
  run.emit({ type: 'task_completed', taskId: task.id, actionKey: action.actionKey, kind: taskAction.kind });
  if (action.variables) run.setVariables(action.variables);

  switch (taskAction.kind) {
    case 'refuse':
      run.end('completed', 'refused');
      return { state: s, effects: run.effects };
    case 'accept':
      if (!s.accepted) {
        s.accepted = true;
        run.emit({ type: 'accepted' });
      }
      break;
    case 'grant':
    case 'deny':
      s.decision = taskAction.kind === 'grant' ? 'granted' : 'denied';
      run.emit({ type: 'decision', decision: s.decision });
      break;
    default:
      break;
  }
  const completion = { taskId: task.id, kind: taskAction.kind, target: taskAction.target };
  settle(run, stepNode(run, def.root, s.run!, completion, false));
  return { state: s, effects: run.effects };
}

/** What may be done now: every action of every open work item, in creation order. */
export function allowedActions(def: ProcessDefinition, state: EngineState): AllowedAction[] {
  if (state.status !== 'running') return [];
  return state.tasks
    .filter((t) => t.status === 'open')
    .flatMap((t) =>
      getTaskNode(def, t.nodeId).actions.map((a) => ({
        taskId: t.id,
        actionKey: a.key,
        kind: a.kind,
        label: a.label,
        opinionRequired: a.opinionRequired,
      })),
    );
}

/** The state after `actions`, applied in order to a fresh instance. */
export function replay(def: ProcessDefinition, variables: Record<string, unknown>, actions: EngineAction[]): EngineState {
  return actions.reduce((state, action) => applyAction(def, state, action).state, startInstance(def, variables).state);
}

function settle(run: Run, r: ReturnType<typeof enterNode>): void {
  if (r.kind === 'waiting') run.state.run = r.act;
  else if (r.kind === 'done') run.end('completed', run.state.decision);
  else throw new Error(`return target ${r.target} is not an earlier task of an enclosing sequence`);
}
