import { describe, expect, it } from 'vitest';
import type { ProcessDefinition } from './definition.js';
import { standardDefinition } from './standard-definition.js';
import { action, decisionTask, definition, parallel, seq, task } from './test-definitions.js';
import { validateDefinition } from './validate-definition.js';

const codes = (def: ProcessDefinition) => validateDefinition(def).map((p) => `${p.code}@${p.path}`);
const DEPT = '00000000-0000-4000-8000-00000000000a';

describe('validateDefinition', () => {
  it('accepts every standard definition', () => {
    for (const opts of [{}, { jointDepartments: [DEPT] }, { instant: true }, { withCompletion: false, acceptRole: 'reviewer' }]) {
      expect(validateDefinition(standardDefinition({ name: '标准流程', ...opts }))).toEqual([]);
    }
  });

  it('reports shape errors with a path, before anything else', () => {
    const bad = definition(task('t', ['grant']));
    (bad.root.children[0] as { limitDays: number }).limitDays = 1000;
    const problems = validateDefinition(bad);
    expect(problems.every((p) => p.code === 'SCHEMA_INVALID')).toBe(true);
    expect(problems.map((p) => p.path)).toContain('root.children[0].limitDays');
    expect(problems[0]!.message).toMatch(/^流程定义格式不正确/);
    expect(codes({ schemaVersion: 1, name: 'x' } as unknown as ProcessDefinition)[0]).toMatch(/^SCHEMA_INVALID/);
  });

  it('requires department ids to be UUIDs', () => {
    const def = definition(task('a', ['pass'], [{ kind: 'department', departmentId: 'not-a-uuid' }]), decisionTask());
    expect(codes(def).length).toBeGreaterThan(0);
    expect(codes(def).every((c) => c.startsWith('SCHEMA_INVALID@root.children[0].departments[0]'))).toBe(true);
  });

  it('requires unique ids across nodes and branches', () => {
    const def = definition(task('a', ['pass']), seq('a', task('b', ['grant'])));
    expect(codes(def)).toEqual(['DUPLICATE_ID@root.children[1]']);
  });

  it('requires staff roles, unique action keys and a way forward', () => {
    const t = task('a', ['grant', 'deny']);
    t.role = 'citizen';
    t.actions.push(action('deny'));
    const stuck = task('s', [action('return', 'a')]);
    expect(codes(definition(t, stuck))).toEqual([
      'UNKNOWN_ROLE@root.children[0].role',
      'DUPLICATE_ACTION_KEY@root.children[0].actions[2].key',
      'NO_FORWARD_ACTION@root.children[1].actions',
    ]);
  });

  it('checks FEEL syntax of conditions and computations, and variable names', () => {
    const def = definition(
      { type: 'automatic', id: 'c', name: '计算', operation: { kind: 'compute', assignments: [{ variable: '1x', expression: 'a +' }] } },
      {
        type: 'exclusive',
        id: 'x',
        name: '分支',
        branches: [{ id: 'b1', name: '一', condition: 'amount >', body: decisionTask('d1') }],
        otherwise: decisionTask('d2'),
      },
    );
    expect(codes(def)).toEqual([
      'VARIABLE_NAME@root.children[0].operation.assignments[0].variable',
      'FEEL_SYNTAX@root.children[0].operation.assignments[0].expression',
      'FEEL_SYNTAX@root.children[1].branches[0].condition',
    ]);
  });

  it('allows returns only to an earlier task reachable through sequences, never across a parallel', () => {
    const ok = definition(seq('s', task('first', ['pass'])), task('second', ['pass', action('return', 'first')]), decisionTask());
    expect(codes(ok)).toEqual([]);
    const forward = definition(task('first', ['pass', action('return', 'later')]), task('later', ['pass']), decisionTask());
    expect(codes(forward)).toEqual(['RETURN_TARGET_INVALID@root.children[0].actions[1].target']);
    const across = definition(
      task('first', ['pass']),
      parallel('p', 'all', [task('v', ['pass', 'reject', action('return', 'first')])]),
      decisionTask(),
    );
    expect(codes(across)).toEqual(['RETURN_TARGET_INVALID@root.children[1].branches[0].actions[2].target']);
    const intoBranch = definition(
      {
        type: 'exclusive',
        id: 'x',
        name: 'x',
        branches: [{ id: 'xb', name: 'xb', condition: 'true', body: task('inside', ['pass']) }],
        otherwise: null,
      },
      task('after', ['pass', action('return', 'inside')]),
      decisionTask(),
    );
    expect(codes(intoBranch)).toEqual(['RETURN_TARGET_INVALID@root.children[1].actions[1].target']);
    const missing = definition(task('a', ['grant', { key: 'r', kind: 'return', label: '退回', opinionRequired: true }]));
    expect(codes(missing)).toEqual(['RETURN_TARGET_MISSING@root.children[0].actions[1].target']);
  });

  it('keeps acceptance and decisions out of parallel branches, and votes inside them', () => {
    const def = definition(parallel('p', 'all', [task('v', ['grant', 'pass'])]), task('r', ['reject', 'pass']), decisionTask());
    expect(codes(def)).toEqual([
      'ACTION_IN_PARALLEL@root.children[0].branches[0].actions[0].kind',
      'REJECT_OUTSIDE_VOTE@root.children[1].actions[0].kind',
    ]);
  });

  it('limits joint tasks to votes and requires distinct departments', () => {
    const joint = task('j', ['grant', 'pass'], [{ kind: 'owner' }, { kind: 'owner' }]);
    expect(codes(definition(joint, decisionTask()))).toEqual([
      'DUPLICATE_DEPARTMENT@root.children[0].departments',
      'JOINT_TASK_ACTION@root.children[0].actions[0].kind',
    ]);
  });

  it('requires a ratio for ratio joins and a FEEL name for the result variable', () => {
    const p = parallel('p', 'ratio', [task('v', ['pass', 'reject'])]);
    p.resultVariable = 'not ok';
    expect(codes(definition(p, decisionTask()))).toEqual([
      'RATIO_INVALID@root.children[0].join.ratio',
      'VARIABLE_NAME@root.children[0].resultVariable',
    ]);
  });

  it('requires a grant/deny decision on every path that is not refused', () => {
    expect(codes(definition(task('a', ['accept', 'refuse']), task('b', ['complete'])))).toEqual(['NO_DECISION@root']);
    const gap = definition({
      type: 'exclusive',
      id: 'x',
      name: 'x',
      branches: [{ id: 'xb', name: 'xb', condition: 'big', body: decisionTask() }],
      otherwise: null,
    });
    expect(codes(gap)).toEqual(['NO_DECISION@root']);
    gap.root.children[0] = {
      ...(gap.root.children[0] as Extract<(typeof gap.root.children)[0], { type: 'exclusive' }>),
      otherwise: decisionTask('d2'),
    };
    expect(codes(gap)).toEqual([]);
    expect(codes(definition(task('a', ['grant', 'pass'])))).toEqual(['NO_DECISION@root']);
  });
});
