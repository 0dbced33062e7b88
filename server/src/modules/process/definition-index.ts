/** Lookup tables over a definition's node tree, cached per definition object. */
import type { Node, ProcessDefinition, SequenceNode, TaskNode } from './definition.js';

export interface DefinitionIndex {
  nodes: Map<string, Node>;
  /** Parent node of each node (the root has none). */
  parent: Map<string, Node>;
  /** For each task: the sequences reachable upward through sequences only, with the child index taken. */
  sequencePath: Map<string, { sequenceId: string; index: number }[]>;
}

const cache = new WeakMap<ProcessDefinition, DefinitionIndex>();

/** Children of a node, in definition order (exclusive: branch bodies then otherwise). */
export function childrenOf(node: Node): Node[] {
  switch (node.type) {
    case 'sequence':
      return node.children;
    case 'exclusive':
      return [...node.branches.map((b) => b.body), ...(node.otherwise ? [node.otherwise] : [])];
    case 'parallel':
      return node.branches;
    default:
      return [];
  }
}

/** Every node of the tree, depth-first, parents before children. */
export function allNodes(root: Node): Node[] {
  const out: Node[] = [];
  const visit = (n: Node) => {
    out.push(n);
    childrenOf(n).forEach(visit);
  };
  visit(root);
  return out;
}

export function indexDefinition(def: ProcessDefinition): DefinitionIndex {
  const hit = cache.get(def);
  if (hit) return hit;
  const nodes = new Map<string, Node>();
  const parent = new Map<string, Node>();
  const visit = (n: Node) => {
    if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const c of childrenOf(n)) {
      if (!parent.has(c.id)) parent.set(c.id, n);
      visit(c);
    }
  };
  visit(def.root);
  const sequencePath = new Map<string, { sequenceId: string; index: number }[]>();
  for (const n of nodes.values()) {
    if (n.type !== 'task') continue;
    const path: { sequenceId: string; index: number }[] = [];
    let current: Node = n;
    let up = parent.get(current.id);
    while (up && up.type === 'sequence') {
      path.push({ sequenceId: up.id, index: up.children.indexOf(current) });
      current = up;
      up = parent.get(current.id);
    }
    sequencePath.set(n.id, path);
  }
  const index = { nodes, parent, sequencePath };
  cache.set(def, index);
  return index;
}

export function getTaskNode(def: ProcessDefinition, id: string): TaskNode {
  const node = indexDefinition(def).nodes.get(id);
  if (!node || node.type !== 'task') throw new Error(`process definition has no task node ${id}`);
  return node;
}

export function getSequenceNode(def: ProcessDefinition, id: string): SequenceNode {
  const node = indexDefinition(def).nodes.get(id);
  if (!node || node.type !== 'sequence') throw new Error(`process definition has no sequence node ${id}`);
  return node;
}
