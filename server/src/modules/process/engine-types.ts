/** Types of the process engine's state, actions and effects (re-exported by engine.ts). */
import type { ActionKind, DepartmentRef, Phase } from './definition.js';

export interface TaskInstance {
  /** Deterministic: `${nodeId}:${n}`, or `${nodeId}:${n}:${deptIndex}` for a joint task. */
  id: string;
  nodeId: string;
  name: string;
  phase: Phase;
  role: string;
  department: DepartmentRef;
  limitDays: number;
  status: 'open' | 'done' | 'cancelled';
  actionKey: string | null;
  opinion: string | null;
  actorId: string | null;
}

/** Where the instance stands: a tree of activations mirroring the definition's block tree. */
export type Activation =
  | { kind: 'sequence'; nodeId: string; index: number; child: Activation }
  | { kind: 'task'; nodeId: string; taskIds: string[] }
  | { kind: 'exclusive'; nodeId: string; branch: number /* -1 = otherwise */; child: Activation }
  | { kind: 'parallel'; nodeId: string; serial: number; branches: { act: Activation | null; vote: boolean | null }[] };

/** One firing of a parallel join; `serial` identifies the parallel activation. */
export interface JoinRecord {
  nodeId: string;
  serial: number;
  result: boolean;
  yes: number;
  no: number;
}

export interface EngineState {
  status: 'running' | 'completed' | 'terminated';
  result: 'granted' | 'denied' | 'refused' | 'cancelled' | null;
  decision: 'granted' | 'denied' | null;
  accepted: boolean;
  variables: Record<string, unknown>;
  tasks: TaskInstance[];
  /** Numbers task and parallel activations; makes ids deterministic. */
  counter: number;
  /** Phase of the most recently created task (null before the first). */
  phase: Phase | null;
  /** The activation tree while running; null once ended. */
  run: Activation | null;
  joins: JoinRecord[];
}

export type EngineAction =
  | {
      type: 'complete_task';
      taskId: string;
      actionKey: string;
      actorId: string;
      opinion?: string | null;
      variables?: Record<string, unknown>;
    }
  | { type: 'cancel'; reason: string };

export type Effect =
  | { type: 'task_created'; task: TaskInstance }
  | { type: 'task_cancelled'; taskId: string }
  | { type: 'task_completed'; taskId: string; actionKey: string; kind: ActionKind }
  | { type: 'phase_entered'; phase: Phase }
  | { type: 'accepted' }
  | { type: 'decision'; decision: 'granted' | 'denied' }
  | { type: 'notify'; nodeId: string; template: string; to: 'applicant' | 'handlers' }
  | { type: 'copy_to'; nodeId: string; roles: string[]; departments: DepartmentRef[]; note: string }
  | { type: 'variables_set'; values: Record<string, unknown> }
  | { type: 'instance_ended'; status: 'completed' | 'terminated'; result: EngineState['result'] };

export interface AllowedAction {
  taskId: string;
  actionKey: string;
  kind: ActionKind;
  label: string;
  opinionRequired: boolean;
}

export type EngineActionErrorCode = 'ACTION_NOT_ALLOWED' | 'OPINION_REQUIRED' | 'INSTANCE_ENDED';

/** An action the current state does not permit; `allowed` lists what is (for a 409 response). */
export class EngineActionError extends Error {
  readonly code: EngineActionErrorCode;
  readonly allowed: AllowedAction[];
  constructor(code: EngineActionErrorCode, message: string, allowed: AllowedAction[]) {
    super(message);
    this.name = 'EngineActionError';
    this.code = code;
    this.allowed = allowed;
  }
}
