import { describe, expect, it } from 'vitest';
import { allowedActions, applyAction, replay, startInstance, type EngineAction } from './engine.js';
import { standardDefinition } from './standard-definition.js';
import {
  captureEngineError as captureError,
  complete,
  decisionTask,
  definition,
  drive,
  openIds,
  openTasks,
  task,
} from './test-definitions.js';

const types = (effects: { type: string }[]) => effects.map((e) => e.type);

describe('sequence and tasks (standard flow)', () => {
  const def = standardDefinition({ name: '食品经营许可' });

  it('opens the acceptance task first, entering the acceptance phase', () => {
    const { state, effects } = startInstance(def, {});
    expect(state.status).toBe('running');
    expect(openIds(state)).toEqual(['acceptance:1']);
    expect(types(effects)).toEqual(['phase_entered', 'task_created']);
    expect(openTasks(state)[0]).toMatchObject({ role: 'window_clerk', phase: 'acceptance', limitDays: 5, department: { kind: 'owner' } });
  });

  it('runs 受理 → 审查 → 决定 → 办结 and completes with the decision', () => {
    let { state } = startInstance(def, {});
    let step = applyAction(def, state, complete('acceptance:1', 'accept'));
    expect(step.state.accepted).toBe(true);
    expect(types(step.effects)).toEqual(['task_completed', 'accepted', 'phase_entered', 'task_created']);
    state = drive(def, step.state, [complete('review:2', 'pass')]);
    expect(openIds(state)).toEqual(['decision:3']);
    step = applyAction(def, state, complete('decision:3', 'grant', { opinion: null }));
    expect(step.effects).toContainEqual({ type: 'decision', decision: 'granted' });
    expect(step.effects).toContainEqual({ type: 'notify', nodeId: 'notify_decision', template: 'decision_made', to: 'applicant' });
    expect(openIds(step.state)).toEqual(['completion:4']);
    step = applyAction(def, step.state, complete('completion:4', 'complete'));
    expect(step.state).toMatchObject({ status: 'completed', result: 'granted', decision: 'granted', run: null });
    expect(step.effects.at(-1)).toEqual({ type: 'instance_ended', status: 'completed', result: 'granted' });
    expect(step.state.tasks.map((t) => [t.id, t.status, t.actionKey, t.actorId])).toEqual([
      ['acceptance:1', 'done', 'accept', 'actor-1'],
      ['review:2', 'done', 'pass', 'actor-1'],
      ['decision:3', 'done', 'grant', 'actor-1'],
      ['completion:4', 'done', 'complete', 'actor-1'],
    ]);
  });

  it('a deny decision completes with result denied', () => {
    const { state } = startInstance(def, {});
    const end = drive(def, state, [
      complete('acceptance:1', 'accept'),
      complete('review:2', 'pass'),
      complete('decision:3', 'deny'),
      complete('completion:4', 'complete'),
    ]);
    expect(end).toMatchObject({ status: 'completed', result: 'denied' });
  });

  it('never mutates the state it is given', () => {
    const { state } = startInstance(def, {});
    const before = structuredClone(state);
    applyAction(def, state, complete('acceptance:1', 'accept'));
    expect(state).toEqual(before);
  });
});

describe('return (退回)', () => {
  const def = standardDefinition({ name: '退回测试' });
  const accepted = () => drive(def, startInstance(def, {}).state, [complete('acceptance:1', 'accept'), complete('review:2', 'pass')]);

  it('goes back to an earlier task, opening it anew', () => {
    const step = applyAction(def, accepted(), complete('decision:3', 'return'));
    expect(openIds(step.state)).toEqual(['review:4']);
    expect(step.state.phase).toBe('review');
    expect(types(step.effects)).toEqual(['task_completed', 'phase_entered', 'task_created']);
  });

  it('can go back twice, and acceptance is announced only once', () => {
    let state = drive(def, accepted(), [complete('decision:3', 'return'), complete('review:4', 'return')]);
    expect(openIds(state)).toEqual(['acceptance:5']);
    const step = applyAction(def, state, complete('acceptance:5', 'accept'));
    expect(types(step.effects)).not.toContain('accepted');
    state = drive(def, step.state, [complete('review:6', 'pass'), complete('decision:7', 'grant'), complete('completion:8', 'complete')]);
    expect(state.result).toBe('granted');
  });

  it('leaves an exclusive branch and re-runs a parallel, whose new activation fires its own join', () => {
    const joint = standardDefinition({ name: '会签退回', jointDepartments: ['00000000-0000-4000-8000-000000000001'] });
    let state = drive(joint, startInstance(joint, {}).state, [
      complete('acceptance:1', 'accept'),
      complete('review:2', 'pass'),
      complete('joint_review_1:4', 'object'),
      complete('decision_objected:5', 'return'),
    ]);
    expect(openIds(state)).toEqual(['review:6']);
    state = drive(joint, state, [complete('review:6', 'pass'), complete('joint_review_1:8', 'agree')]);
    expect(state.joins.map((j) => [j.serial, j.result])).toEqual([
      [3, false],
      [7, true],
    ]);
    expect(state.variables.jointApproved).toBe(true);
    expect(openIds(state)).toEqual(['decision:9']);
  });

  it('requires the opinion the action asks for', () => {
    const err = captureError(() => applyAction(def, accepted(), complete('decision:3', 'return', { opinion: '  ' })));
    expect(err.code).toBe('OPINION_REQUIRED');
    expect(err.allowed.map((a) => a.actionKey)).toEqual(['grant', 'deny', 'return']);
  });

  it('cancels the other open items of a joint task it leaves', () => {
    const joint = task(
      'joint',
      ['pass', 'reject', { key: 'back', kind: 'return', label: '退回', opinionRequired: false, target: 'first' }],
      [{ kind: 'owner' }, { kind: 'department', departmentId: 'd2' }],
    );
    const d = definition(task('first', ['pass']), joint, decisionTask());
    const state = drive(d, startInstance(d, {}).state, [complete('first:1', 'pass')]);
    expect(openIds(state)).toEqual(['joint:2:0', 'joint:2:1']);
    const step = applyAction(d, state, complete('joint:2:1', 'back'));
    expect(step.effects).toContainEqual({ type: 'task_cancelled', taskId: 'joint:2:0' });
    expect(openIds(step.state)).toEqual(['first:3']);
  });
});

describe('cancel, refuse and rejected actions', () => {
  const def = standardDefinition({
    name: '撤回测试',
    jointDepartments: ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'],
  });

  it('cancel closes every open item and terminates', () => {
    const state = drive(def, startInstance(def, {}).state, [complete('acceptance:1', 'accept'), complete('review:2', 'pass')]);
    expect(openIds(state)).toEqual(['joint_review_1:4', 'joint_review_2:5']);
    const step = applyAction(def, state, { type: 'cancel', reason: '申请人撤回' });
    expect(step.state).toMatchObject({ status: 'terminated', result: 'cancelled', run: null });
    expect(types(step.effects)).toEqual(['task_cancelled', 'task_cancelled', 'instance_ended']);
    expect(allowedActions(def, step.state)).toEqual([]);
    const err = captureError(() => applyAction(def, step.state, complete('joint_review_1:4', 'agree')));
    expect(err.code).toBe('INSTANCE_ENDED');
  });
  it('refuse ends the instance as refused', () => {
    const step = applyAction(def, startInstance(def, {}).state, complete('acceptance:1', 'refuse', { opinion: '不属于本机关职权范围' }));
    expect(step.state).toMatchObject({ status: 'completed', result: 'refused', accepted: false });
    expect(step.state.tasks[0]).toMatchObject({ opinion: '不属于本机关职权范围', status: 'done' });
  });
  it('an objection in the joint review leaves only deny or return', () => {
    const state = drive(def, startInstance(def, {}).state, [
      complete('acceptance:1', 'accept'),
      complete('review:2', 'pass'),
      complete('joint_review_2:5', 'object'),
    ]);
    expect(allowedActions(def, state).map((a) => `${a.taskId}/${a.actionKey}`)).toEqual([
      'decision_objected:6/deny',
      'decision_objected:6/return',
    ]);
  });
  it('unknown tasks and keys are refused with the allowed list', () => {
    const { state } = startInstance(def, {});
    for (const bad of [complete('acceptance:1', 'grant'), complete('review:2', 'pass')]) {
      const err = captureError(() => applyAction(def, state, bad));
      expect(err.code).toBe('ACTION_NOT_ALLOWED');
      expect(err.allowed.map((a) => a.actionKey)).toEqual(['accept', 'refuse']);
    }
  });
  it('replay folds the log over a fresh start', () => {
    const log: EngineAction[] = [complete('acceptance:1', 'accept'), complete('review:2', 'pass'), complete('joint_review_1:4', 'agree')];
    expect(replay(def, { x: 1 }, log)).toEqual(drive(def, startInstance(def, { x: 1 }).state, log));
  });
});
