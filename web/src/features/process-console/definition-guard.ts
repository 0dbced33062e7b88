/**
 * A light structural check of definition JSON before drawing: enough that the diagram never crashes on
 * odd JSON. The types are shared with the server (`@onewindow/common/process`); the API sends the
 * definition as unknown JSON, and the server's TypeBox schema is the full check.
 */
import type { ProcessDefinition } from '@onewindow/common/process';

export function isProcessDefinition(value: unknown): value is ProcessDefinition {
  if (!value || typeof value !== 'object') return false;
  const root = (value as { root?: unknown }).root;
  return isNode(root) && (root as { type: string }).type === 'sequence';
}

function isNode(value: unknown): boolean {
  if (!value || typeof value !== 'object') return false;
  const n = value as Record<string, unknown>;
  if (typeof n.id !== 'string') return false;
  switch (n.type) {
    case 'sequence':
      return Array.isArray(n.children) && n.children.every(isNode);
    case 'task':
      return Array.isArray(n.departments) && Array.isArray(n.actions);
    case 'exclusive':
      return (
        Array.isArray(n.branches) &&
        n.branches.every((b) => !!b && typeof b === 'object' && isNode((b as { body?: unknown }).body)) &&
        (n.otherwise === null || isNode(n.otherwise))
      );
    case 'parallel':
      return Array.isArray(n.branches) && n.branches.every(isNode) && !!n.join && typeof n.join === 'object';
    case 'automatic':
      return !!n.operation && typeof n.operation === 'object';
    case 'copy_to':
      return Array.isArray(n.roles) && Array.isArray(n.departments);
    default:
      return false;
  }
}
