/**
 * The block interpreter behind engine.ts: `enterNode` starts a block, `stepNode` feeds a finished work
 * item into the activation that holds it. Both return whether the block is still waiting, is done
 * (with its vote), or asks for a return (退回) that an enclosing sequence must resolve.
 */
import type { ActionKind, ExclusiveNode, Node, ParallelNode, SequenceNode, TaskNode } from './definition.js';
import { indexDefinition } from './definition-index.js';
import type { Activation } from './engine-types.js';
import { Run, taskIdsIn } from './engine-run.js';
import { evaluateCondition, evaluateFeel } from './feel.js';

export type StepResult = { kind: 'waiting'; act: Activation } | { kind: 'done'; vote: boolean } | { kind: 'return'; target: string };

/** A work item that has just been completed. */
export interface Completion {
  taskId: string;
  kind: ActionKind;
  target?: string;
}

const waiting = (act: Activation): StepResult => ({ kind: 'waiting', act });
const done = (vote: boolean): StepResult => ({ kind: 'done', vote });

/** Starts a block. `inBranch`: inside a parallel branch, where a 'no' ends the branch as its vote. */
export function enterNode(run: Run, node: Node, inBranch: boolean): StepResult {
  switch (node.type) {
    case 'task':
      return waiting(run.openTask(node));
    case 'sequence':
      return enterSequence(run, node, 0, inBranch);
    case 'exclusive':
      return enterExclusive(run, node, inBranch);
    case 'parallel':
      return enterParallel(run, node);
    case 'automatic': {
      const op = node.operation;
      if (op.kind === 'notify') {
        run.emit({ type: 'notify', nodeId: node.id, template: op.template, to: op.to });
        return done(true);
      }
      const scope = { ...run.state.variables };
      const values: Record<string, unknown> = {};
      for (const a of op.assignments) {
        const value = evaluateFeel(a.expression, scope);
        scope[a.variable] = value;
        values[a.variable] = value;
      }
      run.setVariables(values);
      return done(true);
    }
    case 'copy_to':
      run.emit({
        type: 'copy_to',
        nodeId: node.id,
        roles: [...node.roles],
        departments: structuredClone(node.departments),
        note: node.note,
      });
      return done(true);
  }
}

/** Feeds a completed work item into `act`, the activation of `node` that holds it. */
export function stepNode(run: Run, node: Node, act: Activation, c: Completion, inBranch: boolean): StepResult {
  if (node.type === 'task' && act.kind === 'task') return stepTask(run, node, act, c);
  if (node.type === 'sequence' && act.kind === 'sequence') return stepSequence(run, node, act, c, inBranch);
  if (node.type === 'exclusive' && act.kind === 'exclusive') {
    const body = act.branch < 0 ? node.otherwise : node.branches[act.branch]?.body;
    if (!body) throw new Error(`exclusive ${node.id} has no branch ${act.branch}`);
    const r = stepNode(run, body, act.child, c, inBranch);
    return r.kind === 'waiting' ? waiting({ ...act, child: r.act }) : r;
  }
  if (node.type === 'parallel' && act.kind === 'parallel') return stepParallel(run, node, act, c);
  throw new Error(`activation ${act.kind} does not match node ${node.type} ${node.id}`);
}

function stepTask(run: Run, node: TaskNode, act: Activation & { kind: 'task' }, c: Completion): StepResult {
  if (c.kind === 'return') return { kind: 'return', target: c.target ?? '' };
  const items = act.taskIds.map((id) => run.task(id));
  if (items.some((t) => t.status === 'open')) return waiting(act);
  const vote = items.every((t) => node.actions.find((a) => a.key === t.actionKey)?.kind !== 'reject');
  if (items.length > 1) run.setVariables({ [`${node.id}_passed`]: vote });
  return done(vote);
}

function enterSequence(run: Run, node: SequenceNode, from: number, inBranch: boolean): StepResult {
  for (let i = from; i < node.children.length; i++) {
    const r = enterNode(run, node.children[i]!, inBranch);
    if (r.kind === 'waiting') return waiting({ kind: 'sequence', nodeId: node.id, index: i, child: r.act });
    if (r.kind === 'done' && !r.vote && inBranch) return done(false);
  }
  return done(true);
}

function stepSequence(run: Run, node: SequenceNode, act: Activation & { kind: 'sequence' }, c: Completion, inBranch: boolean): StepResult {
  const r = stepNode(run, node.children[act.index]!, act.child, c, inBranch);
  if (r.kind === 'waiting') return waiting({ ...act, child: r.act });
  if (r.kind === 'done') {
    if (!r.vote && inBranch) return done(false);
    return enterSequence(run, node, act.index + 1, inBranch);
  }
  const path = indexDefinition(run.def).sequencePath.get(r.target) ?? [];
  const hop = path.find((p) => p.sequenceId === node.id);
  if (!hop || hop.index > act.index) return r; // an enclosing sequence resolves it
  run.cancelOpen(act.child);
  return waiting(enterTowards(run, node, hop.index, r.target));
}

/** Re-enters a sequence at child `index`, descending through nested sequences to the task `target`. */
function enterTowards(run: Run, seq: SequenceNode, index: number, target: string): Activation {
  const child = seq.children[index]!;
  let childAct: Activation;
  if (child.type === 'task') childAct = run.openTask(child);
  else if (child.type === 'sequence') {
    const hop = indexDefinition(run.def)
      .sequencePath.get(target)
      ?.find((p) => p.sequenceId === child.id);
    if (!hop) throw new Error(`return target ${target} is not inside ${child.id}`);
    childAct = enterTowards(run, child, hop.index, target);
  } else throw new Error(`return target ${target} is not reachable through sequences`);
  return { kind: 'sequence', nodeId: seq.id, index, child: childAct };
}

function enterExclusive(run: Run, node: ExclusiveNode, inBranch: boolean): StepResult {
  const branch = node.branches.findIndex((b) => evaluateCondition(b.condition, run.state.variables));
  const body = branch < 0 ? node.otherwise : node.branches[branch]!.body;
  if (!body) return done(true);
  const r = enterNode(run, body, inBranch);
  return r.kind === 'waiting' ? waiting({ kind: 'exclusive', nodeId: node.id, branch, child: r.act }) : r;
}

/** Votes needed for a 'yes' result: all → n, any → 1, ratio → ⌈ratio·n⌉. */
export function requiredVotes(node: ParallelNode): number {
  const n = node.branches.length;
  if (node.join.policy === 'all') return n;
  if (node.join.policy === 'any') return 1;
  return Math.min(n, Math.max(1, Math.ceil((node.join.ratio ?? 1) * n - 1e-9)));
}

function enterParallel(run: Run, node: ParallelNode): StepResult {
  const act: Activation & { kind: 'parallel' } = { kind: 'parallel', nodeId: node.id, serial: run.nextSerial(), branches: [] };
  for (const branch of node.branches) {
    const r = enterNode(run, branch, true);
    act.branches.push(r.kind === 'waiting' ? { act: r.act, vote: null } : { act: null, vote: r.kind === 'done' && r.vote });
    const fired = tryJoin(run, node, act);
    if (fired !== null) return done(fired);
  }
  return waiting(act);
}

function stepParallel(run: Run, node: ParallelNode, act: Activation & { kind: 'parallel' }, c: Completion): StepResult {
  const k = act.branches.findIndex((b) => taskIdsIn(b.act).includes(c.taskId));
  const slot = act.branches[k];
  if (!slot?.act) throw new Error(`parallel ${node.id} does not hold task ${c.taskId}`);
  const r = stepNode(run, node.branches[k]!, slot.act, c, true);
  if (r.kind === 'return') throw new Error(`return to ${r.target} crosses parallel ${node.id}`);
  const branches = act.branches.map((b, i) =>
    i !== k ? b : r.kind === 'waiting' ? { act: r.act, vote: null } : { act: null, vote: r.vote },
  );
  const next = { ...act, branches };
  const fired = tryJoin(run, node, next);
  return fired === null ? waiting(next) : done(fired);
}

/** Fires the join once the result is decided; the branches still running are cancelled. */
function tryJoin(run: Run, node: ParallelNode, act: Activation & { kind: 'parallel' }): boolean | null {
  const total = node.branches.length;
  const required = requiredVotes(node);
  const yes = act.branches.filter((b) => b.vote === true).length;
  const no = act.branches.filter((b) => b.vote === false).length;
  const result = yes >= required ? true : no > total - required ? false : null;
  if (result === null) return null;
  for (const b of act.branches) run.cancelOpen(b.act);
  run.state.joins.push({ nodeId: node.id, serial: act.serial, result, yes, no });
  run.setVariables({ [node.resultVariable]: result, [`${node.resultVariable}_votes`]: { yes, no, total, required } });
  return result;
}
