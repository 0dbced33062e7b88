import type { Division } from '../../api/types';

export interface DivisionNode {
  value: string;
  title: string;
  children?: DivisionNode[];
}

/** Flat divisions → a tree by parentCode; a division whose parent is not listed becomes a root. */
export function toDivisionTree(divisions: readonly Division[]): DivisionNode[] {
  const nodes = new Map<string, DivisionNode>();
  for (const d of divisions) nodes.set(d.code, { value: d.code, title: `${d.name}（${d.code}）` });
  const roots: DivisionNode[] = [];
  for (const d of [...divisions].sort((a, b) => a.code.localeCompare(b.code))) {
    const node = nodes.get(d.code)!;
    const parent = d.parentCode ? nodes.get(d.parentCode) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}
