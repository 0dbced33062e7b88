/**
 * New nodes for the designer with sensible defaults and ids unique in the definition, branch
 * add/remove on gateways, and the starting draft when an item has no process yet.
 * Default limits follow 《行政许可法》第三十二条（五日内受理）、第四十二条（二十日内决定）、第四十四条（十日内送达）.
 */
import type { ProcessDefinition, ProcessNode, TaskAction, TaskNode } from '@onewindow/common/process';
import { findNode, newId, replaceNode, TreeEditError } from './definition-tree';

export type NewNodeType = 'task' | 'exclusive' | 'parallel' | 'automatic' | 'copy_to';

const act = (key: string, kind: TaskAction['kind'], label: string, opinionRequired: boolean, target?: string): TaskAction =>
  target === undefined ? { key, kind, label, opinionRequired } : { key, kind, label, opinionRequired, target };

function reviewTask(id: string, name: string, vote: boolean): TaskNode {
  return {
    type: 'task',
    id,
    name,
    phase: 'review',
    role: 'reviewer',
    departments: [{ kind: 'owner' }],
    limitDays: 5,
    actions: vote
      ? [act('agree', 'pass', '同意', false), act('object', 'reject', '不同意', true)]
      : [act('pass', 'pass', '审查通过', false)],
  };
}

export function createNode(def: ProcessDefinition, type: NewNodeType): ProcessNode {
  const taken = new Set<string>();
  const id = (prefix: string) => newId(def, prefix, taken);
  switch (type) {
    case 'task':
      return reviewTask(id('task'), '新环节', false);
    case 'exclusive':
      return {
        type: 'exclusive',
        id: id('exclusive'),
        name: '条件分支',
        branches: [{ id: id('branch'), name: '条件 1', condition: 'true', body: reviewTask(id('task'), '新环节', false) }],
        otherwise: null,
      };
    case 'parallel': {
      const pid = id('parallel');
      return {
        type: 'parallel',
        id: pid,
        name: '并行会签',
        branches: [reviewTask(id('task'), '会签 1', true), reviewTask(id('task'), '会签 2', true)],
        join: { policy: 'all' },
        resultVariable: `${pid}_passed`,
      };
    }
    case 'automatic':
      return { type: 'automatic', id: id('auto'), name: '自动通知', operation: { kind: 'notify', template: 'progress', to: 'applicant' } };
    case 'copy_to':
      return { type: 'copy_to', id: id('copy'), name: '抄送', roles: [], departments: [], note: '' };
  }
}

export function addBranch(def: ProcessDefinition, gatewayId: string): ProcessDefinition {
  const node = findNode(def, gatewayId);
  const taken = new Set<string>();
  if (node?.type === 'exclusive') {
    const n = node.branches.length + 1;
    const branch = {
      id: newId(def, 'branch', taken),
      name: `条件 ${n}`,
      condition: 'true',
      body: reviewTask(newId(def, 'task', taken), '新环节', false),
    };
    return replaceNode(def, gatewayId, { ...node, branches: [...node.branches, branch] });
  }
  if (node?.type === 'parallel') {
    const task = reviewTask(newId(def, 'task', taken), `会签 ${node.branches.length + 1}`, true);
    return replaceNode(def, gatewayId, { ...node, branches: [...node.branches, task] });
  }
  throw new TreeEditError('只有条件分支和并行分支可以添加分支');
}

/** Removes a branch with everything in it; a gateway keeps at least one branch. */
export function removeBranch(def: ProcessDefinition, gatewayId: string, index: number): ProcessDefinition {
  const node = findNode(def, gatewayId);
  if ((node?.type !== 'exclusive' && node?.type !== 'parallel') || node.branches.length <= 1) {
    throw new TreeEditError('至少保留一个分支');
  }
  if (node.type === 'exclusive') return replaceNode(def, gatewayId, { ...node, branches: node.branches.filter((_, i) => i !== index) });
  return replaceNode(def, gatewayId, { ...node, branches: node.branches.filter((_, i) => i !== index) });
}

/** 受理 → 审查 → 决定 → 告知 → 办结 (like the server's standardDefinition). */
export function standardDraft(name: string): ProcessDefinition {
  const task = (t: Omit<TaskNode, 'type' | 'departments'>): TaskNode => ({ type: 'task', departments: [{ kind: 'owner' }], ...t });
  return {
    schemaVersion: 1,
    name,
    root: {
      type: 'sequence',
      id: 'main',
      children: [
        task({
          id: 'acceptance',
          name: '受理',
          phase: 'acceptance',
          role: 'window_clerk',
          limitDays: 5,
          actions: [act('accept', 'accept', '受理', false), act('refuse', 'refuse', '不予受理', true)],
        }),
        task({
          id: 'review',
          name: '审查',
          phase: 'review',
          role: 'reviewer',
          limitDays: 10,
          actions: [act('pass', 'pass', '审查通过', false), act('return', 'return', '退回受理', true, 'acceptance')],
        }),
        task({
          id: 'decision',
          name: '决定',
          phase: 'decision',
          role: 'department_head',
          limitDays: 20,
          actions: [
            act('grant', 'grant', '准予许可', false),
            act('deny', 'deny', '不予许可', true),
            act('return', 'return', '退回审查', true, 'review'),
          ],
        }),
        {
          type: 'automatic',
          id: 'notify_decision',
          name: '告知决定',
          operation: { kind: 'notify', template: 'decision_made', to: 'applicant' },
        },
        task({
          id: 'completion',
          name: '办结',
          phase: 'completion',
          role: 'window_clerk',
          limitDays: 10,
          actions: [act('complete', 'complete', '办结', false)],
        }),
      ],
    },
  };
}
