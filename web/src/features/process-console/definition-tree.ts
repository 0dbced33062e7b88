/**
 * Pure editing operations on a process definition tree, by node id: find, insert, remove, move, replace,
 * add/remove branches, and mapping a validation problem's path to the node it concerns. Every operation
 * returns a new definition (the input is never changed) that keeps the server's JSON shape valid:
 * sequences and branches never become empty.
 */
import type {
  ExclusiveNode,
  NodeType,
  ParallelNode,
  ProcessDefinition,
  ProcessNode,
  SequenceNode,
  TaskNode,
} from '@onewindow/common/process';

export type InsertPlace = { targetId: string; where: 'before' | 'after' } | { otherwiseOf: string };

export class TreeEditError extends Error {}

type Slot =
  | { kind: 'root' }
  | { kind: 'sequence'; parent: SequenceNode; index: number }
  | { kind: 'exclusive'; parent: ExclusiveNode; index: number }
  | { kind: 'otherwise'; parent: ExclusiveNode }
  | { kind: 'parallel'; parent: ParallelNode; index: number };

interface Located {
  node: ProcessNode;
  slot: Slot;
}

function childrenOf(node: ProcessNode): { child: ProcessNode; slot: Slot }[] {
  switch (node.type) {
    case 'sequence':
      return node.children.map((child, index) => ({ child, slot: { kind: 'sequence', parent: node, index } }));
    case 'exclusive': {
      const list: { child: ProcessNode; slot: Slot }[] = node.branches.map((b, index) => ({
        child: b.body,
        slot: { kind: 'exclusive', parent: node, index },
      }));
      if (node.otherwise) list.push({ child: node.otherwise, slot: { kind: 'otherwise', parent: node } });
      return list;
    }
    case 'parallel':
      return node.branches.map((child, index) => ({ child, slot: { kind: 'parallel', parent: node, index } }));
    default:
      return [];
  }
}

function locate(def: ProcessDefinition, id: string): Located | null {
  const walk = (node: ProcessNode, slot: Slot): Located | null => {
    if (node.id === id) return { node, slot };
    for (const c of childrenOf(node)) {
      const found = walk(c.child, c.slot);
      if (found) return found;
    }
    return null;
  };
  return walk(def.root, { kind: 'root' });
}

function put(slot: Slot, node: ProcessNode): void {
  switch (slot.kind) {
    case 'sequence':
      slot.parent.children[slot.index] = node;
      break;
    case 'exclusive':
      slot.parent.branches[slot.index]!.body = node;
      break;
    case 'otherwise':
      slot.parent.otherwise = node;
      break;
    case 'parallel':
      slot.parent.branches[slot.index] = node;
      break;
    case 'root':
      throw new TreeEditError('不能替换流程根节点');
  }
}

const copy = (def: ProcessDefinition): ProcessDefinition => structuredClone(def);

export function findNode(def: ProcessDefinition, id: string): ProcessNode | null {
  return locate(def, id)?.node ?? null;
}

/** Every id in use: nodes and the branches of exclusive gateways (the server requires them unique). */
export function usedIds(def: ProcessDefinition): Set<string> {
  return idsIn(def.root);
}

export function idsIn(root: ProcessNode): Set<string> {
  const ids = new Set<string>();
  const walk = (node: ProcessNode) => {
    ids.add(node.id);
    if (node.type === 'exclusive') node.branches.forEach((b) => ids.add(b.id));
    childrenOf(node).forEach((c) => walk(c.child));
  };
  walk(root);
  return ids;
}

/** `${prefix}_${n}` with the smallest n not yet used (also not in `taken`, for ids made together). */
export function newId(def: ProcessDefinition, prefix: string, taken: Set<string> = new Set()): string {
  const used = usedIds(def);
  for (let n = 1; ; n++) {
    const id = `${prefix}_${n}`;
    if (!used.has(id) && !taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

export function insertNode(def: ProcessDefinition, place: InsertPlace, node: ProcessNode): ProcessDefinition {
  const next = copy(def);
  if ('otherwiseOf' in place) {
    const gateway = locate(next, place.otherwiseOf)?.node;
    if (gateway?.type !== 'exclusive') throw new TreeEditError('找不到条件分支');
    if (gateway.otherwise) throw new TreeEditError('“其他情况”已有环节');
    gateway.otherwise = node;
    return next;
  }
  const target = locate(next, place.targetId);
  if (!target || target.slot.kind === 'root') throw new TreeEditError('找不到插入位置');
  const { slot } = target;
  if (slot.kind === 'sequence') {
    slot.parent.children.splice(slot.index + (place.where === 'after' ? 1 : 0), 0, node);
  } else {
    const children = place.where === 'before' ? [node, target.node] : [target.node, node];
    put(slot, { type: 'sequence', id: newId(next, 'seq', idsIn(node)), children });
  }
  return next;
}

/** Whether removing the node keeps the definition well-formed (a branch keeps at least one step). */
export function canRemove(def: ProcessDefinition, id: string): boolean {
  const found = locate(def, id);
  if (!found) return false;
  const { slot } = found;
  if (slot.kind === 'otherwise') return true;
  if (slot.kind !== 'sequence') return false;
  return slot.parent.children.length > 1 || canRemove(def, slot.parent.id);
}

export function removeNode(def: ProcessDefinition, id: string): ProcessDefinition {
  if (!canRemove(def, id)) throw new TreeEditError('分支中至少保留一个环节；如不需要，请删除整个分支');
  const next = copy(def);
  const { slot } = locate(next, id)!;
  if (slot.kind === 'otherwise') {
    slot.parent.otherwise = null;
    return next;
  }
  if (slot.kind !== 'sequence') return next;
  if (slot.parent.children.length > 1) {
    slot.parent.children.splice(slot.index, 1);
    return next;
  }
  return removeNode(next, slot.parent.id);
}

export function canMove(def: ProcessDefinition, id: string, delta: -1 | 1): boolean {
  const slot = locate(def, id)?.slot;
  if (slot?.kind !== 'sequence') return false;
  const to = slot.index + delta;
  return to >= 0 && to < slot.parent.children.length;
}

export function moveNode(def: ProcessDefinition, id: string, delta: -1 | 1): ProcessDefinition {
  if (!canMove(def, id, delta)) return def;
  const next = copy(def);
  const slot = locate(next, id)!.slot as Extract<Slot, { kind: 'sequence' }>;
  const list = slot.parent.children;
  [list[slot.index], list[slot.index + delta]] = [list[slot.index + delta]!, list[slot.index]!];
  return next;
}

/** Replaces the node with that id (the replacement normally keeps the id). */
export function replaceNode(def: ProcessDefinition, id: string, node: ProcessNode): ProcessDefinition {
  const next = copy(def);
  const found = locate(next, id);
  if (!found) throw new TreeEditError('找不到环节');
  if (found.slot.kind === 'root') {
    if (node.type !== 'sequence') throw new TreeEditError('流程根节点必须是顺序块');
    next.root = node;
  } else put(found.slot, node);
  return next;
}

/** Every task (for the return-target choice), in document order. */
export function tasksOf(def: ProcessDefinition): TaskNode[] {
  const out: TaskNode[] = [];
  const walk = (node: ProcessNode) => {
    if (node.type === 'task') out.push(node);
    childrenOf(node).forEach((c) => walk(c.child));
  };
  walk(def.root);
  return out;
}

/**
 * The id of the node a validation problem is about: the deepest node on its path
 * (`root.children[1].actions[0].target` → that task; a branch condition → its gateway). Null if none.
 */
export function nodeIdAtPath(def: ProcessDefinition, path: string): string | null {
  const steps = path.match(/[^.[\]]+/g) ?? [];
  if (steps[0] !== 'root') return null;
  let value: unknown = def.root;
  let nodeId: string | null = def.root.id;
  for (const step of steps.slice(1)) {
    if (!value || typeof value !== 'object') break;
    value = (value as Record<string, unknown>)[step];
    const v = value as { type?: unknown; id?: unknown } | undefined;
    if (v && typeof v === 'object' && typeof v.type === 'string' && typeof v.id === 'string') nodeId = v.id;
  }
  return nodeId;
}

export type { NodeType };
