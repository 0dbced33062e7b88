import { describe, expect, it } from 'vitest';
import type { ProcessDefinition, ProcessNode, SequenceNode } from '@onewindow/common/process';
import {
  canMove,
  canRemove,
  findNode,
  insertNode,
  moveNode,
  newId,
  nodeIdAtPath,
  removeNode,
  replaceNode,
  tasksOf,
  TreeEditError,
  usedIds,
} from './definition-tree';
import { addBranch, createNode, removeBranch, standardDraft, type NewNodeType } from './node-factory';

// The server's own checks, loaded at run time so the web typecheck does not pull in server code.
type Problem = { path: string; code: string; message: string };
const server = (await import(/* @vite-ignore */ ['../../../../server/src/modules/process', 'validate-definition.js'].join('/'))) as {
  validateDefinition(def: unknown): Problem[];
};

const ids = (seq: SequenceNode) => seq.children.map((c) => c.id);
const base = () => standardDraft('测试事项');

describe('standardDraft and createNode', () => {
  it('starts from a definition the server would publish', () => {
    expect(server.validateDefinition(base())).toEqual([]);
  });

  it.each<NewNodeType>(['task', 'exclusive', 'parallel', 'automatic'])('a new %s keeps the definition publishable', (type) => {
    const def = base();
    const next = insertNode(def, { targetId: 'review', where: 'after' }, createNode(def, type));
    expect(server.validateDefinition(next)).toEqual([]);
  });

  it('a new copy-to has the right shape but asks for roles or departments', () => {
    const def = base();
    const next = insertNode(def, { targetId: 'decision', where: 'after' }, createNode(def, 'copy_to'));
    expect(server.validateDefinition(next).map((p) => p.code)).toEqual(['COPY_TO_EMPTY']);
  });

  it('gives ids not used anywhere in the definition, branches included', () => {
    const def = base();
    const gateway = createNode(def, 'exclusive');
    const withGateway = insertNode(def, { targetId: 'review', where: 'after' }, gateway);
    const more = createNode(withGateway, 'exclusive');
    const all = [...usedIds(withGateway)];
    for (const id of [more.id, ...(more.type === 'exclusive' ? more.branches.flatMap((b) => [b.id, b.body.id]) : [])]) {
      expect(all).not.toContain(id);
    }
    expect(newId(withGateway, 'task')).toBe('task_2');
  });
});

describe('insertNode', () => {
  it('inserts before and after a step of a sequence, leaving the input unchanged', () => {
    const def = base();
    const a = { ...createNode(def, 'automatic'), id: 'a' } as ProcessNode;
    const b = { ...createNode(def, 'automatic'), id: 'b' } as ProcessNode;
    const next = insertNode(insertNode(def, { targetId: 'acceptance', where: 'before' }, a), { targetId: 'review', where: 'after' }, b);
    expect(ids(next.root)).toEqual(['a', 'acceptance', 'review', 'b', 'decision', 'notify_decision', 'completion']);
    expect(ids(def.root)).toEqual(['acceptance', 'review', 'decision', 'notify_decision', 'completion']);
  });

  it('wraps a single-step branch body in a sequence', () => {
    let def = base();
    def = insertNode(def, { targetId: 'review', where: 'after' }, createNode(def, 'exclusive'));
    const task = createNode(def, 'task');
    const next = insertNode(def, { targetId: 'task_1', where: 'before' }, task);
    const gateway = findNode(next, 'exclusive_1');
    expect(gateway?.type === 'exclusive' && gateway.branches[0]!.body).toMatchObject({
      type: 'sequence',
      children: [{ id: task.id }, { id: 'task_1' }],
    });
    expect(server.validateDefinition(next)).toEqual([]);
  });

  it('fills and refuses to overwrite the otherwise path of an exclusive gateway', () => {
    let def = base();
    def = insertNode(def, { targetId: 'review', where: 'after' }, createNode(def, 'exclusive'));
    const next = insertNode(def, { otherwiseOf: 'exclusive_1' }, createNode(def, 'copy_to'));
    const gateway = findNode(next, 'exclusive_1');
    expect(gateway?.type === 'exclusive' && gateway.otherwise?.type).toBe('copy_to');
    expect(() => insertNode(next, { otherwiseOf: 'exclusive_1' }, createNode(next, 'task'))).toThrow(TreeEditError);
    expect(() => insertNode(def, { targetId: 'nowhere', where: 'after' }, createNode(def, 'task'))).toThrow(TreeEditError);
  });
});

describe('removeNode', () => {
  it('removes a step from a sequence', () => {
    const next = removeNode(base(), 'notify_decision');
    expect(ids(next.root)).toEqual(['acceptance', 'review', 'decision', 'completion']);
  });

  it('keeps a branch non-empty and lets the otherwise path go', () => {
    let def = base();
    def = insertNode(def, { targetId: 'review', where: 'after' }, createNode(def, 'exclusive'));
    expect(canRemove(def, 'task_1')).toBe(false);
    expect(() => removeNode(def, 'task_1')).toThrow(TreeEditError);
    def = insertNode(def, { otherwiseOf: 'exclusive_1' }, createNode(def, 'copy_to'));
    const next = removeNode(def, 'copy_1');
    const gateway = findNode(next, 'exclusive_1');
    expect(gateway?.type === 'exclusive' && gateway.otherwise).toBeNull();
  });

  it('removing the last step of a wrapped body needs the body to be removable too', () => {
    let def = base();
    def = insertNode(def, { targetId: 'review', where: 'after' }, createNode(def, 'exclusive'));
    def = insertNode(def, { targetId: 'task_1', where: 'after' }, createNode(def, 'automatic'));
    expect(canRemove(def, 'auto_1')).toBe(true);
    const next = removeNode(def, 'auto_1');
    expect(canRemove(next, 'task_1')).toBe(false);
  });

  it('deleting a return target is reported by the server as an invalid return', () => {
    const next = removeNode(base(), 'acceptance');
    expect(server.validateDefinition(next).map((p) => [p.code, nodeIdAtPath(next, p.path)])).toContainEqual([
      'RETURN_TARGET_INVALID',
      'review',
    ]);
  });
});

describe('moveNode', () => {
  it('swaps with a neighbour and stops at the ends', () => {
    const def = base();
    expect(canMove(def, 'acceptance', -1)).toBe(false);
    expect(canMove(def, 'completion', 1)).toBe(false);
    expect(ids(moveNode(def, 'decision', 1).root)).toEqual(['acceptance', 'review', 'notify_decision', 'decision', 'completion']);
    expect(moveNode(def, 'acceptance', -1)).toBe(def);
  });
});

describe('replaceNode, branches, tasks', () => {
  it('replaces a node by id', () => {
    const def = base();
    const review = findNode(def, 'review')!;
    const next = replaceNode(def, 'review', { ...review, name: '实质审查' } as ProcessNode);
    expect(findNode(next, 'review')).toMatchObject({ name: '实质审查' });
    expect(findNode(def, 'review')).toMatchObject({ name: '审查' });
  });

  it('adds and removes branches, keeping at least one', () => {
    let def = base();
    def = insertNode(def, { targetId: 'review', where: 'after' }, createNode(def, 'parallel'));
    def = addBranch(def, 'parallel_1');
    const gateway = findNode(def, 'parallel_1');
    expect(gateway?.type === 'parallel' && gateway.branches.map((b) => b.id)).toEqual(['task_1', 'task_2', 'task_3']);
    expect(server.validateDefinition(def)).toEqual([]);
    def = removeBranch(removeBranch(def, 'parallel_1', 0), 'parallel_1', 0);
    expect(() => removeBranch(def, 'parallel_1', 0)).toThrow(TreeEditError);
    expect(() => addBranch(def, 'review')).toThrow(TreeEditError);
  });

  it('lists the tasks in document order', () => {
    expect(tasksOf(base()).map((t) => t.id)).toEqual(['acceptance', 'review', 'decision', 'completion']);
  });
});

describe('nodeIdAtPath', () => {
  it('maps a problem path to the deepest node on it', () => {
    let def: ProcessDefinition = base();
    def = insertNode(def, { targetId: 'review', where: 'after' }, createNode(def, 'exclusive'));
    expect(nodeIdAtPath(def, 'root.children[1].actions[1].target')).toBe('review');
    expect(nodeIdAtPath(def, 'root.children[2].branches[0].condition')).toBe('exclusive_1');
    expect(nodeIdAtPath(def, 'root.children[2].branches[0].body.role')).toBe('task_1');
    expect(nodeIdAtPath(def, 'root')).toBe('main');
    expect(nodeIdAtPath(def, '(根)')).toBeNull();
  });

  it('agrees with the paths of the server’s problems', () => {
    const def = base();
    const review = findNode(def, 'review')!;
    const broken = replaceNode(def, 'review', {
      ...review,
      actions: review.type === 'task' ? review.actions.map((a) => ({ ...a, target: undefined })) : [],
    } as ProcessNode);
    const problems = server.validateDefinition(JSON.parse(JSON.stringify(broken)));
    expect(problems.map((p) => p.code)).toEqual(['RETURN_TARGET_MISSING']);
    expect(nodeIdAtPath(broken, problems[0]!.path)).toBe('review');
  });
});
