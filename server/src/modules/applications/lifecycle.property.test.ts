// Property tests of the statutory lifecycle over the engine: random walks through allowed and illegal
// actions on the standard definitions. Illegal actions are refused without change; final statuses stay
// final with no open task; a withdrawal is only possible before the decision; the state always equals a
// replay of the accepted actions.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { standardDefinition } from '../process/standard-definition.js';
import {
  allowedNow,
  applyLifecycle,
  FINAL_STATUSES,
  INITIAL_STATE,
  LifecycleError,
  replayApplication,
  type LifecycleAction,
  type LifecycleState,
} from './lifecycle.js';

const DEFINITIONS = [
  standardDefinition({ name: '一般程序' }),
  standardDefinition({ name: '即办', instant: true }),
  standardDefinition({ name: '会签', jointDepartments: ['d1', 'd2'] }),
  standardDefinition({ name: '无办结', withCompletion: false }),
];

const ALL_TYPES: LifecycleAction['type'][] = [
  'submit',
  'task',
  'request_correction',
  'resubmit',
  'tolerate',
  'tolerance_fulfilled',
  'special_start',
  'special_end',
  'extend',
  'deliver',
  'withdraw',
  'terminate',
];

function actionFor(s: LifecycleState, def: (typeof DEFINITIONS)[number], pick: number, type: LifecycleAction['type']): LifecycleAction {
  if (type === 'submit' || type === 'resubmit') return { type, variables: {} };
  if (type === 'task') {
    const tasks = allowedNow(def, s).tasks;
    const t = tasks[pick % Math.max(1, tasks.length)];
    return { type: 'task', taskId: t?.taskId ?? 'none:1', actionKey: t?.actionKey ?? 'none', actorId: 'u1', opinion: '意见' };
  }
  return { type } as LifecycleAction;
}

describe('application lifecycle (property)', () => {
  it('random walks keep the lifecycle invariants', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: DEFINITIONS.length - 1 }),
        fc.array(fc.tuple(fc.boolean(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 60 }),
        (defIndex, steps) => {
          const def = DEFINITIONS[defIndex]!;
          let s = INITIAL_STATE;
          const accepted: LifecycleAction[] = [];
          let decided = false;
          for (const [legal, pick, typePick] of steps) {
            const allowed = allowedNow(def, s);
            const types = legal && allowed.actions.length ? allowed.actions : ALL_TYPES;
            const type = types[typePick % types.length]!;
            const action = actionFor(s, def, pick, type);
            const before = JSON.stringify(s);
            try {
              const next = applyLifecycle(def, s, action).state;
              expect(allowed.actions).toContain(action.type);
              if (action.type === 'withdraw') expect(decided).toBe(false);
              s = next;
              accepted.push(action);
              if (s.engine?.decision) decided = true;
            } catch (err) {
              expect(err).toBeInstanceOf(LifecycleError);
              expect(JSON.stringify(s)).toBe(before);
            }
            if (FINAL_STATUSES.includes(s.status) || s.status === 'completed') {
              expect(s.engine?.tasks.some((t) => t.status === 'open') ?? false).toBe(false);
            }
            if (FINAL_STATUSES.includes(s.status)) expect(allowedNow(def, s)).toEqual({ actions: [], tasks: [] });
          }
          expect(replayApplication(def, accepted)).toEqual(s);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a legal walk always reaches an end', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: DEFINITIONS.length - 1 }),
        fc.array(fc.nat(), { minLength: 80, maxLength: 80 }),
        (defIndex, picks) => {
          const def = DEFINITIONS[defIndex]!;
          let s = INITIAL_STATE;
          for (const pick of picks) {
            const allowed = allowedNow(def, s);
            if (allowed.actions.length === 0) break;
            // prefer moving forward so walks end: tasks and submit/resubmit/deliver/special_end first
            const forward = allowed.actions.filter((a) =>
              ['task', 'submit', 'resubmit', 'deliver', 'special_end', 'tolerance_fulfilled'].includes(a),
            );
            const types = pick % 5 === 0 ? allowed.actions : forward.length ? forward : allowed.actions;
            const type = types[pick % types.length]!;
            if (type === 'extend' || type === 'tolerate') continue;
            s = applyLifecycle(def, s, actionFor(s, def, pick, type)).state;
          }
          expect([...FINAL_STATUSES, 'completed']).toContain(s.status);
        },
      ),
      { numRuns: 200 },
    );
  });
});
