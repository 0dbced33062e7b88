/** Mutable working copy of one engine step: the cloned state plus the effects it produces. */
import type { ProcessDefinition, TaskNode } from './definition.js';
import type { Activation, Effect, EngineState, TaskInstance } from './engine-types.js';

/** Open task ids referenced by an activation subtree, in tree order. */
export function taskIdsIn(act: Activation | null): string[] {
  if (!act) return [];
  switch (act.kind) {
    case 'task':
      return [...act.taskIds];
    case 'sequence':
    case 'exclusive':
      return taskIdsIn(act.child);
    case 'parallel':
      return act.branches.flatMap((b) => taskIdsIn(b.act));
  }
}

export class Run {
  readonly effects: Effect[] = [];

  constructor(
    readonly def: ProcessDefinition,
    readonly state: EngineState,
  ) {}

  emit(effect: Effect): void {
    this.effects.push(effect);
  }

  nextSerial(): number {
    this.state.counter += 1;
    return this.state.counter;
  }

  task(id: string): TaskInstance {
    const t = this.state.tasks.find((x) => x.id === id);
    if (!t) throw new Error(`engine state has no task ${id}`);
    return t;
  }

  /** Opens one work item per department of a task node. */
  openTask(node: TaskNode): Activation {
    const n = this.nextSerial();
    const joint = node.departments.length > 1;
    const taskIds = node.departments.map((department, i) => {
      const task: TaskInstance = {
        id: joint ? `${node.id}:${n}:${i}` : `${node.id}:${n}`,
        nodeId: node.id,
        name: node.name,
        phase: node.phase,
        role: node.role,
        department: structuredClone(department),
        limitDays: node.limitDays,
        status: 'open',
        actionKey: null,
        opinion: null,
        actorId: null,
      };
      if (this.state.phase !== node.phase) {
        this.state.phase = node.phase;
        this.emit({ type: 'phase_entered', phase: node.phase });
      }
      this.state.tasks.push(task);
      this.emit({ type: 'task_created', task: structuredClone(task) });
      return task.id;
    });
    return { kind: 'task', nodeId: node.id, taskIds };
  }

  /** Cancels every still-open work item of an abandoned activation subtree. */
  cancelOpen(act: Activation | null): void {
    for (const id of taskIdsIn(act)) {
      const t = this.task(id);
      if (t.status !== 'open') continue;
      t.status = 'cancelled';
      this.emit({ type: 'task_cancelled', taskId: id });
    }
  }

  setVariables(values: Record<string, unknown>): void {
    if (Object.keys(values).length === 0) return;
    Object.assign(this.state.variables, structuredClone(values));
    this.emit({ type: 'variables_set', values: structuredClone(values) });
  }

  /** Ends the instance: every open item is cancelled and the activation tree dropped. */
  end(status: 'completed' | 'terminated', result: EngineState['result']): void {
    this.cancelOpen(this.state.run);
    this.state.run = null;
    this.state.status = status;
    this.state.result = result;
    this.emit({ type: 'instance_ended', status, result });
  }
}
