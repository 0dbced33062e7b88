/**
 * Process definitions (办理流程定义): a block-structured tree, stored as JSON and checked by the
 * TypeBox schema `ProcessDefinition` at the edge; `validateDefinition` checks the rules a schema cannot
 * express (unique ids, return targets, FEEL syntax, decision coverage). Semantics: see engine.ts.
 * The TypeScript types live in common (`@onewindow/common/process`, shared with the web designer); the
 * schema below is asserted at compile time to describe exactly those types.
 */
import { Type, type Static, type TLiteral, type TUnion } from 'typebox';
import { ACTION_KINDS, PHASES, type ProcessDefinition as ProcessDefinitionType, type ProcessNode } from '@onewindow/common/process';

export {
  ACTION_KINDS,
  PHASES,
  type ActionKind,
  type AutomaticNode,
  type CopyToNode,
  type DepartmentRef,
  type ExclusiveNode,
  type ParallelNode,
  type Phase,
  type SequenceNode,
  type TaskAction,
  type TaskNode,
} from '@onewindow/common/process';
/** A node of the tree (`ProcessNode` in common). */
export type Node = ProcessNode;
/** The definition as a type (common); the value of the same name below is its JSON schema. */
export type ProcessDefinition = ProcessDefinitionType;

// ---------------------------------------------------------------- TypeBox schema (edge contract)

const Id = Type.String({ minLength: 1, maxLength: 64, description: 'node id, unique in the definition; also the BPMN element id' });
const Name = Type.String({ minLength: 1, maxLength: 100 });
/** anyOf the values; typed as their union (TypeBox cannot infer a union from an array; the schema is the same). */
const literals = <T extends string>(values: readonly T[], description: string) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    { description },
  ) as unknown as TUnion<[TLiteral<T>]>;
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
const ref = <N extends string>(name: N) => Type.Ref(name);

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

// The schema and the shared types must describe the same JSON: this fails to compile when they drift.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
export type _SchemaMatchesTypes = Assert<Equal<Static<typeof ProcessDefinition>, ProcessDefinitionType>>;
