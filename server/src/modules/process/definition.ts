/**
 * Process definitions (办理流程定义): a block-structured tree, stored as JSON and checked by the
 * TypeBox schema `ProcessDefinition` at the edge; `validateDefinition` checks the rules a schema cannot
 * express (unique ids, return targets, FEEL syntax, decision coverage). Semantics: see engine.ts.
 */
import { Type } from 'typebox';

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
  children: Node[];
}
export interface ExclusiveNode {
  type: 'exclusive';
  id: string;
  name: string;
  branches: { id: string; name: string; condition: string; body: Node }[];
  /** Taken when no condition is true; null = nothing is done (the gateway is passed through). */
  otherwise: Node | null;
}
export interface ParallelNode {
  type: 'parallel';
  id: string;
  name: string;
  branches: Node[];
  join: { policy: 'all' | 'any' | 'ratio'; ratio?: number };
  resultVariable: string;
}
export interface AutomaticNode {
  type: 'automatic';
  id: string;
  name: string;
  operation:
    | { kind: 'compute'; assignments: { variable: string; expression: string }[] }
    | { kind: 'notify'; template: string; to: 'applicant' | 'handlers' };
}
export interface CopyToNode {
  type: 'copy_to';
  id: string;
  name: string;
  roles: string[];
  departments: DepartmentRef[];
  note: string;
}
export type Node = SequenceNode | TaskNode | ExclusiveNode | ParallelNode | AutomaticNode | CopyToNode;
export interface ProcessDefinition {
  schemaVersion: 1;
  name: string;
  root: SequenceNode;
}

// ---------------------------------------------------------------- TypeBox schema (edge contract)

const Id = Type.String({ minLength: 1, maxLength: 64, description: 'node id, unique in the definition; also the BPMN element id' });
const Name = Type.String({ minLength: 1, maxLength: 100 });
const literals = <T extends string>(values: readonly T[], description: string) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    { description },
  );
const strict = { additionalProperties: false } as const;

const DepartmentRefSchema = Type.Union([
  Type.Object({ kind: Type.Literal('owner') }, strict),
  Type.Object({ kind: Type.Literal('department'), departmentId: Type.String({ format: 'uuid' }) }, strict),
]);
const TaskActionSchema = Type.Object(
  {
    key: Type.String({ minLength: 1, maxLength: 40, description: 'unique within the task' }),
    kind: literals(
      ACTION_KINDS,
      'accept 受理 · refuse 不予受理 · pass 通过 · reject 不同意 · return 退回 · grant 准予许可 · deny 不予许可 · complete 办结',
    ),
    label: Name,
    opinionRequired: Type.Boolean(),
    target: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'return only: id of an earlier task' })),
  },
  strict,
);
const ref = (name: string) => Type.Ref(name);

/** JSON schema of a process definition (recursive: nodes nest). */
export const ProcessDefinition = Type.Cyclic(
  {
    ProcessNode: Type.Union([
      ref('ProcessSequenceNode'),
      ref('ProcessTaskNode'),
      ref('ProcessExclusiveNode'),
      ref('ProcessParallelNode'),
      ref('ProcessAutomaticNode'),
      ref('ProcessCopyToNode'),
    ]),
    ProcessSequenceNode: Type.Object(
      { type: Type.Literal('sequence'), id: Id, children: Type.Array(ref('ProcessNode'), { minItems: 1, maxItems: 100 }) },
      strict,
    ),
    ProcessTaskNode: Type.Object(
      {
        type: Type.Literal('task'),
        id: Id,
        name: Name,
        phase: literals(PHASES, '预审 · 受理 · 审查 · 决定 · 办结'),
        role: Type.String({ minLength: 1, maxLength: 40, description: 'a staff role' }),
        departments: Type.Array(DepartmentRefSchema, { minItems: 1, maxItems: 20 }),
        limitDays: Type.Integer({ minimum: 0, maximum: 999, description: 'time limit in working days' }),
        actions: Type.Array(TaskActionSchema, { minItems: 1, maxItems: 10 }),
      },
      strict,
    ),
    ProcessExclusiveNode: Type.Object(
      {
        type: Type.Literal('exclusive'),
        id: Id,
        name: Name,
        branches: Type.Array(
          Type.Object(
            {
              id: Id,
              name: Name,
              condition: Type.String({ minLength: 1, maxLength: 500, description: 'FEEL boolean expression' }),
              body: ref('ProcessNode'),
            },
            strict,
          ),
          { minItems: 1, maxItems: 20 },
        ),
        otherwise: Type.Union([ref('ProcessNode'), Type.Null()]),
      },
      strict,
    ),
    ProcessParallelNode: Type.Object(
      {
        type: Type.Literal('parallel'),
        id: Id,
        name: Name,
        branches: Type.Array(ref('ProcessNode'), { minItems: 1, maxItems: 20 }),
        join: Type.Object(
          {
            policy: literals(['all', 'any', 'ratio'] as const, 'all 全部同意 · any 任一同意 · ratio 按比例'),
            ratio: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1 })),
          },
          strict,
        ),
        resultVariable: Type.String({ minLength: 1, maxLength: 64, description: 'set to true/false when the join fires' }),
      },
      strict,
    ),
    ProcessAutomaticNode: Type.Object(
      {
        type: Type.Literal('automatic'),
        id: Id,
        name: Name,
        operation: Type.Union([
          Type.Object(
            {
              kind: Type.Literal('compute'),
              assignments: Type.Array(
                Type.Object(
                  { variable: Type.String({ minLength: 1, maxLength: 64 }), expression: Type.String({ minLength: 1, maxLength: 500 }) },
                  strict,
                ),
                { minItems: 1, maxItems: 20 },
              ),
            },
            strict,
          ),
          Type.Object(
            {
              kind: Type.Literal('notify'),
              template: Type.String({ minLength: 1, maxLength: 100 }),
              to: literals(['applicant', 'handlers'] as const, '通知对象'),
            },
            strict,
          ),
        ]),
      },
      strict,
    ),
    ProcessCopyToNode: Type.Object(
      {
        type: Type.Literal('copy_to'),
        id: Id,
        name: Name,
        roles: Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 10 }),
        departments: Type.Array(DepartmentRefSchema, { maxItems: 20 }),
        note: Type.String({ maxLength: 500 }),
      },
      strict,
    ),
    ProcessDefinition: Type.Object(
      { schemaVersion: Type.Literal(1), name: Name, root: ref('ProcessSequenceNode') },
      { ...strict, description: '办理流程定义' },
    ),
  },
  'ProcessDefinition',
);
