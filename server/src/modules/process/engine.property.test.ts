import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProcessDefinition } from './definition.js';
import {
  allowedActions,
  applyAction,
  EngineActionError,
  replay,
  startInstance,
  taskIdsIn,
  type Activation,
  type Effect,
  type EngineAction,
  type EngineState,
} from './engine.js';
import { definitionArbitrary, stepsArbitrary } from './test-arbitraries.js';
import { captureEngineError } from './test-definitions.js';
import { validateDefinition } from './validate-definition.js';

/** Serials of the parallel activations in a run tree. */
function parallelSerials(act: Activation | null): number[] {
  if (!act) return [];
  if (act.kind === 'parallel') return [act.serial, ...act.branches.flatMap((b) => parallelSerials(b.act))];
  if (act.kind === 'task') return [];
  return parallelSerials(act.child);
}

/** Checks one transition: every task is accounted for by exactly the effects that mention it. */
function checkTransition(def: ProcessDefinition, before: EngineState, after: EngineState, effects: Effect[]): void {
  const ids = after.tasks.map((t) => t.id);
  expect(new Set(ids).size).toBe(ids.length); // no duplicated task
  const created = effects.flatMap((e) => (e.type === 'task_created' ? [e.task.id] : []));
  expect(ids).toEqual([...before.tasks.map((t) => t.id), ...created]); // no task lost, none appears silently
  for (const t of after.tasks) {
    const old = before.tasks.find((b) => b.id === t.id);
    const completed = effects.filter((e) => e.type === 'task_completed' && e.taskId === t.id).length;
    const cancelled = effects.filter((e) => e.type === 'task_cancelled' && e.taskId === t.id).length;
    if (old && old.status !== 'open') {
      expect(t).toEqual(old); // finished items never change
      expect(completed + cancelled).toBe(0);
    } else {
      expect(completed).toBe(t.status === 'done' ? 1 : 0);
      expect(cancelled).toBe(t.status === 'cancelled' ? 1 : 0);
    }
  }
  // The run tree holds exactly the open items (plus finished items of joint tasks still waiting).
  const inRun = taskIdsIn(after.run);
  expect(new Set(inRun).size).toBe(inRun.length);
  const open = after.tasks.filter((t) => t.status === 'open').map((t) => t.id);
  expect(open.every((id) => inRun.includes(id))).toBe(true);
  expect(inRun.every((id) => after.tasks.find((t) => t.id === id)?.status !== 'cancelled')).toBe(true);
  // Each join fires at most once; a parallel that vanishes either fired now or was abandoned.
  const serials = after.joins.map((j) => j.serial);
  expect(new Set(serials).size).toBe(serials.length);
  const firedNow = new Set(after.joins.slice(before.joins.length).map((j) => j.serial));
  const gone = parallelSerials(before.run).filter((s) => !parallelSerials(after.run).includes(s));
  const abandoned = effects.some((e) => e.type === 'task_cancelled');
  for (const s of gone) expect(firedNow.has(s) || abandoned).toBe(true);
  if (after.status === 'running') {
    expect(allowedActions(def, after).length).toBeGreaterThan(0);
  } else {
    expect(after.run).toBeNull();
    expect(open).toEqual([]);
  }
  expect(JSON.parse(JSON.stringify(after))).toEqual(after); // plain JSON
}

function forwardAction(def: ProcessDefinition, state: EngineState): EngineAction {
  const allowed = allowedActions(def, state);
  const a = allowed.find((x) => x.kind !== 'return') ?? allowed[0]!;
  return { type: 'complete_task', taskId: a.taskId, actionKey: a.actionKey, actorId: 'u', opinion: '意见' };
}

describe('engine properties over random definitions and action sequences', () => {
  it('generated definitions are valid', () => {
    fc.assert(
      fc.property(definitionArbitrary, (def) => {
        expect(validateDefinition(def)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps every invariant, replays to the same state and can always be driven to an end', () => {
    fc.assert(
      fc.property(
        definitionArbitrary,
        fc.record({ x: fc.integer({ min: 0, max: 9 }), flag: fc.boolean() }),
        stepsArbitrary,
        (def, vars, steps) => {
          const start = startInstance(def, vars);
          checkTransition(def, { ...start.state, tasks: [], joins: [], run: null }, start.state, start.effects);
          let state = start.state;
          const log: EngineAction[] = [];
          const apply = (action: EngineAction) => {
            const step = applyAction(def, state, action);
            checkTransition(def, state, step.state, step.effects);
            log.push(action);
            state = step.state;
          };
          for (const step of steps) {
            const allowed = allowedActions(def, state);
            if (state.status !== 'running') {
              expect(allowed).toEqual([]);
              expect(() => applyAction(def, state, { type: 'cancel', reason: 'x' })).toThrow(EngineActionError); // terminal stays terminal
              break;
            }
            if (step.kind === 'bad') {
              const before = structuredClone(state);
              const error = captureEngineError(() =>
                applyAction(def, state, { type: 'complete_task', taskId: 'nope:0', actionKey: 'pass', actorId: 'u' }),
              );
              expect(error.code).toBe('ACTION_NOT_ALLOWED');
              expect(error.allowed).toEqual(allowed);
              expect(state).toEqual(before);
              continue;
            }
            if (step.kind === 'cancel') {
              apply({ type: 'cancel', reason: '撤回' });
              expect(state).toMatchObject({ status: 'terminated', result: 'cancelled' });
              continue;
            }
            const a = allowed[step.pick % allowed.length]!;
            apply({
              type: 'complete_task',
              taskId: a.taskId,
              actionKey: a.actionKey,
              actorId: 'u',
              opinion: '意见',
              ...(step.x === null ? {} : { variables: { x: step.x } }),
            });
          }
          expect(replay(def, vars, log)).toEqual(state);
          for (let i = 0; i < 300 && state.status === 'running'; i++) apply(forwardAction(def, state));
          expect(state.status).not.toBe('running');
          if (state.status === 'completed') {
            expect(['granted', 'denied', 'refused']).toContain(state.result); // validation guarantees a decision
            if (state.result !== 'refused') expect(state.result).toBe(state.decision);
          }
          expect(replay(def, vars, log)).toEqual(state);
        },
      ),
      { numRuns: 400 },
    );
  });
});
