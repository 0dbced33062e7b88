// Task assignment entries (签收, 退回待签, 转办) sit in the action log beside the lifecycle actions; a replay
// skips them, so the stored state still equals the replay of the log. They can never be applied as actions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { standardDefinition } from '../process/standard-definition.js';
import {
  allowedNow,
  applyLifecycle,
  INITIAL_STATE,
  isTaskAssignment,
  LifecycleError,
  replayApplication,
  TASK_ASSIGNMENT_TYPES,
  type LifecycleAction,
  type LoggedAction,
  type TaskAssignmentEntry,
} from './lifecycle.js';

const def = standardDefinition({ name: '一般程序' });

/** submit, then the first allowed task action until the instance ends: accept → pass → grant → complete. */
function straightRun(): LifecycleAction[] {
  const log: LifecycleAction[] = [{ type: 'submit', variables: {} }];
  let s = applyLifecycle(def, INITIAL_STATE, log[0]!).state;
  for (let i = 0; i < 10; i++) {
    const task = allowedNow(def, s).tasks.find((t) => ['accept', 'pass', 'grant', 'complete'].includes(t.kind));
    if (!task) break;
    const a: LifecycleAction = { type: 'task', taskId: task.taskId, actionKey: task.actionKey, actorId: 'u1' };
    s = applyLifecycle(def, s, a).state;
    log.push(a);
  }
  return log;
}

describe('task assignment entries in the action log', () => {
  it('are recognised by type', () => {
    for (const type of TASK_ASSIGNMENT_TYPES) expect(isTaskAssignment({ type })).toBe(true);
    for (const type of ['submit', 'task', 'withdraw', 'task_claimed', 'claim']) expect(isTaskAssignment({ type })).toBe(false);
  });

  it('change nothing in a replay, wherever they stand', () => {
    const run = straightRun();
    expect(run.length).toBe(5);
    const plain = replayApplication(def, run);
    expect(plain.status).toBe('completed');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: run.length }), fc.constantFrom(...TASK_ASSIGNMENT_TYPES)), { maxLength: 12 }),
        (inserts) => {
          const log: LoggedAction[] = [...run];
          // insert after the submit at the latest-first positions so earlier indexes stay valid
          for (const [at, type] of [...inserts].sort((a, b) => b[0] - a[0])) {
            const entry: TaskAssignmentEntry = { type, taskId: 'review:1' };
            log.splice(Math.max(1, at), 0, entry);
          }
          expect(replayApplication(def, log)).toEqual(plain);
        },
      ),
    );
  });

  it('are refused when applied as a lifecycle action (only a replay skips them)', () => {
    const submitted = applyLifecycle(def, INITIAL_STATE, { type: 'submit', variables: {} }).state;
    expect(() => applyLifecycle(def, submitted, { type: 'task_claim', taskId: 'accept:1' } as unknown as LifecycleAction)).toThrow(
      LifecycleError,
    );
  });

  it('do not hide a broken log: an unknown type still fails the replay', () => {
    const log = [...straightRun(), { type: 'task_reassign', taskId: 'x' } as unknown as LoggedAction];
    expect(() => replayApplication(def, log)).toThrow(LifecycleError);
  });
});
