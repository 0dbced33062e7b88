/** Small builders for process definitions used by the tests of this module. */
import type {
  ActionKind,
  DepartmentRef,
  Node,
  ParallelNode,
  Phase,
  ProcessDefinition,
  SequenceNode,
  TaskAction,
  TaskNode,
} from './definition.js';
import { applyAction, EngineActionError, type EngineAction, type EngineState } from './engine.js';

const LABELS: Record<ActionKind, string> = {
  accept: '受理',
  refuse: '不予受理',
  pass: '通过',
  reject: '不同意',
  return: '退回',
  grant: '准予许可',
  deny: '不予许可',
  complete: '办结',
};
const PHASE_OF: Partial<Record<ActionKind, Phase>> = {
  accept: 'acceptance',
  refuse: 'acceptance',
  grant: 'decision',
  deny: 'decision',
  complete: 'completion',
};

/** An action whose key equals its kind (or `kind:target` for returns). */
export function action(kind: ActionKind, target?: string, opinionRequired = false): TaskAction {
  return target
    ? { key: `return_${target}`, kind, label: LABELS[kind], opinionRequired, target }
    : { key: kind, kind, label: LABELS[kind], opinionRequired };
}

export function task(id: string, actions: (ActionKind | TaskAction)[], departments: DepartmentRef[] = [{ kind: 'owner' }]): TaskNode {
  const list = actions.map((a) => (typeof a === 'string' ? action(a) : a));
  const phase = list.map((a) => PHASE_OF[a.kind]).find(Boolean) ?? 'review';
  return {
    type: 'task',
    id,
    name: `环节 ${id}`,
    phase,
    role: phase === 'decision' ? 'department_head' : 'reviewer',
    departments,
    limitDays: 5,
    actions: list,
  };
}

export function seq(id: string, ...children: Node[]): SequenceNode {
  return { type: 'sequence', id, children };
}

export function parallel(id: string, policy: ParallelNode['join']['policy'], branches: Node[], ratio?: number): ParallelNode {
  return {
    type: 'parallel',
    id,
    name: `并行 ${id}`,
    branches,
    join: ratio === undefined ? { policy } : { policy, ratio },
    resultVariable: `${id}Result`,
  };
}

export const decisionTask = (id = 'decide') => task(id, ['grant', 'deny']);

export function definition(...children: Node[]): ProcessDefinition {
  return { schemaVersion: 1, name: '测试流程', root: seq('root', ...children) };
}

export const complete = (
  taskId: string,
  actionKey: string,
  extra: Partial<Extract<EngineAction, { type: 'complete_task' }>> = {},
): EngineAction => ({
  type: 'complete_task',
  taskId,
  actionKey,
  actorId: 'actor-1',
  opinion: '同意',
  ...extra,
});

export const openTasks = (state: EngineState) => state.tasks.filter((t) => t.status === 'open');
export const openIds = (state: EngineState) => openTasks(state).map((t) => t.id);

/** Applies actions one after another, returning the final state. */
export function drive(def: ProcessDefinition, state: EngineState, actions: EngineAction[]): EngineState {
  return actions.reduce((s, a) => applyAction(def, s, a).state, state);
}

/** The EngineActionError thrown by `fn` (fails when nothing or something else is thrown). */
export function captureEngineError(fn: () => unknown): EngineActionError {
  try {
    fn();
  } catch (e) {
    if (e instanceof EngineActionError) return e;
    throw e;
  }
  throw new Error('expected an EngineActionError');
}
