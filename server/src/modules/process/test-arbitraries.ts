/**
 * fast-check generators of valid process definitions, for the engine's property tests. A random
 * shape is generated first and then turned into a definition: ids are numbered, task actions depend on
 * where the task sits (inside a parallel branch only votes), returns point at an earlier sibling task.
 */
import fc from 'fast-check';
import type { DepartmentRef, Node, ProcessDefinition, TaskAction, TaskNode } from './definition.js';
import { action, task } from './test-definitions.js';

type Shape =
  | { t: 'task'; variant: number; joint: number; returnPick: number | null }
  | { t: 'sequence'; children: Shape[] }
  | { t: 'exclusive'; conditions: number[]; bodies: Shape[]; otherwise: Shape | null }
  | { t: 'parallel'; policy: number; branches: Shape[] }
  | { t: 'compute' }
  | { t: 'notify' }
  | { t: 'copy' };

const CONDITIONS = ['x > 5', 'flag', 'x > 2 and flag', 'missing > 1', 'x < 3 or not(flag)'];
const POLICIES = [{ policy: 'all' }, { policy: 'any' }, { policy: 'ratio', ratio: 0.5 }, { policy: 'ratio', ratio: 1 / 3 }] as const;

const shape = fc.letrec<{ node: Shape }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    {
      weight: 4,
      arbitrary: fc.record({
        t: fc.constant('task' as const),
        variant: fc.nat(3),
        joint: fc.constantFrom(1, 1, 2, 3),
        returnPick: fc.option(fc.nat(5), { nil: null, freq: 2 }),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ t: fc.constant('sequence' as const), children: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
    },
    fc.record({
      t: fc.constant('exclusive' as const),
      conditions: fc.array(fc.nat(CONDITIONS.length - 1), { minLength: 2, maxLength: 2 }),
      bodies: fc.array(tie('node'), { minLength: 1, maxLength: 2 }),
      otherwise: fc.option(tie('node'), { nil: null }),
    }),
    fc.record({
      t: fc.constant('parallel' as const),
      policy: fc.nat(POLICIES.length - 1),
      branches: fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
    }),
    fc.constant({ t: 'compute' as const }),
    fc.constant({ t: 'notify' as const }),
    fc.constant({ t: 'copy' as const }),
  ),
}));

const departments = (n: number): DepartmentRef[] => [
  { kind: 'owner' },
  ...Array.from({ length: n - 1 }, (_, i) => ({
    kind: 'department' as const,
    departmentId: `00000000-0000-4000-8000-00000000000${i + 1}`,
  })),
];

class Builder {
  private n = 0;
  private nextId(prefix: string): string {
    return `${prefix}${++this.n}`;
  }

  node(s: Shape, inBranch: boolean, earlierTasks: string[]): Node {
    switch (s.t) {
      case 'task': {
        const joint = s.joint > 1;
        const kinds: TaskAction[] =
          inBranch || joint
            ? [action('pass'), ...(s.variant % 2 === 0 ? [action('reject', undefined, s.variant === 2)] : [])]
            : [
                [action('pass')],
                [action('accept'), action('refuse', undefined, true)],
                [action('complete')],
                [action('pass', undefined, true)],
              ][s.variant]!;
        if (s.returnPick !== null && earlierTasks.length > 0)
          kinds.push(action('return', earlierTasks[s.returnPick % earlierTasks.length]));
        return task(this.nextId('t'), kinds, departments(s.joint));
      }
      case 'sequence':
        return this.sequence(s.children, inBranch, [], false, earlierTasks);
      case 'exclusive': {
        const id = this.nextId('x');
        return {
          type: 'exclusive',
          id,
          name: `分支 ${id}`,
          branches: s.bodies.map((b, i) => ({
            id: `${id}b${i}`,
            name: `分支 ${i}`,
            condition: CONDITIONS[s.conditions[i] ?? 0]!,
            body: this.node(b, inBranch, earlierTasks),
          })),
          otherwise: s.otherwise ? this.node(s.otherwise, inBranch, earlierTasks) : null,
        };
      }
      case 'parallel': {
        const id = this.nextId('p');
        return {
          type: 'parallel',
          id,
          name: `并行 ${id}`,
          branches: s.branches.map((b) => this.node(b, true, [])),
          join: { ...POLICIES[s.policy]! },
          resultVariable: `${id}_ok`,
        };
      }
      case 'compute':
        return {
          type: 'automatic',
          id: this.nextId('c'),
          name: '计算',
          operation: { kind: 'compute', assignments: [{ variable: 'x', expression: 'if x = null then 1 else x + 1' }] },
        };
      case 'notify':
        return { type: 'automatic', id: this.nextId('n'), name: '通知', operation: { kind: 'notify', template: 'tpl', to: 'handlers' } };
      case 'copy':
        return { type: 'copy_to', id: this.nextId('k'), name: '抄送', roles: ['supervisor'], departments: [], note: '' };
    }
  }

  /**
   * Children of a sequence. A task may return to a task placed directly before it in this sequence or
   * in an enclosing one (`inherited`), reached through sequences and exclusives but never a parallel.
   */
  sequence(
    children: Shape[],
    inBranch: boolean,
    tail: Node[] = [],
    tailReturns = false,
    inherited: string[] = [],
  ): Node & { type: 'sequence' } {
    const id = this.nextId('s');
    const earlier: string[] = [...inherited];
    const nodes = children.map((c) => {
      const node = this.node(c, inBranch, earlier);
      if (node.type === 'task') earlier.push(node.id);
      return node;
    });
    const decision = tail.map((t): Node =>
      t.type === 'task' && tailReturns && earlier.length > 0 ? { ...t, actions: [...t.actions, action('return', earlier[0])] } : t,
    );
    return { type: 'sequence', id, children: [...nodes, ...decision] };
  }
}

/** A valid definition: random blocks, then a decision task (so every path decides). */
export const definitionArbitrary: fc.Arbitrary<ProcessDefinition> = fc
  .record({ body: fc.array(shape.node, { minLength: 0, maxLength: 4 }), decisionReturns: fc.boolean() })
  .map(({ body, decisionReturns }) => {
    const decision: TaskNode = task('decision', ['grant', action('deny', undefined, true)]);
    const b = new Builder();
    return { schemaVersion: 1 as const, name: '随机流程', root: b.sequence(body, false, [decision], decisionReturns) };
  });

/** Random driving: at each step an index into the allowed actions, sometimes a cancel or a bad action. */
export const stepsArbitrary = fc.array(
  fc.record({
    pick: fc.nat(50),
    kind: fc.constantFrom('act', 'act', 'act', 'act', 'act', 'act', 'act', 'act', 'cancel', 'bad'),
    x: fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }),
  }),
  { maxLength: 30 },
);
