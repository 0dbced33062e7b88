/**
 * The process definition model on the web side: a mirror of server/src/modules/process/definition.ts
 * (the server's TypeBox schema is the contract; the API sends the definition as unknown JSON).
 */
export type Phase = 'pre_review' | 'acceptance' | 'review' | 'decision' | 'completion';
export const PHASES: readonly Phase[] = ['pre_review', 'acceptance', 'review', 'decision', 'completion'];

export type ActionKind = 'accept' | 'refuse' | 'pass' | 'reject' | 'return' | 'grant' | 'deny' | 'complete';
export const ACTION_KINDS: readonly ActionKind[] = ['accept', 'refuse', 'pass', 'reject', 'return', 'grant', 'deny', 'complete'];

/** Staff roles a task or copy-to may name (server: STAFF_ROLES in identity/principal.ts). */
export const PROCESS_ROLES = ['window_clerk', 'reviewer', 'department_head', 'supervisor', 'admin'] as const;

export interface TaskAction {
  key: string;
  kind: ActionKind;
  label: string;
  opinionRequired: boolean;
  target?: string;
}
export type DepartmentRef = { kind: 'owner' } | { kind: 'department'; departmentId: string };

export interface TaskNode {
  type: 'task';
  id: string;
  name: string;
  phase: Phase;
  role: string;
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
  condition: string;
  body: ProcessNode;
}
export interface ExclusiveNode {
  type: 'exclusive';
  id: string;
  name: string;
  branches: ExclusiveBranch[];
  otherwise: ProcessNode | null;
}
export type JoinPolicy = 'all' | 'any' | 'ratio';
export interface ParallelNode {
  type: 'parallel';
  id: string;
  name: string;
  branches: ProcessNode[];
  join: { policy: JoinPolicy; ratio?: number };
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

/** A light structural check before drawing: enough that the diagram never crashes on odd JSON. */
export function isProcessDefinition(value: unknown): value is ProcessDefinition {
  if (!value || typeof value !== 'object') return false;
  const root = (value as { root?: unknown }).root;
  return isNode(root) && (root as { type: string }).type === 'sequence';
}

function isNode(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const n = value as Record<string, unknown>;
  if (typeof n.id !== 'string') return false;
  switch (n.type) {
    case 'sequence':
      return Array.isArray(n.children) && n.children.every(isNode);
    case 'task':
      return Array.isArray(n.departments) && Array.isArray(n.actions);
    case 'exclusive':
      return (
        Array.isArray(n.branches) &&
        n.branches.every((b) => !!b && typeof b === 'object' && isNode((b as { body?: unknown }).body)) &&
        (n.otherwise === null || isNode(n.otherwise))
      );
    case 'parallel':
      return Array.isArray(n.branches) && n.branches.every(isNode) && !!n.join && typeof n.join === 'object';
    case 'automatic':
      return !!n.operation && typeof n.operation === 'object';
    case 'copy_to':
      return Array.isArray(n.roles) && Array.isArray(n.departments);
    default:
      return false;
  }
}
