/**
 * Process definitions (办理流程定义): a block-structured tree, stored as JSON. These are the types the
 * server and the web designer share; the server checks incoming JSON with its TypeBox schema
 * (server/src/modules/process/definition.ts), which is compile-time asserted equal to `ProcessDefinition`.
 */

/** 预审 · 受理 · 审查 · 决定 · 办结 (《行政许可法》第三十二条至第四十四条的环节). */
export type Phase = 'pre_review' | 'acceptance' | 'review' | 'decision' | 'completion';
export const PHASES: readonly Phase[] = ['pre_review', 'acceptance', 'review', 'decision', 'completion'];

export type ActionKind = 'accept' | 'refuse' | 'pass' | 'reject' | 'return' | 'grant' | 'deny' | 'complete';
export const ACTION_KINDS: readonly ActionKind[] = ['accept', 'refuse', 'pass', 'reject', 'return', 'grant', 'deny', 'complete'];

export interface TaskAction {
  key: string;
  kind: ActionKind;
  label: string;
  opinionRequired: boolean;
  /** return only: id of an earlier task */
  target?: string;
}
/** owner = the item's implementing department (实施主体). */
export type DepartmentRef = { kind: 'owner' } | { kind: 'department'; departmentId: string };

export interface TaskNode {
  type: 'task';
  id: string;
  name: string;
  phase: Phase;
  role: string;
  /** ≥1; more than one = joint approval (联合审批): one work item per department, all must act. */
  departments: DepartmentRef[];
  limitDays: number;
  actions: TaskAction[];
}
export interface SequenceNode {
  type: 'sequence';
  id: string;
  children: ProcessNode[];
}
export interface ExclusiveBranch {
  id: string;
  name: string;
  /** FEEL boolean expression */
  condition: string;
  body: ProcessNode;
}
export interface ExclusiveNode {
  type: 'exclusive';
  id: string;
  name: string;
  branches: ExclusiveBranch[];
  /** Taken when no condition is true; null = nothing is done (the gateway is passed through). */
  otherwise: ProcessNode | null;
}
/** all 全部同意 · any 任一同意 · ratio 按比例 */
export type JoinPolicy = 'all' | 'any' | 'ratio';
export interface ParallelNode {
  type: 'parallel';
  id: string;
  name: string;
  branches: ProcessNode[];
  join: { policy: JoinPolicy; ratio?: number };
  /** set to true/false when the join fires */
  resultVariable: string;
}
export type AutomaticOperation =
  | { kind: 'compute'; assignments: { variable: string; expression: string }[] }
  | { kind: 'notify'; template: string; to: 'applicant' | 'handlers' };
export interface AutomaticNode {
  type: 'automatic';
  id: string;
  name: string;
  operation: AutomaticOperation;
}
export interface CopyToNode {
  type: 'copy_to';
  id: string;
  name: string;
  roles: string[];
  departments: DepartmentRef[];
  note: string;
}
export type ProcessNode = SequenceNode | TaskNode | ExclusiveNode | ParallelNode | AutomaticNode | CopyToNode;
export type NodeType = ProcessNode['type'];
export interface ProcessDefinition {
  schemaVersion: 1;
  name: string;
  root: SequenceNode;
}
