import { describe, expect, it } from 'vitest';
import type { ProcessDefinition } from './definition.js';
import { applyAction, startInstance } from './engine.js';
import { complete, decisionTask, definition, drive, openIds, openTasks, parallel, seq, task } from './test-definitions.js';

describe('exclusive gateway with FEEL', () => {
  const def = definition(
    task('intake', ['pass']),
    {
      type: 'exclusive',
      id: 'route',
      name: '按金额',
      branches: [
        { id: 'large', name: '大额', condition: 'amount > 100 and category = "food"', body: task('large_review', ['pass']) },
        { id: 'medium', name: '中额', condition: 'amount > 10', body: task('medium_review', ['pass']) },
      ],
      otherwise: null,
    },
    decisionTask(),
  );
  const routeWith = (vars: Record<string, unknown>, actionVars?: Record<string, unknown>) =>
    openIds(drive(def, startInstance(def, vars).state, [complete('intake:1', 'pass', actionVars ? { variables: actionVars } : {})]));

  it('takes the first branch whose condition is true', () => {
    expect(routeWith({ amount: 500, category: 'food' })).toEqual(['large_review:2']);
    expect(routeWith({ amount: 500, category: 'drug' })).toEqual(['medium_review:2']);
  });
  it('sees variables set by the completing action', () => {
    expect(routeWith({ amount: 1 }, { amount: 50 })).toEqual(['medium_review:2']);
  });
  it('passes through when nothing matches and there is no otherwise; errors count as false', () => {
    expect(routeWith({ amount: 1 })).toEqual(['decide:2']);
    expect(routeWith({ amount: 'many' })).toEqual(['decide:2']);
    expect(routeWith({})).toEqual(['decide:2']);
  });
});

describe('parallel joins with votes', () => {
  const branches = () => [task('a', ['pass', 'reject']), task('b', ['pass', 'reject']), task('c', ['pass', 'reject'])];
  const run = (policy: 'all' | 'any' | 'ratio', ratio: number | undefined, actions: [string, string][]) => {
    const def = definition(parallel('vote', policy, branches(), ratio), decisionTask());
    const start = startInstance(def, {});
    expect(openIds(start.state)).toEqual(['a:2', 'b:3', 'c:4']);
    const effects = [];
    let state = start.state;
    for (const [id, key] of actions) {
      const step = applyAction(def, state, complete(id, key));
      effects.push(...step.effects);
      state = step.state;
    }
    return { state, effects };
  };

  it('all: the first no decides at once and cancels the rest', () => {
    const { state, effects } = run('all', undefined, [
      ['a:2', 'pass'],
      ['b:3', 'reject'],
    ]);
    expect(state.variables).toMatchObject({ voteResult: false, voteResult_votes: { yes: 1, no: 1, total: 3, required: 3 } });
    expect(effects).toContainEqual({ type: 'task_cancelled', taskId: 'c:4' });
    expect(state.joins).toEqual([{ nodeId: 'vote', serial: 1, result: false, yes: 1, no: 1 }]);
    expect(openIds(state)).toEqual(['decide:5']);
  });
  it('all: yes when every branch passes', () => {
    const { state } = run('all', undefined, [
      ['a:2', 'pass'],
      ['c:4', 'pass'],
      ['b:3', 'pass'],
    ]);
    expect(state.variables.voteResult).toBe(true);
    expect(state.joins).toHaveLength(1);
  });
  it('any: the first yes decides', () => {
    const { state } = run('any', undefined, [
      ['a:2', 'reject'],
      ['b:3', 'pass'],
    ]);
    expect(state.variables).toMatchObject({ voteResult: true, voteResult_votes: { yes: 1, no: 1, required: 1 } });
    expect(state.tasks.find((t) => t.id === 'c:4')?.status).toBe('cancelled');
  });
  it('any: no only when every branch says no', () => {
    const { state } = run('any', undefined, [
      ['a:2', 'reject'],
      ['b:3', 'reject'],
      ['c:4', 'reject'],
    ]);
    expect(state.variables.voteResult).toBe(false);
  });
  it('ratio: ⌈0.6 × 3⌉ = 2 yes votes needed', () => {
    expect(
      run('ratio', 0.6, [
        ['a:2', 'pass'],
        ['b:3', 'reject'],
        ['c:4', 'pass'],
      ]).state.variables.voteResult,
    ).toBe(true);
    expect(
      run('ratio', 0.6, [
        ['a:2', 'reject'],
        ['b:3', 'reject'],
      ]).state.variables.voteResult,
    ).toBe(false);
  });
  it('a reject deep inside a branch ends only that branch, as its no vote', () => {
    const def = definition(
      parallel('p', 'any', [seq('s1', task('x1', ['reject', 'pass']), task('x2', ['pass'])), task('y', ['pass', 'reject'])]),
      decisionTask(),
    );
    const start = startInstance(def, {}).state;
    expect(openIds(start)).toEqual(['x1:2', 'y:3']);
    const afterNo = drive(def, start, [complete('x1:2', 'reject')]);
    expect(openIds(afterNo)).toEqual(['y:3']);
    expect(drive(def, afterNo, [complete('y:3', 'reject')]).variables.pResult).toBe(false);
    const afterPass = drive(def, start, [complete('x1:2', 'pass')]);
    expect(openIds(afterPass)).toEqual(['y:3', 'x2:4']);
    const end = drive(def, afterPass, [complete('x2:4', 'pass')]);
    expect(end.variables.pResult).toBe(true);
    expect(end.tasks.find((t) => t.id === 'y:3')?.status).toBe('cancelled');
  });
  it('a return inside a branch stays inside that branch', () => {
    const back = { key: 'back', kind: 'return' as const, label: '退回', opinionRequired: false, target: 'b1' };
    const def = definition(
      parallel('p', 'all', [seq('s1', task('b1', ['pass']), task('b2', ['pass', 'reject', back])), task('y', ['pass'])]),
      decisionTask(),
    );
    const state = drive(def, startInstance(def, {}).state, [complete('b1:2', 'pass'), complete('b2:4', 'back')]);
    expect(openIds(state)).toEqual(['y:3', 'b1:5']);
    expect(state.joins).toEqual([]);
    const end = drive(def, state, [complete('y:3', 'pass'), complete('b1:5', 'pass'), complete('b2:6', 'pass')]);
    expect(end.joins).toEqual([{ nodeId: 'p', serial: 1, result: true, yes: 2, no: 0 }]);
  });
});

describe('joint (multi-department) task', () => {
  const def = definition(
    task(
      'joint',
      ['pass', 'reject'],
      [{ kind: 'owner' }, { kind: 'department', departmentId: 'd2' }, { kind: 'department', departmentId: 'd3' }],
    ),
    decisionTask(),
  );

  it('opens one item per department and waits for all of them', () => {
    const { state } = startInstance(def, {});
    expect(openTasks(state).map((t) => [t.id, t.department])).toEqual([
      ['joint:1:0', { kind: 'owner' }],
      ['joint:1:1', { kind: 'department', departmentId: 'd2' }],
      ['joint:1:2', { kind: 'department', departmentId: 'd3' }],
    ]);
    const after = drive(def, state, [complete('joint:1:0', 'pass'), complete('joint:1:2', 'reject')]);
    expect(openIds(after)).toEqual(['joint:1:1']);
  });
  it('passes only when every department passes', () => {
    const s = startInstance(def, {}).state;
    expect(
      drive(
        def,
        s,
        ['joint:1:0', 'joint:1:1', 'joint:1:2'].map((id) => complete(id, 'pass')),
      ).variables.joint_passed,
    ).toBe(true);
    const no = drive(def, s, [complete('joint:1:0', 'pass'), complete('joint:1:1', 'reject'), complete('joint:1:2', 'pass')]);
    expect(no.variables.joint_passed).toBe(false);
    expect(openIds(no)).toEqual(['decide:2']);
  });
});

describe('automatic steps and copy-to', () => {
  const def: ProcessDefinition = definition(
    {
      type: 'automatic',
      id: 'fee',
      name: '计算',
      operation: {
        kind: 'compute',
        assignments: [
          { variable: 'fee', expression: 'area * 2' },
          { variable: 'big', expression: 'fee > 100' },
        ],
      },
    },
    { type: 'automatic', id: 'tell', name: '通知', operation: { kind: 'notify', template: 'received', to: 'applicant' } },
    { type: 'copy_to', id: 'cc', name: '抄送', roles: ['supervisor'], departments: [{ kind: 'owner' }], note: '备案' },
    {
      type: 'exclusive',
      id: 'x',
      name: '大小',
      branches: [{ id: 'x_big', name: '大', condition: 'big', body: task('big_review', ['pass']) }],
      otherwise: null,
    },
    decisionTask(),
  );
  it('computes in order, notifies and copies before the first task', () => {
    const { state, effects } = startInstance(def, { area: 60 });
    expect(state.variables).toEqual({ area: 60, fee: 120, big: true });
    expect(effects.slice(0, 3)).toEqual([
      { type: 'variables_set', values: { fee: 120, big: true } },
      { type: 'notify', nodeId: 'tell', template: 'received', to: 'applicant' },
      { type: 'copy_to', nodeId: 'cc', roles: ['supervisor'], departments: [{ kind: 'owner' }], note: '备案' },
    ]);
    expect(openIds(state)).toEqual(['big_review:1']);
    expect(openIds(startInstance(def, { area: 10 }).state)).toEqual(['decide:1']);
  });
});
